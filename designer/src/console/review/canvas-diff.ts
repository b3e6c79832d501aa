import { parsePointer, pointer, type SpecChange, type SyncSpec } from '@syncraft/runtime/spec';
import type { Owner } from '../../compiler';
import type { DesignerDocument, GraphNode } from '../../graph/types';

/** How a node or edge of one drawing differs from the other drawing. */
export type Mark = 'added' | 'removed' | 'changed';

/** One side of the comparison: the spec, its drawing, and which node or edge each spec part came from. */
export interface Drawing {
  readonly spec: SyncSpec;
  readonly doc: DesignerDocument;
  readonly owners: ReadonlyMap<string, Owner>;
}

/** Marks on one drawing, by node id and by edge id. */
export interface DrawingMarks {
  readonly nodes: ReadonlyMap<string, Mark>;
  readonly edges: ReadonlyMap<string, Mark>;
}

/** Where one diff item shows on each drawing: the node to focus (an edge's change focuses its source). */
export interface ChangePlace {
  readonly candidate: string | undefined;
  readonly published: string | undefined;
}

/** The canvas half of a review: marks on both drawings and, per change (same order), where it shows. */
export interface CanvasDiff {
  readonly candidate: DrawingMarks;
  readonly published: DrawingMarks;
  readonly places: readonly ChangePlace[];
}

type Json = unknown;

/** What identifies an item of a spec list across versions: its name, else the entity it is about. */
function identity(item: Json): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  if (typeof record.name === 'string') return `name:${record.name}`;
  if (typeof record.entity === 'string') return `entity:${record.entity}`;
  return JSON.stringify(item);
}

/**
 * The same place in another version of the spec, matching list items by name (the diff matches them
 * so too): `/entities/2/fields/3` in one version may be `/entities/0/fields/4` in the other. Where
 * the item does not exist there, the pointer stops at its parent and `complete` is false.
 *
 * @example
 * counterpart('/entities/1/conflict', next, old); // { pointer: '/entities/0/conflict', complete: true }
 */
export function counterpart(ptr: string, from: Json, to: Json): { pointer: string; complete: boolean } {
  const tokens = parsePointer(ptr);
  const out: (string | number)[] = [];
  let a: Json = from;
  let b: Json = to;
  for (const token of tokens) {
    if (Array.isArray(a) && Array.isArray(b)) {
      const key = identity(a[Number(token)]);
      const index = key === undefined ? -1 : b.findIndex((item) => identity(item) === key);
      if (index < 0) return { pointer: pointer(...out), complete: false };
      out.push(index);
      a = a[Number(token)];
      b = b[index];
    } else if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object' && token in b) {
      out.push(token);
      a = (a as Record<string, Json>)[token];
      b = (b as Record<string, Json>)[token];
    } else {
      return { pointer: pointer(...out), complete: false };
    }
  }
  return { pointer: pointer(...out), complete: true };
}

/** The owner of the longest registered prefix of `ptr`, with that prefix. */
export function ownerAt(
  owners: ReadonlyMap<string, Owner>,
  ptr: string,
): { owner: Owner; prefix: string } | undefined {
  const tokens = parsePointer(ptr);
  for (let n = tokens.length; n > 0; n--) {
    const prefix = pointer(...tokens.slice(0, n));
    const owner = owners.get(prefix);
    if (owner) return { owner, prefix };
  }
  return undefined;
}

const STRENGTH: Record<Mark, number> = { changed: 0, added: 1, removed: 1 };

function mark(target: Map<string, Mark>, id: string, value: Mark) {
  const old = target.get(id);
  if (old === undefined || STRENGTH[value] > STRENGTH[old]) target.set(id, value);
}

/** Marks the owner of `ptr` on `side`: added/removed when its own part is missing in `other`, else changed. */
function place(
  side: Drawing,
  other: SyncSpec | undefined,
  ptr: string,
  missing: 'added' | 'removed',
  nodes: Map<string, Mark>,
  edges: Map<string, Mark>,
): string | undefined {
  const found = ownerAt(side.owners, ptr);
  if (!found) return undefined;
  const exists = other !== undefined && counterpart(found.prefix, side.spec, other).complete;
  const value: Mark = exists ? 'changed' : missing;
  // A whole new (or gone) part takes what hangs under it along: an entity's rules and scope.
  if (value !== 'changed') {
    for (const [at, owner] of side.owners) {
      if (!at.startsWith(`${found.prefix}/`)) continue;
      mark(owner.type === 'node' ? nodes : edges, owner.id, value);
    }
  }
  if (found.owner.type === 'node') {
    mark(nodes, found.owner.id, value);
    return found.owner.id;
  }
  mark(edges, found.owner.id, value);
  return side.doc.edges.find((e) => e.id === found.owner.id)?.source;
}

