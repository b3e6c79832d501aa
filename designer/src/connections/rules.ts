import { newId } from '../graph/ids';
import type { DesignerDocument, GraphEdge, NodeOf } from '../graph/types';

/** A connection a person is drawing: from one node's handle to another's. */
export interface ConnectionAttempt {
  readonly source: string;
  readonly target: string;
  readonly sourceHandle?: string | null;
  readonly targetHandle?: string | null;
}

/** Whether a connection means something, and the edge it makes; otherwise why not, in plain words. */
export type ConnectionCheck =
  | {
      readonly ok: true;
      readonly edge: GraphEdge;
      /** What the new edge takes the place of: an entity's priority moves lanes, its rule is swapped. */
      readonly replaces?: Replacement;
    }
  | { readonly ok: false; readonly reason: string };

/** Edges the new one replaces, and nodes left meaning nothing without them (a swapped-out rule). */
export interface Replacement {
  readonly edges: readonly string[];
  readonly nodes: readonly string[];
}

const FIELD_PREFIX = 'field:';

/**
 * Checks a connection against the meaning of the two nodes and returns the edge to add. A connection
 * drawn backwards (for example from a priority lane to an entity) is turned around.
 */
export function checkConnection(doc: DesignerDocument, attempt: ConnectionAttempt): ConnectionCheck {
  const forward = checkDirected(doc, attempt);
  if (forward.ok) return forward;
  // Handles on the target side (field handles) only make sense forwards.
  if (attempt.targetHandle?.startsWith(FIELD_PREFIX)) return forward;
  const backward = checkDirected(doc, { source: attempt.target, target: attempt.source });
  return backward.ok ? backward : forward;
}

/** `true` when the connection is meaningful (React Flow's `isValidConnection`). */
export function isValidConnection(doc: DesignerDocument, attempt: ConnectionAttempt): boolean {
  return checkConnection(doc, attempt).ok;
}

function checkDirected(doc: DesignerDocument, attempt: ConnectionAttempt): ConnectionCheck {
  const source = doc.nodes.find((n) => n.id === attempt.source);
  const target = doc.nodes.find((n) => n.id === attempt.target);
  if (!source || !target) return refuse('Both ends of a connection must be on the canvas.');
  if (source.id === target.id) return refuse('A connection joins two different nodes.');
  const field = attempt.targetHandle?.startsWith(FIELD_PREFIX)
    ? attempt.targetHandle.slice(FIELD_PREFIX.length)
    : undefined;
  if (field !== undefined && source.kind !== 'conflictRule') {
    return refuse(
      'Only a conflict rule attaches to a field: it then overrides the entity’s rule for that field.',
    );
  }
  const edgesInto = (kind: GraphEdge['kind']) =>
    doc.edges.filter((e) => e.kind === kind && e.target === target.id);
  switch (source.kind) {
    case 'entity':
      if (target.kind === 'priority') {
        // An entity has one priority: drawing it to another lane moves it there.
        const existing = doc.edges.find((e) => e.kind === 'priority' && e.source === source.id);
        if (existing?.target === target.id)
          return refuse(`“${source.data.name}” is already in the ${target.data.priority} lane.`);
        return accept(
          { kind: 'priority', source: source.id, target: target.id, data: {} },
          existing && { edges: [existing.id], nodes: [] },
        );
      }
      if (target.kind === 'entity') return accept(relationEdge(source, target));
      return refuse('An entity connects to a priority lane, or to another entity to make a relation.');
    case 'conflictRule': {
      if (target.kind !== 'entity')
        return refuse('A conflict rule connects to an entity or one of its fields.');
      if (field !== undefined) {
        if (!target.data.fields.some((f) => f.name === field))
          return refuse(`Entity “${target.data.name}” has no field “${field}”.`);
        if (edgesInto('rule').some((e) => e.kind === 'rule' && e.data.field === field)) {
          return refuse(`Field “${field}” already has a conflict rule. Delete that edge first.`);
        }
        return accept({ kind: 'rule', source: source.id, target: target.id, data: { field } });
      }
      // An entity has one rule: a new one takes its place, and the old rule card goes when nothing
      // else uses it (a new entity's default rule, say).
      const current = edgesInto('rule').find((e) => e.kind === 'rule' && e.data.field === undefined);
      if (current?.source === source.id)
        return refuse(`This is already the conflict rule of “${target.data.name}”.`);
      const orphaned =
        current &&
        !doc.edges.some(
          (e) => e.id !== current.id && (e.source === current.source || e.target === current.source),
        );
      return accept(
        { kind: 'rule', source: source.id, target: target.id, data: {} },
        current && { edges: [current.id], nodes: orphaned ? [current.source] : [] },
      );
    }
    case 'scope':
      if (target.kind !== 'entity')
        return refuse('A scope connects to an entity: it chooses which records go offline.');
      if (edgesInto('scope').length > 0)
        return refuse(
          `Entity “${target.data.name}” already has a scope. Combine the conditions in one scope.`,
        );
      return accept({ kind: 'scope', source: source.id, target: target.id, data: {} });
    case 'role':
      if (target.kind !== 'entity')
        return refuse('A role connects to an entity to grant a permission on it.');
      if (
        doc.edges.some((e) => e.kind === 'permission' && e.source === source.id && e.target === target.id)
      ) {
        return refuse(
          `Role “${source.data.name}” already has a permission on “${target.data.name}”. Edit that one.`,
        );
      }
      return accept({
        kind: 'permission',
        source: source.id,
        target: target.id,
        data: { actions: ['read'] },
      });
    case 'offlineState':
    case 'anyState':
      if (target.kind !== 'offlineState') return refuse('Transitions connect two offline states.');
      return accept({
        kind: 'transition',
        source: source.id,
        target: target.id,
        data: { event: 'connection-lost' },
      });
    case 'priority':
      return refuse('Connect an entity to a priority lane: the lane sets how soon its changes sync.');
    case 'retryPolicy':
      return refuse('The retry policy applies to the whole app; it has no connections.');
  }
}

/** A relation from `source` to `target`, guessing the linking field from a reference field. */
function relationEdge(source: NodeOf<'entity'>, target: NodeOf<'entity'>): Omit<GraphEdge, 'id'> {
  const ref = source.data.fields.find((f) => f.type === 'reference' && f.entity === target.data.name);
  const name = target.data.name.charAt(0).toLowerCase() + target.data.name.slice(1);
  return {
    kind: 'relation',
    source: source.id,
    target: target.id,
    data: { name, kind: 'many-to-one', field: ref?.name ?? source.data.key, onDelete: 'restrict' },
  };
}

function accept(edge: Omit<GraphEdge, 'id'>, replaces?: Replacement): ConnectionCheck {
  const made = { ...edge, id: newId(edge.kind) } as GraphEdge;
  return replaces ? { ok: true, edge: made, replaces } : { ok: true, edge: made };
}

function refuse(reason: string): ConnectionCheck {
  return { ok: false, reason };
}

/** The handle id of node kinds that take a field-level rule. */
export function isFieldHandle(handle: string | null | undefined): boolean {
  return handle?.startsWith(FIELD_PREFIX) ?? false;
}
