import { PRIORITIES } from '@syncraft/runtime/spec';
import type { DesignerDocument, GraphNode, XY } from '../graph/types';
import { clusterLayout } from './cluster-layout';
import { blockSize, type DockPlan, dockPlan, dockPosition } from './layout-dock';
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
 * The entities' layout also holds the lanes, all in the last layer (longest-path layering puts every
 * sink there): ELK then keeps a corridor free for each entity's edge to its lane, instead of the edge
 * running through the cards of later layers.
 */
const mainOptions = {
  ...layoutOptions,
  'elk.layered.layering.strategy': 'LONGEST_PATH',
} as const;

/** Above this many nodes ELK gets slow (seconds); such apps get the linear cluster layout. */
export const ELK_NODE_LIMIT = 150;

/** The state machine's row sits this far above the entities. */
const STATE_ROW_GAP = 100;

const isStateKind = (n: GraphNode) =>
  n.kind === 'offlineState' || n.kind === 'anyState' || n.kind === 'retryPolicy';

/**
 * Places every node, left to right: roles, then the entities (ELK's layered algorithm, relations
 * flowing right; each entity counted with its docked rules and scope, which go under it, see
 * `layout-dock.ts`), then the priority lanes in one column, critical at the top. The offline state
 * machine is laid out on its own and drawn as a row above them all, the retry policy at its left.
 * The same document always gets the same positions (fixed seed, model order kept). Apps with more
 * than {@link ELK_NODE_LIMIT} nodes get {@link clusterLayout} instead, which takes milliseconds.
 * Returns a new document; only positions change.
 */
export async function layout(doc: DesignerDocument): Promise<DesignerDocument> {
  if (doc.nodes.length > ELK_NODE_LIMIT) return clusterLayout(doc);
  // ELK is large: load it only when a spec is actually laid out.
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const plan = dockPlan(doc);
  // Lanes are placed afterwards (`placeLanes`): left out of ELK, they do not tie every entity into
  // one component. Docked cards follow their entity; the state machine is laid out on its own.
  const main = doc.nodes.filter((n) => !plan.docks.has(n.id) && !isStateKind(n));
  const states = doc.nodes.filter(isStateKind);
  const [placedMain, placedStates] = await Promise.all([
    runElk(elk, doc, main, plan, mainOptions),
    runElk(elk, doc, states, plan, layoutOptions),
  ]);
  const placed = new Map(placedMain);
  // The state row goes above the rest, left-aligned with it.
  let mainTop = Number.POSITIVE_INFINITY;
  for (const at of placedMain.values()) mainTop = Math.min(mainTop, at.y);
  if (!Number.isFinite(mainTop)) mainTop = 0;
  let statesBottom = Number.NEGATIVE_INFINITY;
  for (const node of states) {
    const at = placedStates.get(node.id);
    if (at) statesBottom = Math.max(statesBottom, at.y + estimateSize(node).height);
  }
  const shift = Number.isFinite(statesBottom) ? mainTop - STATE_ROW_GAP - statesBottom : 0;
  for (const [id, at] of placedStates) placed.set(id, { x: at.x, y: at.y + shift });
  placeLanes(doc, placed, plan);
  placeDocked(doc, placed, plan);
  return {
    ...doc,
    nodes: doc.nodes.map((node) => ({ ...node, position: placed.get(node.id) ?? node.position })),
  };
}

/** ELK's layered layout of `nodes` and the edges between them (docking's edges left out). */
async function runElk(
  elk: InstanceType<typeof import('elkjs/lib/elk.bundled.js').default>,
  doc: DesignerDocument,
  nodes: readonly GraphNode[],
  plan: DockPlan,
  options: Record<string, string>,
): Promise<Map<string, XY>> {
  if (nodes.length === 0) return new Map();
  const ids = new Set(nodes.map((n) => n.id));
  const result = await elk.layout({
    id: 'root',
    layoutOptions: options,
    children: nodes.map((node) => ({
      id: node.id,
      ...(node.kind === 'entity' ? blockSize(node, plan) : estimateSize(node)),
    })),
    edges: doc.edges
      .filter(
        (e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target && !plan.hiddenEdges.has(e.id),
      )
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  return new Map(
    (result.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]),
  );
}

/** Docked rules and scopes keep, in the document, the place they are drawn at under their entity. */
export function placeDocked(doc: DesignerDocument, placed: Map<string, XY>, plan: DockPlan): void {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  for (const [id, dock] of plan.docks) {
    const host = byId.get(dock.host);
    const at = host && (placed.get(host.id) ?? host.position);
    if (host && at) placed.set(id, dockPosition(at, estimateSize(host).height, dock.slot));
  }
}

/**
 * The four priority lanes always form one column right of the entities, critical at the top,
 * whether or not an entity uses them. Lanes ELK placed keep the heights it chose for them (in
 * priority order), so the corridors it left for their edges stay; unused lanes go below.
 */
function placeLanes(doc: DesignerDocument, placed: Map<string, XY>, plan: DockPlan): void {
  const lanes = PRIORITIES.flatMap((p) =>
    doc.nodes.filter((n) => n.kind === 'priority' && n.data.priority === p),
  );
  const entities = doc.nodes.filter((n) => n.kind === 'entity');
  if (lanes.length === 0 || entities.length === 0) return;
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  for (const node of entities) {
    const at = placed.get(node.id) ?? node.position;
    right = Math.max(right, at.x + blockSize(node, plan).width);
    top = Math.min(top, at.y);
  }
  const used = new Set(doc.edges.flatMap((e) => (e.kind === 'priority' ? [e.target] : [])));
  const laneHeight = estimateSize(lanes[0]!).height;
  const ys: number[] = [];
  let x = right + 90;
  for (const lane of lanes) {
    const at = placed.get(lane.id);
    if (!at || !used.has(lane.id)) continue;
    ys.push(at.y);
    x = Math.max(x, at.x);
  }
  ys.sort((a, b) => a - b);
  while (ys.length < lanes.length) ys.push(ys.length === 0 ? top : ys[ys.length - 1]! + laneHeight + 40);
  lanes.forEach((lane, i) => {
    placed.set(lane.id, { x: Math.round(x), y: Math.round(ys[i]!) });
  });
}
