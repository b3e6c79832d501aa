import type { DesignerDocument } from '../graph/types';
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

/**
 * Places every node with ELK's layered algorithm, left to right: rules, scopes and roles feed the
 * entities, the entities feed the priority lanes; the state machine is its own component. The same
 * document always gets the same positions (fixed seed, model order kept). Returns a new document;
 * only positions change.
 */
export async function layout(doc: DesignerDocument): Promise<DesignerDocument> {
  // ELK is large: load it only when a spec is actually laid out.
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const ids = new Set(doc.nodes.map((n) => n.id));
  const result = await elk.layout({
    id: 'root',
    layoutOptions,
    children: doc.nodes.map((node) => ({ id: node.id, ...estimateSize(node) })),
    edges: doc.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  const placed = new Map(
    (result.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]),
  );
  return {
    ...doc,
    nodes: doc.nodes.map((node) => ({ ...node, position: placed.get(node.id) ?? node.position })),
  };
}
