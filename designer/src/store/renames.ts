import type { Condition } from '@syncraft/runtime/spec';
import type { DesignerDocument, GraphEdge, GraphNode } from '../graph/types';

/** Rebuilds a condition tree with `leaf` applied to every test (everything but all/any/not). */
function mapTests(c: Condition, leaf: (test: Condition) => Condition): Condition {
  if ('all' in c) return { all: c.all.map((x) => mapTests(x, leaf)) };
  if ('any' in c) return { any: c.any.map((x) => mapTests(x, leaf)) };
  if ('not' in c) return { not: mapTests(c.not, leaf) };
  return leaf(c);
}

/** Renames an entity named by `exists` anywhere in a condition tree, nested hops included. */
export function renameEntityInCondition(c: Condition, from: string, to: string): Condition {
  if ('all' in c) return { all: c.all.map((x) => renameEntityInCondition(x, from, to)) };
  if ('any' in c) return { any: c.any.map((x) => renameEntityInCondition(x, from, to)) };
  if ('not' in c) return { not: renameEntityInCondition(c.not, from, to) };
  if ('exists' in c) {
    return {
      ...c,
      ...(c.exists === from && { exists: to }),
      ...(c.where && { where: renameEntityInCondition(c.where, from, to) }),
    };
  }
  if ('related' in c && c.where) return { ...c, where: renameEntityInCondition(c.where, from, to) };
  return c;
}

/** Renames a field inside a condition tree (comparisons, presence and time-window tests). */
export function renameFieldInCondition(c: Condition, from: string, to: string): Condition {
  return mapTests(c, (t) => ('field' in t && t.field === from ? { ...t, field: to } : t));
}

const renameIn = (list: string[] | undefined, from: string, to: string) =>
  list?.map((x) => (x === from ? to : x));

/**
 * Renames field `index` of an entity and everything that names it: the key, encrypted fields,
 * indexes, the rule attached to the field, the entity's scope, permissions on the entity
 * (writable and hidden fields, scopes) and relations that link through it. While a typed name
 * briefly equals another field's, only the field itself changes: the references stay with the
 * field that had the name first.
 */
export function renameField(doc: DesignerDocument, id: string, index: number, to: string): DesignerDocument {
  const node = doc.nodes.find((n) => n.id === id);
  const field = node?.kind === 'entity' ? node.data.fields[index] : undefined;
  if (node?.kind !== 'entity' || !field || field.name === to) return doc;
  const from = field.name;
  const fields = node.data.fields.map((f, i) => (i === index ? { ...f, name: to } : f));
  if (node.data.fields.some((f, i) => i !== index && f.name === from)) {
    return {
      ...doc,
      nodes: doc.nodes.map((n) => (n === node ? { ...node, data: { ...node.data, fields } } : n)),
    };
  }
  const { offline, indexes, key } = node.data;
  const encrypt = renameIn(offline.encrypt, from, to);
  const entity: GraphNode = {
    ...node,
    data: {
      ...node.data,
      key: key === from ? to : key,
      fields,
      offline: { ...offline, ...(encrypt && { encrypt }) },
      ...(indexes && {
        indexes: indexes.map((ix) => ({ ...ix, fields: ix.fields.map((f) => (f === from ? to : f)) })),
      }),
    },
  };
  const scopes = new Set(doc.edges.filter((e) => e.kind === 'scope' && e.target === id).map((e) => e.source));
  const nodes = doc.nodes.map((n) => {
    if (n === node) return entity;
    if (n.kind === 'scope' && scopes.has(n.id)) {
      return { ...n, data: { condition: renameFieldInCondition(n.data.condition, from, to) } };
    }
    return n;
  });
  const edges = doc.edges.map((e): GraphEdge => {
    if (e.kind === 'rule' && e.target === id && e.data.field === from) return { ...e, data: { field: to } };
    if (e.kind === 'permission' && e.target === id) {
      const { writableFields, hiddenFields, scope } = e.data;
      const writable = renameIn(writableFields, from, to);
      const hidden = renameIn(hiddenFields, from, to);
      return {
        ...e,
        data: {
          ...e.data,
          ...(writable && { writableFields: writable }),
          ...(hidden && { hiddenFields: hidden }),
          ...(scope && { scope: renameFieldInCondition(scope, from, to) }),
        },
      };
    }
    if (e.kind === 'relation' && e.data.field === from) {
      // many-to-one: the source entity holds the field; one-to-many: the target does.
      const holder = e.data.kind === 'many-to-one' ? e.source : e.target;
      if (holder === id) return { ...e, data: { ...e.data, field: to } };
    }
    return e;
  });
  return { ...doc, nodes, edges };
}

