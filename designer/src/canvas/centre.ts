import type { ReactFlowInstance } from '@xyflow/react';
import type { FlowEdge, FlowNode } from './flow-types';

/**
 * Pans (and zooms to at least `zoom`) so the node's middle is at the middle of the view; nothing
 * happens for an unknown node. Sizes not measured yet count as a typical card's.
 */
export function centreOnNode(
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
  nodeId: string,
  zoom: number,
): void {
  const node = flow.getNode(nodeId);
  if (!node) return;
  const w = node.measured?.width ?? 200;
  const h = node.measured?.height ?? 80;
  void flow.setCenter(node.position.x + w / 2, node.position.y + h / 2, { zoom, duration: 300 });
}
