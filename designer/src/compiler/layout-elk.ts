import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';
import type { DesignerDocument, EdgeRoute, GraphNode, XY } from '../graph/types';
import { edgeHandles, handleAnchor } from './edge-path';
import { blockSize, type DockPlan } from './layout-dock';
import { estimateSize } from './size';

/** What the layout needs of an ELK instance, running in a worker or on the page (`elk-host.ts`). */
export type Elk = Pick<ELK, 'layout'>;

/** Where ELK put each node, and the orthogonal path it chose for each edge. */
export interface ElkPlacement {
  readonly positions: Map<string, XY>;
  readonly routes: Map<string, EdgeRoute>;
}

/**
 * ELK's layered algorithm, edges flowing right and routed orthogonally around the cards. Each edge
 * is tied to a port where the canvas draws its handle (an entity's `in`/`out` by its title, a field
 * rule's on its field's row, other cards' at mid-height), so the paths ELK chooses, and the crossings
 * it minimises, are those of the drawing. Fixed seed and model order: same input, same output.
 */
const options = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '40',
  'elk.spacing.edgeNode': '20',
  'elk.spacing.edgeEdge': '12',
  'elk.layered.spacing.nodeNodeBetweenLayers': '180',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.spacing.componentComponent': '80',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.randomSeed': '1',
} as const;

/** Per-kind ELK options: lanes form the last layer, roles the first. */
function nodeOptions(node: GraphNode): Record<string, string> {
  const base = { 'elk.portConstraints': 'FIXED_POS' };
  if (node.kind === 'priority') return { ...base, 'elk.layered.layering.layerConstraint': 'LAST' };
  if (node.kind === 'role') return { ...base, 'elk.layered.layering.layerConstraint': 'FIRST' };
  return base;
}

const portId = (node: string, handle: string) => `${node}|${handle}`;

/**
 * Lays out `nodes` and the drawn edges between them (docking's edges and self-loops left out); an
 * entity counts with its docked cards under it. `together` keeps unconnected nodes in the layers
 * their constraints ask for instead of packing them as separate components.
 */
export async function runElk(
  elk: Elk,
  doc: DesignerDocument,
  nodes: readonly GraphNode[],
  plan: DockPlan,
  together: boolean,
  ordering: Record<string, string> = {},
): Promise<ElkPlacement> {
  if (nodes.length === 0) return { positions: new Map(), routes: new Map() };
  const ids = new Set(nodes.map((n) => n.id));
  const edges = doc.edges.filter(
    (e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target && !plan.hiddenEdges.has(e.id),
  );
  const handles = new Map<string, Set<string>>();
  const use = (node: string, handle: string) => {
    const set = handles.get(node);
    if (set) set.add(handle);
    else handles.set(node, new Set([handle]));
  };
  for (const e of edges) {
    const h = edgeHandles(e);
    use(e.source, h.source);
    use(e.target, h.target);
  }
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      ...options,
      ...ordering,
      ...(together && { 'elk.separateConnectedComponents': 'false' }),
    },
    children: nodes.map((node) => {
      const atOrigin = { ...node, position: { x: 0, y: 0 } } as GraphNode;
      return {
        id: node.id,
        ...(node.kind === 'entity' ? blockSize(node, plan) : estimateSize(node)),
        layoutOptions: nodeOptions(node),
        ports: [...(handles.get(node.id) ?? [])].map((handle) => {
          const at = handleAnchor(atOrigin, handle);
          return {
            id: portId(node.id, handle),
            x: at.x,
            y: at.y,
            width: 0,
            height: 0,
            layoutOptions: { 'elk.port.side': at.side === 'right' ? 'EAST' : 'WEST' },
          };
        }),
      };
    }),
    edges: edges.map((e) => {
      const h = edgeHandles(e);
      return { id: e.id, sources: [portId(e.source, h.source)], targets: [portId(e.target, h.target)] };
    }),
  };
  const result = await elk.layout(graph);
  const round = (p: { x: number; y: number }): XY => ({ x: Math.round(p.x), y: Math.round(p.y) });
  const positions = new Map((result.children ?? []).map((c) => [c.id, round({ x: c.x ?? 0, y: c.y ?? 0 })]));
  const routes = new Map<string, EdgeRoute>();
  for (const edge of result.edges ?? []) {
    const section = edge.sections?.[0];
    if (!section || (edge.sections?.length ?? 0) > 1) continue;
    routes.set(edge.id, {
      points: [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(round),
    });
  }
  return { positions, routes };
}
