import { PRIORITIES } from '@syncraft/runtime/spec';
import type { DesignerDocument, EdgeRoute, XY } from '../graph/types';
import type { DockPlan } from './layout-dock';
import { cardBoxes, polylineEntersBox } from './legibility';

/**
 * How far before the lanes an edge turns to its lane when it must. All turn on one upright leg, a bus
 * along the lane column like ELK's own shared legs (separate legs for each crossed more).
 */
const LANE_TURN = 45;

/**
 * The priority lanes form ELK's last layer, one column right of the entities, in the order that
 * crossed least. They are put in priority order, critical at the top, on the same places (`placed`
 * is updated; `doc` holds the positions before). An edge into a lane that moved keeps its path: its
 * last level leg moves with the lane when that runs clear of the cards, else it turns to the lane in
 * the gap before the lanes.
 */
export function orderLanes(
  doc: DesignerDocument,
  placed: Map<string, XY>,
  routes: Map<string, EdgeRoute>,
  plan: DockPlan,
): void {
  const lanes = PRIORITIES.flatMap((p) =>
    doc.nodes.filter((n) => n.kind === 'priority' && n.data.priority === p),
  );
  const slots = lanes.flatMap((lane) => {
    const at = placed.get(lane.id);
    return at ? [at] : [];
  });
  if (slots.length !== lanes.length) return;
  slots.sort((a, b) => a.y - b.y);
  const moved = new Map<string, number>();
  lanes.forEach((lane, i) => {
    const slot = slots[i]!;
    const dy = slot.y - placed.get(lane.id)!.y;
    if (dy !== 0) moved.set(lane.id, dy);
    placed.set(lane.id, { x: slot.x, y: slot.y });
  });
  if (moved.size === 0) return;
  const others = cardBoxes(doc, plan).filter((b) => !moved.has(b.id));
  for (const edge of doc.edges) {
    const dy = moved.get(edge.target);
    const route = routes.get(edge.id);
    if (dy === undefined || !route) continue;
    const clear = (points: readonly XY[]) =>
      others.every((box) => box.id === edge.source || !polylineEntersBox(points, box));
    const stretched = stretchEnd(route.points, dy);
    const points = stretched && clear(stretched) ? stretched : turnBefore(route.points, dy, LANE_TURN);
    routes.set(edge.id, { ...route, points });
  }
}

/** The path with its last level leg moved `dy` down with its end (the upright leg before it stretches). */
export function stretchEnd(route: readonly XY[], dy: number): XY[] | undefined {
  const points = route.map((p) => ({ ...p }));
  const end = points[points.length - 1]!;
  const before = points[points.length - 2];
  if (points.length < 3 || !before || before.y !== end.y) return undefined;
  before.y += dy;
  end.y += dy;
  return points;
}

/** The path turning `turn` pixels before its end to reach it `dy` lower. */
export function turnBefore(route: readonly XY[], dy: number, turn: number): XY[] {
  const end = route[route.length - 1]!;
  const x = end.x - turn;
  return [...route.slice(0, -1), { x, y: end.y }, { x, y: end.y + dy }, { x: end.x, y: end.y + dy }];
}