/**
 * Renames an entity and every place that names it: reference fields and the offline states' entity
 * lists. (Relations and permissions are edges, so they follow by themselves.) While the new name is
 * also another entity's, references stay with that other entity.
 */
export function renameEntity(doc: DesignerDocument, id: string, to: string): DesignerDocument {
  const node = doc.nodes.find((n) => n.id === id);
  if (node?.kind !== 'entity' || node.data.name === to) return doc;
  const from = node.data.name;
  const clash = doc.nodes.some((n) => n.kind === 'entity' && n.id !== id && n.data.name === from);
  const swap = (name: string) => (!clash && name === from ? to : name);
  const nodes = doc.nodes.map((n): GraphNode => {
    if (n.kind === 'entity') {
      const fields = n.data.fields.map((f) =>
        f.type === 'reference' && f.entity === from ? { ...f, entity: swap(f.entity) } : f,
      );
      return { ...n, data: { ...n.data, ...(n.id === id && { name: to }), fields } };
    }
    if (n.kind === 'offlineState') {
      const { state } = n.data;
      const entities = state.sync.entities?.map(swap);
      const entityWrites = state.entityWrites?.map((w) => ({ ...w, entity: swap(w.entity) }));
      return {
        ...n,
        data: {
          ...n.data,
          state: {
            ...state,
            sync: { ...state.sync, ...(entities && { entities }) },
            ...(entityWrites && { entityWrites }),
          },
        },
      };
    }
    if (n.kind === 'scope' && !clash) {
      return { ...n, data: { condition: renameEntityInCondition(n.data.condition, from, to) } };
    }
    return n;
  });
  const edges = clash
    ? doc.edges
    : doc.edges.map(
        (e): GraphEdge =>
          e.kind === 'permission' && e.data.scope
            ? { ...e, data: { ...e.data, scope: renameEntityInCondition(e.data.scope, from, to) } }
            : e,
      );
  const subscriptions = doc.subscriptions?.map((sub) => ({
    ...sub,
    entity: swap(sub.entity),
    where: clash ? sub.where : renameEntityInCondition(sub.where, from, to),
  }));
  return { ...doc, nodes, edges, ...(subscriptions && { subscriptions }) };
}

/** Renames a role test (`{ role }`) inside a condition tree. */
export function renameRoleInCondition(c: Condition, from: string, to: string): Condition {
  return mapTests(c, (t) => ('role' in t && t.role === from ? { role: to } : t));
}

/**
 * Renames a role and the "user has role" tests that name it, in offline scopes and in permission
 * scopes. While the new name is also another role's, the tests stay with that other role.
 */
export function renameRole(doc: DesignerDocument, id: string, to: string): DesignerDocument {
  const node = doc.nodes.find((n) => n.id === id);
  if (node?.kind !== 'role' || node.data.name === to) return doc;
  const from = node.data.name;
  const clash = doc.nodes.some((n) => n.kind === 'role' && n.id !== id && n.data.name === from);
  const nodes = doc.nodes.map((n): GraphNode => {
    if (n === node) return { ...node, data: { ...node.data, name: to } };
    if (!clash && n.kind === 'scope')
      return { ...n, data: { condition: renameRoleInCondition(n.data.condition, from, to) } };
    return n;
  });
  const edges = clash
    ? doc.edges
    : doc.edges.map(
        (e): GraphEdge =>
          e.kind === 'permission' && e.data.scope
            ? { ...e, data: { ...e.data, scope: renameRoleInCondition(e.data.scope, from, to) } }
            : e,
      );
  return { ...doc, nodes, edges };
}
