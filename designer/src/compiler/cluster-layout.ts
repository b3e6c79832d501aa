import { PRIORITIES } from '@syncraft/runtime/spec';
import type { DesignerDocument, GraphNode, XY } from '../graph/types';
import { blockSize, dockPlan, dockPosition } from './layout-dock';
import { estimateSize } from './size';

const GAP = 40;

/**
 * A linear-time layout for large apps: each entity is a cluster with its docked rules and scope
 * under it (see `layout-dock.ts`) and any rule it shares with other entities stacked to its left; clusters fill rows of a grid in entity order; roles form a column on the far
 * left, the offline state machine a row on top, the priority lanes a column on the right.
 * Deterministic: it depends only on the order of nodes and edges.
 */
export function clusterLayout(doc: DesignerDocument): DesignerDocument {
  const placed = new Map<string, XY>();
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const plan = dockPlan(doc);
  const attached = new Map<string, GraphNode[]>();
  const taken = new Set<string>();
  for (const edge of doc.edges) {
    if (edge.kind !== 'rule' && edge.kind !== 'scope') continue;
    if (plan.docks.has(edge.source)) continue;
    const source = byId.get(edge.source);
    // A rule shared by several entities sits by the first one.
    if (!source || taken.has(source.id)) continue;
    taken.add(source.id);
    const list = attached.get(edge.target) ?? [];
    list.push(source);
    attached.set(edge.target, list);
  }

  // Top row: retry policy, any-state and the offline states.
  let x = 0;
  let rowHeight = 0;
  for (const node of doc.nodes) {
    if (node.kind !== 'offlineState' && node.kind !== 'anyState' && node.kind !== 'retryPolicy') continue;
    const size = estimateSize(node);
    placed.set(node.id, { x, y: 0 });
    x += size.width + GAP;
    rowHeight = Math.max(rowHeight, size.height);
  }
  const top = rowHeight + GAP * 3;

  // Left column: roles.
  let y = top;
  let roleWidth = 0;
  for (const node of doc.nodes) {
    if (node.kind !== 'role') continue;
    placed.set(node.id, { x: 0, y });
    y += estimateSize(node).height + GAP;
    roleWidth = Math.max(roleWidth, estimateSize(node).width);
  }
  const left = roleWidth > 0 ? roleWidth + GAP * 3 : 0;

  // Entity clusters in a grid, about as wide as tall.
  const entities = doc.nodes.filter((n) => n.kind === 'entity');
  const columns = Math.max(1, Math.ceil(Math.sqrt(entities.length)));
  const clusterWidth =
    Math.max(0, ...doc.nodes.filter((n) => n.kind !== 'entity').map((n) => estimateSize(n).width)) +
    GAP +
    240;
  let rowTop = top;
  let right = left;
  for (let start = 0; start < entities.length; start += columns) {
    let tallest = 0;
    entities.slice(start, start + columns).forEach((entity, column) => {
      const cx = left + column * (clusterWidth + GAP * 2);
      let cy = rowTop;
      let sideWidth = 0;
      for (const side of attached.get(entity.id) ?? []) {
        placed.set(side.id, { x: cx, y: cy });
        cy += estimateSize(side).height + GAP / 2;
        sideWidth = Math.max(sideWidth, estimateSize(side).width);
      }
      const size = blockSize(entity, plan);
      const ex = cx + (sideWidth > 0 ? sideWidth + GAP : 0);
      placed.set(entity.id, { x: ex, y: rowTop });
      (plan.trays.get(entity.id) ?? []).forEach((id, slot) => {
        placed.set(id, dockPosition({ x: ex, y: rowTop }, estimateSize(entity).height, slot));
      });
      right = Math.max(right, ex + size.width);
      tallest = Math.max(tallest, cy - rowTop, size.height);
    });
    rowTop += tallest + GAP * 2;
  }

  // Right column: the priority lanes, critical first; then anything left over below the grid.
  let laneY = top;
  for (const priority of PRIORITIES) {
    for (const node of doc.nodes) {
      if (node.kind !== 'priority' || node.data.priority !== priority) continue;
      placed.set(node.id, { x: right + GAP * 3, y: laneY });
      laneY += estimateSize(node).height + GAP * 2;
    }
  }
  let restX = left;
  for (const node of doc.nodes) {
    if (placed.has(node.id)) continue;
    placed.set(node.id, { x: restX, y: rowTop });
    restX += estimateSize(node).width + GAP;
  }
  return { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: placed.get(n.id) ?? n.position })) };
}