/** Node kinds drawn once per spec, whose id is the same in every version. */
const FIXED_IDS = new Set<GraphNode['kind']>(['priority', 'anyState', 'retryPolicy']);

/** The shortest spec pointer each node of a drawing owns. */
function nodePointers(drawing: Drawing): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ptr, owner] of drawing.owners) {
    if (owner.type !== 'node') continue;
    const old = out.get(owner.id);
    if (old === undefined || ptr.length < old.length) out.set(owner.id, ptr);
  }
  return out;
}

/**
 * Which node of `to` each node of `from` is: found through the part of the spec it owns (matched by
 * name, as the diff matches), or by id for the kinds drawn once per spec. A node missing from the
 * answer is not in the other version.
 */
export function counterpartNodes(from: Drawing, to: Drawing): Map<string, string> {
  const out = new Map<string, string>();
  const kinds = new Map(to.doc.nodes.map((n) => [n.id, n.kind]));
  const pointers = nodePointers(from);
  for (const node of from.doc.nodes) {
    const ptr = pointers.get(node.id);
    if (ptr !== undefined) {
      const there = counterpart(ptr, from.spec, to.spec);
      const owner = there.complete ? to.owners.get(there.pointer) : undefined;
      if (owner?.type === 'node' && kinds.get(owner.id) === node.kind) {
        out.set(node.id, owner.id);
        continue;
      }
    }
    if (FIXED_IDS.has(node.kind) && kinds.get(node.id) === node.kind) out.set(node.id, node.id);
  }
  return out;
}

/**
 * Marks the nodes of `side` the other version does not have at all, with the connections that hang
 * on them, as `value`: the diff names some removals by the part that remains (a field's own rule
 * removed is a change of the field), so its pointer alone would leave that card unmarked.
 */
function markUnmatched(
  side: Drawing,
  other: Drawing,
  value: Mark,
  marks: { nodes: Map<string, Mark>; edges: Map<string, Mark> },
) {
  const matched = counterpartNodes(side, other);
  const gone = new Set(side.doc.nodes.filter((n) => !matched.has(n.id)).map((n) => n.id));
  for (const id of gone) mark(marks.nodes, id, value);
  for (const e of side.doc.edges)
    if (gone.has(e.source) || gone.has(e.target)) mark(marks.edges, e.id, value);
}

/**
 * Where the semantic diff shows on the two drawings. A change's pointer is into the candidate (or,
 * for something removed, into the published spec); its counterpart on the other side is found by
 * name. A node or edge whose own part of the spec exists only on its side is added (candidate) or
 * removed (published); otherwise it is changed. With nothing published, everything is added.
 */
export function canvasDiff(
  published: Drawing | undefined,
  candidate: Drawing,
  changes: readonly SpecChange[],
): CanvasDiff {
  const cNodes = new Map<string, Mark>();
  const cEdges = new Map<string, Mark>();
  const pNodes = new Map<string, Mark>();
  const pEdges = new Map<string, Mark>();
  if (!published) {
    for (const n of candidate.doc.nodes) cNodes.set(n.id, 'added');
    for (const e of candidate.doc.edges) cEdges.set(e.id, 'added');
    return {
      candidate: { nodes: cNodes, edges: cEdges },
      published: { nodes: pNodes, edges: pEdges },
      // A first version's changes (the whole spec, as added) each centre their node on the candidate.
      places: changes.map((change) => ({
        candidate: place(candidate, undefined, change.pointer, 'added', cNodes, cEdges),
        published: undefined,
      })),
    };
  }
  const places = changes.map((change): ChangePlace => {
    const removed = change.kind.endsWith('-removed');
    const inCandidate = removed
      ? counterpart(change.pointer, published.spec, candidate.spec).pointer
      : change.pointer;
    const inPublished = removed
      ? change.pointer
      : counterpart(change.pointer, candidate.spec, published.spec).pointer;
    return {
      candidate: place(candidate, published.spec, inCandidate, 'added', cNodes, cEdges),
      published: place(published, candidate.spec, inPublished, 'removed', pNodes, pEdges),
    };
  });
  markUnmatched(candidate, published, 'added', { nodes: cNodes, edges: cEdges });
  markUnmatched(published, candidate, 'removed', { nodes: pNodes, edges: pEdges });
  return {
    candidate: { nodes: cNodes, edges: cEdges },
    published: { nodes: pNodes, edges: pEdges },
    places,
  };
}
