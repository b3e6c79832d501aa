import { PRIORITIES } from '@syncraft/runtime/spec';
import type { DesignerDocument } from '../graph/types';
import { clusterLayout } from './cluster-layout';
import { estimateSize } from './size';

/** Spacing used by auto-layout, in pixels. */
const layoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.spacing.componentComponent': '80',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.randomSeed': '1',
} as const;

/** Above this many nodes ELK gets slow (seconds); such apps get the linear cluster layout. */
export const ELK_NODE_LIMIT = 150;

/**
 * Places every node with ELK's layered algorithm, left to right: rules, scopes and roles feed the
 * entities, the entities feed the priority lanes; the state machine is its own component. The same
 * document always gets the same positions (fixed seed, model order kept). Apps with more than
 * {@link ELK_NODE_LIMIT} nodes get {@link clusterLayout} instead, which takes milliseconds. Returns a
 * new document; only positions change.
 */
export async function layout(doc: DesignerDocument): Promise<DesignerDocument> {
  if (doc.nodes.length > ELK_NODE_LIMIT) return clusterLayout(doc);
  // ELK is large: load it only when a spec is actually laid out.
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  // The priority lanes are placed afterwards (`placeLanes`). Left out of ELK, they no longer tie
  // every entity into one big component, which keeps large apps fast to lay out.
  const laidOut = doc.nodes.filter((n) => n.kind !== 'priority');
  const ids = new Set(laidOut.map((n) => n.id));
  const result = await elk.layout({
    id: 'root',
    layoutOptions,
    children: laidOut.map((node) => ({ id: node.id, ...estimateSize(node) })),
    edges: doc.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  const placed: Map<string, { x: number; y: number }> = new Map(
    (result.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]),
  );
  placeLanes(doc, placed);
  return {
    ...doc,
    nodes: doc.nodes.map((node) => ({ ...node, position: placed.get(node.id) ?? node.position })),
  };
}

/**
 * The four priority lanes always form one column right of the entities, critical at the top,
 * whether or not an entity uses them (ELK would float an unused lane off on its own).
 */
function placeLanes(doc: DesignerDocument, placed: Map<string, { x: number; y: number }>): void {
  const lanes = PRIORITIES.flatMap((p) =>
    doc.nodes.filter((n) => n.kind === 'priority' && n.data.priority === p),
  );
  const entities = doc.nodes.filter((n) => n.kind === 'entity');
  if (lanes.length === 0 || entities.length === 0) return;
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const node of entities) {
    const at = placed.get(node.id) ?? node.position;
    const size = estimateSize(node);
    right = Math.max(right, at.x + size.width);
    top = Math.min(top, at.y);
    bottom = Math.max(bottom, at.y + size.height);
  }
  const laneHeight = estimateSize(lanes[0]!).height;
  const gap = Math.max(
    40,
    Math.round((bottom - top - lanes.length * laneHeight) / Math.max(1, lanes.length - 1)),
  );
  lanes.forEach((lane, i) => {
    placed.set(lane.id, { x: Math.round(right + 120), y: Math.round(top + i * (laneHeight + gap)) });
  });
}
