import { type EdgeRoute, fieldHandle, type GraphEdge, type GraphNode, type XY } from '../graph/types';
import { estimateSize, FIELD_ROW_HEIGHT } from './size';

/** The side of a card a handle sits on. */
export type Side = 'left' | 'right' | 'top' | 'bottom';

/** Where an edge leaves or reaches a card, and which way it points there. */
export interface Anchor {
  readonly x: number;
  readonly y: number;
  readonly side: Side;
}

/** Middle of an entity's head handles below its top edge (the canvas CSS puts them at 22 px, 10 px tall). */
export const ENTITY_HEAD_HANDLE_Y = 27;
/** Top of an entity's first field row below its top edge. */
const FIELD_ROWS_TOP = 60;

/** The handles an edge joins: every edge leaves its source's `out`; a field rule reaches its field's row. */
export function edgeHandles(edge: GraphEdge): { source: string; target: string } {
  const field = edge.kind === 'rule' ? edge.data.field : undefined;
  return { source: 'out', target: field === undefined ? 'in' : fieldHandle(field) };
}

/**
 * Where `handle` of `node` is on the canvas when the card is drawn at `size` (estimated unless given):
 * an entity's `in` and `out` by its title, a field handle on its row, every other card's at mid-height.
 */
export function handleAnchor(
  node: GraphNode,
  handle: string,
  size: { readonly width: number; readonly height: number } = estimateSize(node),
): Anchor {
  const { x, y } = node.position;
  const out = handle === 'out';
  if (node.kind !== 'entity')
    return { x: out ? x + size.width : x, y: y + size.height / 2, side: out ? 'right' : 'left' };
  if (handle === 'in' || out)
    return { x: out ? x + size.width : x, y: y + ENTITY_HEAD_HANDLE_Y, side: out ? 'right' : 'left' };
  const row = node.data.fields.findIndex((f) => fieldHandle(f.name) === handle);
  return { x, y: y + FIELD_ROWS_TOP + (Math.max(0, row) + 0.5) * FIELD_ROW_HEIGHT, side: 'left' };
}

const unit: Record<Side, XY> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  top: { x: 0, y: -1 },
  bottom: { x: 0, y: 1 },
};

/** How far a bezier's control point sits from its end (React Flow's rule, curvature 0.25). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

function control(from: Anchor, to: Anchor): XY {
  const d = unit[from.side];
  const ahead = d.x !== 0 ? (to.x - from.x) * d.x : (to.y - from.y) * d.y;
  const offset = controlOffset(ahead);
  return { x: from.x + d.x * offset, y: from.y + d.y * offset };
}

/** What an edge is drawn as: Arrange's orthogonal path when it still fits its ends, else a curve. */
export type EdgeShape =
  | { readonly kind: 'curve'; readonly from: XY; readonly c1: XY; readonly c2: XY; readonly to: XY }
  | { readonly kind: 'path'; readonly points: readonly XY[]; readonly label?: XY };

/** How far an end may have moved (a card measured a little taller, a nudge) for the path still to fit. */
const SNAP = 12;

/**
 * The shape of an edge from `from` to `to`: the orthogonal `route` Arrange chose, its end legs moved
 * onto the handles, when both ends are within a few pixels of where it was made for; otherwise (an
 * end moved, no route) the curve every edge used to be, square to both sides like React Flow's
 * `getBezierPath`.
 */
export function edgeShape(from: Anchor, to: Anchor, route?: EdgeRoute): EdgeShape {
  const points = route?.points;
  const first = points?.[0];
  const last = points?.[points.length - 1];
  if (points && first && last && points.length >= 2 && near(first, from) && near(last, to))
    return { kind: 'path', points: snapEnds(points, from, to), ...(route.label && { label: route.label }) };
  return { kind: 'curve', from, c1: control(from, to), c2: control(to, from), to };
}

const near = (a: XY, b: XY) => Math.abs(a.x - b.x) <= SNAP && Math.abs(a.y - b.y) <= SNAP;

/** The route with its ends on the handles, every leg still horizontal or vertical. */
function snapEnds(route: readonly XY[], from: XY, to: XY): XY[] {
  const points = route.map((p) => ({ x: p.x, y: p.y }));
  const moveEnd = (end: number, next: number, at: XY) => {
    const p = points[end]!;
    const q = points[next]!;
    if (next !== end && points.length > 2) {
      if (q.y === p.y) q.y = at.y;
      else if (q.x === p.x) q.x = at.x;
    }
    points[end] = { x: at.x, y: at.y };
  };
  moveEnd(0, 1, from);
  moveEnd(points.length - 1, points.length - 2, to);
  // A leg the snap bent (a straight two-point path whose ends now differ) gets an elbow midway.
  const out: XY[] = [points[0]!];
  for (let i = 1; i < points.length; i++) {
    const a = out[out.length - 1]!;
    const b = points[i]!;
    if (a.x !== b.x && a.y !== b.y) {
      const mid = (a.x + b.x) / 2;
      out.push({ x: mid, y: a.y }, { x: mid, y: b.y });
    }
    out.push(b);
  }
  return out;
}

/** Radius of a path's rounded corners. */
const CORNER = 6;

/**
 * The SVG path of a shape and where its label goes: where Arrange left room for it, else on a path's
 * longest level leg or a curve's middle.
 */
export function shapePath(shape: EdgeShape): { path: string; label: XY } {
  if (shape.kind === 'curve') {
    const { from, c1, c2, to } = shape;
    return {
      path: `M${from.x},${from.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${to.x},${to.y}`,
      label: bezierAt(shape, 0.5),
    };
  }
  const p = shape.points;
  let d = `M${p[0]!.x},${p[0]!.y}`;
  for (let i = 1; i < p.length - 1; i++) {
    const a = p[i - 1]!;
    const b = p[i]!;
    const c = p[i + 1]!;
    const r = Math.min(CORNER, dist(a, b) / 2, dist(b, c) / 2);
    const inX = b.x - Math.sign(b.x - a.x) * r;
    const inY = b.y - Math.sign(b.y - a.y) * r;
    const outX = b.x + Math.sign(c.x - b.x) * r;
    const outY = b.y + Math.sign(c.y - b.y) * r;
    d += ` L${inX},${inY} Q${b.x},${b.y} ${outX},${outY}`;
  }
  const end = p[p.length - 1]!;
  d += ` L${end.x},${end.y}`;
  return { path: d, label: shape.label ?? labelPoint(p) };
}

const dist = (a: XY, b: XY) => Math.abs(a.x - b.x) + Math.abs(a.y - b.y);

function labelPoint(points: readonly XY[]): XY {
  let best: [XY, XY] | undefined;
  let bestScore = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    // Level legs read best: a label on a vertical leg would lie across it.
    const score = dist(a, b) * (a.y === b.y ? 3 : 1);
    if (score > bestScore) {
      bestScore = score;
      best = [a, b];
    }
  }
  const [a, b] = best ?? [points[0]!, points[0]!];
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

function bezierAt(curve: Extract<EdgeShape, { kind: 'curve' }>, t: number): XY {
  const { from, c1, c2, to } = curve;
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * from.x + b * c1.x + c * c2.x + d * to.x, y: a * from.y + b * c1.y + c * c2.y + d * to.y };
}

const SAMPLES = 32;

/** A shape as a polyline (a curve sampled), for measuring what is drawn. */
export function shapePoints(shape: EdgeShape): readonly XY[] {
  if (shape.kind === 'path') return shape.points;
  const points: XY[] = [];
  for (let i = 0; i <= SAMPLES; i++) points.push(bezierAt(shape, i / SAMPLES));
  return points;
}
