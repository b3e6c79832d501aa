import type { DesignerDocument, GraphNode, XY } from '../graph/types';
import { clusterLayout } from './cluster-layout';
import { type DockPlan, dockPlan, dockPosition } from './layout-dock';
import { runElk } from './layout-elk';
import { placeLabels } from './layout-labels';
import { orderLanes } from './layout-lanes';
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
 * orthogonal paths ELK chose around the cards (`routes`, see `layout-elk.ts`). The same document
 * always gets the same positions (fixed seed, model order kept). Apps with more than
 * {@link ELK_NODE_LIMIT} nodes get {@link clusterLayout} instead, which takes milliseconds and draws
 * plain curves. Returns a new document; only positions and routes change.
 */
export async function layout(doc: DesignerDocument): Promise<DesignerDocument> {
  if (doc.nodes.length > ELK_NODE_LIMIT) {
    const { routes: _stale, ...rest } = clusterLayout(doc);
    return rest;
  }
  // ELK is large: load it only when a spec is actually laid out.
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const plan = dockPlan(doc);
  // Docked cards follow their entity; the state machine is laid out on its own.
  const main = doc.nodes.filter((n) => !plan.docks.has(n.id) && !isStateKind(n));
  const states = doc.nodes.filter(isStateKind);
  const [placedMain, placedStates] = await Promise.all([
    runElk(elk, doc, main, plan, true),
    runElk(elk, doc, states, plan, false),
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
