import { edgeLabel, estimateLabelSize, LABEL_HEIGHT } from '../canvas/edges/edge-label';
import type { DesignerDocument, EdgeRoute, XY } from '../graph/types';
import type { DockPlan } from './layout-dock';
import { cardBoxes, overlap, type Rect } from './legibility';

/** Where along a leg a label may sit, most wanted first. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9];
/** Room kept between a label and a card or another label. */
const MARGIN = 3;

/**
 * Gives each routed edge's label a place on its path where it covers no card and no other label:
 * the middle of a level leg if one is free, else further along it, else on an upright leg; where no
 * place is free, the one covering least. Edges are taken in document order, so the result is the
 * same every time. `doc` holds the final positions.
 */
export function placeLabels(doc: DesignerDocument, plan: DockPlan, routes: Map<string, EdgeRoute>): void {
  const cards = cardBoxes(doc, plan);
  const taken: Rect[] = [];
  for (const edge of doc.edges) {
    const route = routes.get(edge.id);
    const text = edgeLabel(edge);
    if (!route || !text) continue;
    const size = estimateLabelSize(text);
    const boxAt = (p: XY): Rect => ({
      x: p.x - size.width / 2 - MARGIN,
      y: p.y - size.height / 2 - MARGIN,
      width: size.width + 2 * MARGIN,
      height: size.height + 2 * MARGIN,
    });
    let best: { at: XY; cost: number } | undefined;
    for (const at of candidates(route.points)) {
      const box = boxAt(at);
      const cost =
        2 * cards.filter((c) => overlap(box, c)).length + taken.filter((t) => overlap(box, t)).length;
      if (!best || cost < best.cost) best = { at, cost };
      if (cost === 0) break;
    }
    if (!best) continue;
    const label = { x: Math.round(best.at.x), y: Math.round(best.at.y) };
    taken.push(boxAt(label));
    routes.set(edge.id, { ...route, label });
  }
}

/**
 * Candidate label places on a path: on its level legs, longest first, then on its upright ones; then
 * just above or below a level leg (beside an edge it shares its leg with, say).
 */
function candidates(points: readonly XY[]): XY[] {
  const legs: { a: XY; b: XY; level: boolean; length: number }[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    legs.push({ a, b, level: a.y === b.y, length: Math.abs(b.x - a.x) + Math.abs(b.y - a.y) });
  }
  legs.sort((p, q) => Number(q.level) - Number(p.level) || q.length - p.length);
  const along = (dy: number, only: boolean) =>
    legs
      .filter((leg) => !only || leg.level)
      .flatMap(({ a, b }) => ALONG.map((t) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t + dy })));
  const beside = LABEL_HEIGHT + 2 * MARGIN + 1;
  return [...along(0, false), ...along(-beside, true), ...along(beside, true)];
}
