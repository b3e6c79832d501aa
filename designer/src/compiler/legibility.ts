import { edgeLabel, estimateLabelSize } from '../canvas/edges/edge-label';
import type { DesignerDocument, XY } from '../graph/types';
import { type Anchor, edgeHandles, edgeShape, handleAnchor, shapePath, shapePoints } from './edge-path';
import { type DockPlan, dockPlan, dockPosition, drawnSize } from './layout-dock';
import { estimateSize } from './size';

/** How legible a laid-out drawing is: what {@link measureLegibility} counts. */
export interface Legibility {
  /** Points where two drawn edges cross, away from a card they share. */
  readonly edgeCrossings: number;
  /** Pairs of a drawn edge and a card it passes under, other than the two cards it joins. */
  readonly edgeCardPasses: number;
  /** Edge labels lying partly over a card, or over another label (labels are drawn over cards). */
  readonly labelsOverCards: number;
  readonly labelOverlaps: number;
  /** The crossings as `edge × edge`, for failure messages. */
  readonly crossings: readonly string[];
  /** The passes as `edge → card`. */
  readonly passes: readonly string[];
}

/** A card as drawn: its box in flow coordinates. */
export interface CardBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Crossings this close to a card both edges join are where they fan out of it, not crossings. */
const FAN = 14;
/** Crossings this near a path's corner are turns on another edge's line. */
const EPS = 1e-6;
const within = (t: number, turns: boolean) => (turns ? t > EPS && t < 1 - EPS : t >= 0 && t < 1);
/** A card's border counts as outside it by this much (edges end on borders). */
const BORDER = 2;

/**
 * Counts, on the drawing as the canvas draws it (estimated card sizes, docked rules and scopes under
 * their entity, their edges not drawn, every other edge Arrange's path or a curve, see `edge-path.ts`), the edge–edge
 * crossings and the edges passing under a card. Pure and deterministic: a layout's score.
 *
 * @example
 * const { edgeCrossings, edgeCardPasses } = measureLegibility(await layout(decompile(spec)));
 */
export function measureLegibility(doc: Pick<DesignerDocument, 'nodes' | 'edges' | 'routes'>): Legibility {
  const plan = dockPlan(doc);
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const boxes = cardBoxes(doc, plan);
  const drawn = doc.edges.flatMap((edge) => {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target || plan.hiddenEdges.has(edge.id)) return [];
    const handles = edgeHandles(edge);
    const from = handleAnchor(source, handles.source);
    const to = handleAnchor(target, handles.target);
    const shape = edgeShape(from, to, doc.routes?.[edge.id]);
    const text = edgeLabel(edge);
    const label = text && { ...estimateLabelSize(text), middle: shapePath(shape).label };
    return [{ edge, from, to, points: shapePoints(shape), turns: shape.kind === 'path', label }];
  });

  const passes: string[] = [];
  for (const { edge, points } of drawn) {
    for (const box of boxes) {
      if (box.id === edge.source || box.id === edge.target) continue;
      if (polylineEntersBox(points, box)) passes.push(`${edge.id} → ${box.id}`);
    }
  }

  const crossings: string[] = [];
  for (let i = 0; i < drawn.length; i++) {
    const a = drawn[i]!;
    for (let j = i + 1; j < drawn.length; j++) {
      const b = drawn[j]!;
      const shared = sharedEnds(a, b);
      for (const p of polylineCrossings(a, b)) {
        if (shared.some((s) => Math.hypot(s.x - p.x, s.y - p.y) < FAN)) continue;
        crossings.push(`${a.edge.id} × ${b.edge.id}`);
      }
    }
  }
  const labels = drawn.flatMap(({ label }) =>
    label ? [{ x: label.middle.x - label.width / 2, y: label.middle.y - label.height / 2, ...label }] : [],
  );
  let labelsOverCards = 0;
  let labelOverlaps = 0;
  labels.forEach((a, i) => {
    if (boxes.some((b) => overlap(a, b))) labelsOverCards++;
    for (const b of labels.slice(i + 1)) if (overlap(a, b)) labelOverlaps++;
  });
  return {
    edgeCrossings: crossings.length,
    edgeCardPasses: passes.length,
    labelsOverCards,
    labelOverlaps,
    crossings,
    passes,
  };
}

