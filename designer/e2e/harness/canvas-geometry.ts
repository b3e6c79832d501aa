import type { Page } from 'playwright-core';
import type { CardBox as Box } from '../../src/compiler/legibility';

/** What {@link measureCanvas} found on the drawn canvas. */
export interface CanvasGeometry {
  /** Cards drawn. */
  readonly cards: number;
  /** Edges drawn (hidden ones are not in the page). */
  readonly edges: number;
  /** Pairs of an edge and a card it passes through, not counting the two cards it joins. */
  readonly edgeCardCrossings: number;
  /** Edge labels lying partly over a card. */
  readonly labelsOverCards: number;
  /** Edge labels whose middle is covered by a card drawn over them. */
  readonly labelsUnderCards: number;
  /** Edge labels drawn. */
  readonly labels: number;
  /** Pairs of cards that overlap. */
  readonly cardOverlaps: number;
  /** The crossings, as `edge id → card id`, for failure messages. */
  readonly crossings: readonly string[];
}

const inside = (b: Box, x: number, y: number, margin: number) =>
  x > b.x + margin && x < b.x + b.width - margin && y > b.y + margin && y < b.y + b.height - margin;

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Measures how legible the main canvas is, from what the page draws: every edge path is sampled every
 * 4 px (flow coordinates) and each card it enters (other than the cards at its two ends) counts once;
 * every edge label is checked against every card on screen.
 */
export async function measureCanvas(page: Page, canvasTestId = 'canvas'): Promise<CanvasGeometry> {
  const raw = await page.evaluate((testId) => {
    const root = document.querySelector(`[data-testid="${testId}"]`);
    if (!root) throw new Error(`no canvas ${testId}`);
    const cards = [...root.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
      const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(el.style.transform);
      return {
        id: el.dataset.id ?? '',
        x: Number(m?.[1] ?? 0),
        y: Number(m?.[2] ?? 0),
        width: el.offsetWidth,
        height: el.offsetHeight,
      };
    });
    const edges = [...root.querySelectorAll<SVGGElement>('.react-flow__edge')].map((g) => {
      const path = g.querySelector<SVGPathElement>('path.react-flow__edge-path');
      const points: [number, number][] = [];
      if (path) {
        const length = path.getTotalLength();
        for (let at = 0; at <= length; at += 4) {
          const p = path.getPointAtLength(at);
          points.push([p.x, p.y]);
        }
        const end = path.getPointAtLength(length);
        points.push([end.x, end.y]);
      }
      return { id: (g.getAttribute('data-testid') ?? '').replace(/^rf__edge-/, ''), points };
    });
    const screenCards = [...root.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.dataset.id ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const labels = [...root.querySelectorAll<HTMLElement>('.sc-edge-label')].map((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      const hidden = top !== null && !el.contains(top) && top.closest('.react-flow__node') !== null;
      return { id: el.dataset.testid ?? '', x: r.x, y: r.y, width: r.width, height: r.height, hidden };
    });
    return { cards, edges, screenCards, labels };
  }, canvasTestId);

  const crossings: string[] = [];
  for (const edge of raw.edges) {
    const first = edge.points[0];
    const last = edge.points[edge.points.length - 1];
    if (!first || !last) continue;
    // The cards an edge joins are the ones its ends touch (handles sit on their borders).
    const ends = raw.cards.filter(
      (c) => inside(c, first[0], first[1], -10) || inside(c, last[0], last[1], -10),
    );
    for (const card of raw.cards) {
      if (ends.includes(card)) continue;
      if (edge.points.some(([x, y]) => inside(card, x, y, 2))) crossings.push(`${edge.id} → ${card.id}`);
    }
  }
  let labelsOverCards = 0;
  for (const label of raw.labels) if (raw.screenCards.some((c) => overlap(label, c))) labelsOverCards++;
  let cardOverlaps = 0;
  raw.cards.forEach((a, i) => {
    for (const b of raw.cards.slice(i + 1)) if (overlap(a, b)) cardOverlaps++;
  });
  return {
    cards: raw.cards.length,
    edges: raw.edges.length,
    edgeCardCrossings: crossings.length,
    labelsOverCards,
    labelsUnderCards: raw.labels.filter((l) => l.hidden).length,
    labels: raw.labels.length,
    cardOverlaps,
    crossings,
  };
}
