import { dockPlan, trayHeight } from '../compiler/layout-dock';
import { estimateSize } from '../compiler/size';
import type { DesignerDocument, GraphNode, XY } from '../graph/types';

type Size = { readonly width: number; readonly height: number };

/**
 * The position nearest to `at` (searching in growing rings of a 40 px grid) where a node of
 * `size` overlaps no existing node, keeping a 16 px margin. Used when a node is added by click
 * rather than dropped at a chosen place.
 */
export function freeSpot(
  doc: DesignerDocument,
  measured: Readonly<Record<string, Size>>,
  node: GraphNode,
  at: XY,
): XY {
  const size = measured[node.id] ?? estimateSize(node);
  // Docked cards are drawn under their entity (counted in its box), not where the document keeps them.
  const plan = dockPlan(doc);
  const boxes = doc.nodes
    .filter((n) => !plan.docks.has(n.id))
    .map((n) => {
      const size = measured[n.id] ?? estimateSize(n);
      const tray = trayHeight(plan.trays.get(n.id)?.length ?? 0);
      return { ...n.position, width: size.width, height: size.height + tray };
    });
  const margin = 16;
  const free = (p: XY) =>
    !boxes.some(
      (b) =>
        p.x < b.x + b.width + margin &&
        p.x + size.width + margin > b.x &&
        p.y < b.y + b.height + margin &&
        p.y + size.height + margin > b.y,
    );
  if (free(at)) return at;
  const step = 40;
  for (let ring = 1; ring <= 40; ring++) {
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const p = { x: at.x + dx * step, y: at.y + dy * step };
        if (free(p)) return p;
      }
    }
  }
  return at;
}
