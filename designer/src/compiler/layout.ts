import type { DesignerDocument, GraphNode, XY } from '../graph/types';
import { clusterLayout } from './cluster-layout';
import { defaultElkHost, type ElkHost, loadElk } from './elk-host';
import { type DockPlan, dockPlan, dockPosition } from './layout-dock';
import { type Elk, runElk } from './layout-elk';
import { placeLabels } from './layout-labels';
import { orderLanes } from './layout-lanes';
import { measureLegibility } from './legibility';
import { estimateSize } from './size';

/** Above this many nodes ELK gets slow (seconds); such apps get the linear cluster layout. */
export const ELK_NODE_LIMIT = 150;

/** The state machine's row sits this far above the entities. */
const STATE_ROW_GAP = 100;

const isStateKind = (n: GraphNode) =>
  n.kind === 'offlineState' || n.kind === 'anyState' || n.kind === 'retryPolicy';

/**
 * Places every node and routes the edges, left to right: roles, then the entities (ELK's layered
 * algorithm, relations flowing right; each entity counted with its docked rules and scope, which go
 * under it, see `layout-dock.ts`), then the priority lanes in one column, critical at the top. The
 * offline state machine is laid out on its own and drawn as a row above them all. Edges get the
 * orthogonal paths ELK chose around the cards (`routes`, see `layout-elk.ts`), their labels a place
 * clear of cards and other labels. Small drawings are laid out each of the {@link ORDERINGS} ways and
 * the one that measures best kept (`legibility.ts`). The same document always gets the same
 * positions (fixed seed, model order kept, fixed tries). Apps with more than
 * {@link ELK_NODE_LIMIT} nodes get {@link clusterLayout} instead, which takes milliseconds and draws
 * plain curves. Returns a new document; only positions and routes change. ELK runs where `host`
 * says (a worker in the browser, see `elk-host.ts`); everything else here runs in the caller's thread.
 */
export async function layout(
  doc: DesignerDocument,
  host: ElkHost = defaultElkHost(),
): Promise<DesignerDocument> {
  if (doc.nodes.length > ELK_NODE_LIMIT) {
    const { routes: _stale, ...rest } = clusterLayout(doc);
    return rest;
  }
  const elk = await loadElk(host);
  const plan = dockPlan(doc);
  // Docked cards follow their entity; the state machine is laid out on its own.
  const main = doc.nodes.filter((n) => !plan.docks.has(n.id) && !isStateKind(n));
  const states = doc.nodes.filter(isStateKind);
  // Each way of ordering is tried (small drawings only: each try takes a layout's time) and the
  // drawing that reads best is kept; ties go to the first, so the result is the same every time.
  const tries = doc.nodes.length <= TRY_ALL_LIMIT ? ORDERINGS : ORDERINGS.slice(0, 1);
  let best: { laid: DesignerDocument; score: number } | undefined;
  for (const ordering of tries) {
    const laid = await arrange(elk, doc, plan, main, states, ordering);
    const m = measureLegibility(laid);
    const score = m.edgeCrossings + PASS_WEIGHT * m.edgeCardPasses + m.labelsOverCards + m.labelOverlaps;
    if (!best || score < best.score) best = { laid, score };
  }
  return best!.laid;
}

/** Drawings up to this many nodes are laid out every way in {@link ORDERINGS}, larger ones the first way. */
const TRY_ALL_LIMIT = 40;
/** An edge under a card reads worse than a crossing. */
const PASS_WEIGHT = 4;

/**
 * Ways ELK may order and place the cards in each column, tried in turn on small drawings: keeping the
 * document's order where it costs no crossing (the first, used alone on large drawings), counting
 * crossings before that order, and placing cards in straight runs. Over the templates none wins on
 * every drawing; the best of the three crosses half as often as the first alone (each try costs a
 * layout: 40 nodes is where three stay well under a second).
 */
const ORDERINGS: readonly Record<string, string>[] = [
  {},
  { 'elk.layered.considerModelOrder.crossingCounterNodeInfluence': '0.001' },
  { 'elk.layered.nodePlacement.strategy': 'LINEAR_SEGMENTS' },
];

/** One layout of the drawing with ELK ordering its columns the `ordering` way. */
async function arrange(
  elk: Elk,
  doc: DesignerDocument,
  plan: DockPlan,
  main: readonly GraphNode[],
  states: readonly GraphNode[],
  ordering: Record<string, string>,
): Promise<DesignerDocument> {
  const [placedMain, placedStates] = await Promise.all([
    runElk(elk, doc, main, plan, true, ordering),
    runElk(elk, doc, states, plan, false, ordering),
  ]);
  const placed = new Map(placedMain.positions);
  const routes = new Map(placedMain.routes);
  // The state row goes above the rest, left-aligned with it.
  let mainTop = Number.POSITIVE_INFINITY;
  for (const at of placedMain.positions.values()) mainTop = Math.min(mainTop, at.y);
  if (!Number.isFinite(mainTop)) mainTop = 0;
  let statesBottom = Number.NEGATIVE_INFINITY;
  for (const node of states) {
    const at = placedStates.positions.get(node.id);
    if (at) statesBottom = Math.max(statesBottom, at.y + estimateSize(node).height);
  }
  const shift = Number.isFinite(statesBottom) ? mainTop - STATE_ROW_GAP - statesBottom : 0;
  for (const [id, at] of placedStates.positions) placed.set(id, { x: at.x, y: at.y + shift });
  const down = (p: XY): XY => ({ x: p.x, y: p.y + shift });
  for (const [id, route] of placedStates.routes)
    routes.set(id, { points: route.points.map(down), ...(route.label && { label: down(route.label) }) });
  placeDocked(doc, placed, plan);
  const { routes: _old, ...rest } = doc;
  const at = (): DesignerDocument => ({
    ...rest,
    nodes: doc.nodes.map((node) => ({ ...node, position: placed.get(node.id) ?? node.position })),
  });
  orderLanes(at(), placed, routes, plan);
  const laid = at();
  placeLabels(laid, plan, routes);
  return { ...laid, ...(routes.size > 0 && { routes: Object.fromEntries(routes) }) };
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
