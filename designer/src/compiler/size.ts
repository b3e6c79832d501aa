import type { GraphNode } from '../graph/types';

/** Width of an entity card on the canvas, in pixels (the canvas CSS uses the same figure). */
export const ENTITY_WIDTH = 240;
/** Width of every other node. */
export const NODE_WIDTH = 200;
/** Height of one field row in an entity card. */
export const FIELD_ROW_HEIGHT = 22;

/**
 * The size a node is drawn at, estimated from its data before the browser measures it; used by
 * auto-layout and for placing new nodes.
 */
export function estimateSize(node: GraphNode): { width: number; height: number } {
  if (node.kind === 'entity')
    return { width: ENTITY_WIDTH, height: 64 + FIELD_ROW_HEIGHT * node.data.fields.length };
  return { width: NODE_WIDTH, height: node.kind === 'anyState' ? 48 : 72 };
}
