import { estimateSize } from '../../compiler/size';
import type { DesignerDocument, GraphEdge, GraphNode } from '../../graph/types';
import { type CanvasDiff, type ChangePlace, counterpartNodes, type Drawing, type Mark } from './canvas-diff';
import { type FieldMarks, overlayFields } from './overlay-fields';

/** Prefix of a removed node's or edge's id on the overlaid drawing (ids of both versions may clash). */
export const GHOST = 'removed:';

/** Space between the candidate's drawing and the removed cards set beside it, in pixels. */
const GHOST_GAP = 160;

/**
 * The two versions on one drawing: the candidate, with what the published version had and the
 * candidate no longer has drawn ghosted beside or under it. Marks are by the overlay's ids.
 */
export interface Overlay {
  readonly doc: DesignerDocument;
  readonly nodes: ReadonlyMap<string, Mark>;
  readonly edges: ReadonlyMap<string, Mark>;
  /** Entity node id → its fields that differ: added, changed, or removed (drawn ghosted in the card). */
  readonly fields: ReadonlyMap<string, FieldMarks>;
  /** Published node id → where it is on the overlay: its ghost when removed, else its candidate counterpart. */
  readonly fromPublished: ReadonlyMap<string, string>;
}

/** The right edge of a drawing's cards. */
function rightEdge(nodes: readonly GraphNode[]): number {
  let right = 0;
  for (const n of nodes) right = Math.max(right, n.position.x + estimateSize(n).width);
  return right;
}

/**
 * Lays the published version's removed nodes and edges over the candidate. A removed node keeps its
 * place relative to the other removed nodes, all moved right of the candidate's cards so none hides
 * one; a removed rule or scope of an entity that is still there is attached to it again (the canvas
 * docks it under that entity). A removed edge joins the ghosts or the candidate nodes its ends became.
 * With nothing published there is nothing to ghost: the candidate, all of it marked added.
 *
 * @example
 * const overlay = overlayModel(published, candidate, canvasDiff(published, candidate, changes));
 * overlay.nodes.get('removed:entity-2'); // 'removed'
 */
export function overlayModel(published: Drawing | undefined, candidate: Drawing, diff: CanvasDiff): Overlay {
  const nodes = new Map(diff.candidate.nodes);
  const edges = new Map(diff.candidate.edges);
  const fromPublished = new Map<string, string>();
  const fields = new Map<string, FieldMarks>();
  if (!published) return { doc: candidate.doc, nodes, edges, fields, fromPublished };

  const became = counterpartNodes(published, candidate);
  const candidateNodes = entityFields(published, candidate, became, fields);
  const removedNodes = published.doc.nodes.filter(
    (n) => diff.published.nodes.get(n.id) === 'removed' || !became.has(n.id),
  );
  for (const [from, to] of became) fromPublished.set(from, to);
  for (const n of removedNodes) fromPublished.set(n.id, `${GHOST}${n.id}`);

  const left = Math.min(...removedNodes.map((n) => n.position.x));
  const dx = rightEdge(candidate.doc.nodes) + GHOST_GAP - left;
  const ghostNodes = removedNodes.map((n): GraphNode => {
    const id = `${GHOST}${n.id}`;
    nodes.set(id, 'removed');
    return { ...n, id, position: { x: n.position.x + dx, y: n.position.y } } as GraphNode;
  });

  const ghostEdges: GraphEdge[] = [];
  for (const e of published.doc.edges) {
    const touchesGhost =
      fromPublished.get(e.source)?.startsWith(GHOST) || fromPublished.get(e.target)?.startsWith(GHOST);
    if (diff.published.edges.get(e.id) !== 'removed' && !touchesGhost) continue;
    const source = fromPublished.get(e.source);
    const target = fromPublished.get(e.target);
    if (source === undefined || target === undefined) continue;
    const id = `${GHOST}${e.id}`;
    edges.set(id, 'removed');
    ghostEdges.push({ ...e, id, source, target } as GraphEdge);
  }

  return {
    doc: {
      ...candidate.doc,
      nodes: [...candidateNodes, ...ghostNodes],
      edges: [...candidate.doc.edges, ...ghostEdges],
    },
    nodes,
    edges,
    fields,
    fromPublished,
  };
}

/**
 * The candidate's nodes with each entity still there given back its removed fields, and `marks`
 * filled with every such entity's field marks (by its candidate node id).
 */
function entityFields(
  published: Drawing,
  candidate: Drawing,
  became: ReadonlyMap<string, string>,
  marks: Map<string, FieldMarks>,
): GraphNode[] {
  const before = new Map<string, GraphNode>();
  for (const n of published.doc.nodes) {
    const to = became.get(n.id);
    if (to !== undefined) before.set(to, n);
  }
  return candidate.doc.nodes.map((node): GraphNode => {
    const old = before.get(node.id);
    if (node.kind !== 'entity' || old?.kind !== 'entity') return node;
    const drawn = overlayFields(old.data, node.data);
    if (drawn.marks.size === 0) return node;
    marks.set(node.id, drawn.marks);
    return drawn.fields.length === node.data.fields.length
      ? node
      : { ...node, data: { ...node.data, fields: drawn.fields } };
  });
}

/**
 * The overlay node a diff item centres: the ghost of what it removed, else its node on the candidate,
 * else where its published node is now.
 */
export function overlayFocus(overlay: Overlay, place: ChangePlace | undefined): string | undefined {
  if (!place) return undefined;
  const published = place.published === undefined ? undefined : overlay.fromPublished.get(place.published);
  if (published?.startsWith(GHOST)) return published;
  return place.candidate ?? published;
}