/** The handle points two edges both touch (where they fan out of one card). */
function sharedEnds(a: { from: Anchor; to: Anchor }, b: { from: Anchor; to: Anchor }): XY[] {
  const out: XY[] = [];
  for (const p of [a.from, a.to])
    for (const q of [b.from, b.to]) if (Math.hypot(p.x - q.x, p.y - q.y) < FAN) out.push(p);
  return out;
}

/** The box of every card as drawn (docked rules and scopes under their entity), estimated sizes. */
export function cardBoxes(doc: Pick<DesignerDocument, 'nodes'>, plan: DockPlan): CardBox[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  return doc.nodes.map((node) => {
    const dock = plan.docks.get(node.id);
    const host = dock && byId.get(dock.host);
    const at = host ? dockPosition(host.position, estimateSize(host).height, dock.slot) : node.position;
    return { id: node.id, ...at, ...drawnSize(node, plan) };
  });
}

/** A rectangle in flow coordinates. */
export type Rect = Pick<CardBox, 'x' | 'y' | 'width' | 'height'>;
/** Whether two rectangles overlap. */
export const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether a polyline runs into a card (its border excepted). */
export function polylineEntersBox(points: readonly XY[], box: CardBox): boolean {
  const x0 = box.x + BORDER;
  const y0 = box.y + BORDER;
  const x1 = box.x + box.width - BORDER;
  const y1 = box.y + box.height - BORDER;
  for (let i = 1; i < points.length; i++) {
    if (segmentHitsRect(points[i - 1]!, points[i]!, x0, y0, x1, y1)) return true;
  }
  return false;
}

/** Liang–Barsky: does segment p–q touch the open rectangle? */
function segmentHitsRect(p: XY, q: XY, x0: number, y0: number, x1: number, y1: number): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  for (const [den, num] of [
    [-dx, p.x - x0],
    [dx, x1 - p.x],
    [-dy, p.y - y0],
    [dy, y1 - p.y],
  ] as const) {
    if (den === 0) {
      if (num <= 0) return false;
    } else {
      const t = num / den;
      if (den < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 >= t1) return false;
    }
  }
  return true;
}

/** A drawn edge as a polyline; `turns` when its corners are real turns (an orthogonal path). */
interface Line {
  readonly points: readonly XY[];
  readonly turns: boolean;
}

/** Points where two polylines cross. */
function polylineCrossings(a: Line, b: Line): XY[] {
  const out: XY[] = [];
  for (let i = 1; i < a.points.length; i++) {
    const p = a.points[i - 1]!;
    const p2 = a.points[i]!;
    for (let j = 1; j < b.points.length; j++) {
      const hit = segmentCrossing(p, p2, b.points[j - 1]!, b.points[j]!, a.turns, b.turns);
      // A crossing exactly on a shared sample point would count twice; keep the first.
      if (hit && !out.some((o) => Math.abs(o.x - hit.x) < 0.5 && Math.abs(o.y - hit.y) < 0.5)) out.push(hit);
    }
  }
  return out;
}

function segmentCrossing(p: XY, p2: XY, q: XY, q2: XY, pTurns: boolean, qTurns: boolean): XY | undefined {
  const rx = p2.x - p.x;
  const ry = p2.y - p.y;
  const sx = q2.x - q.x;
  const sy = q2.y - q.y;
  const den = rx * sy - ry * sx;
  if (den === 0) return undefined;
  const t = ((q.x - p.x) * sy - (q.y - p.y) * sx) / den;
  const u = ((q.x - p.x) * ry - (q.y - p.y) * rx) / den;
  // On a path, strictly inside the leg: where one edge only turns on another's line (edges from one
  // handle sharing their first legs, then parting) they meet without crossing. A curve's samples are
  // not turns, so there a crossing may fall on one (counted on the leg it starts).
  if (!within(t, pTurns) || !within(u, qTurns)) return undefined;
  return { x: p.x + t * rx, y: p.y + t * ry };
}
