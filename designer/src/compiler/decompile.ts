import { type Entity, PRIORITIES, type SyncSpec } from '@syncraft/runtime/spec';
import type { DesignerDocument, EntityData, FieldDraft, GraphEdge, GraphNode } from '../graph/types';

/**
 * Turns a spec into a graph document: one node per entity, rule, scope, state, role, the four
 * priority lanes and the retry policy; edges for everything that connects them. Nodes and edges keep
 * spec order, so `compile(decompile(spec)).spec` deep-equals `spec` for every spec that
 * {@link representabilityProblems} accepts. Positions are all zero: run `layout` next.
 */
export function decompile(spec: SyncSpec): DesignerDocument {
  const nodes: GraphNode[] = [];
  const relationEdges: GraphEdge[] = [];
  const priorityEdges: GraphEdge[] = [];
  const ruleEdges: GraphEdge[] = [];
  const scopeEdges: GraphEdge[] = [];
  const permissionEdges: GraphEdge[] = [];
  const transitionEdges: GraphEdge[] = [];
  const at = { x: 0, y: 0 };
  const ruleNodes: GraphNode[] = [];
  const scopeNodes: GraphNode[] = [];

  const entityIds = new Map<string, string>();
  spec.entities.forEach((entity, i) => {
    if (!entityIds.has(entity.name)) entityIds.set(entity.name, `entity-${i}`);
  });

  spec.entities.forEach((entity, i) => {
    const id = `entity-${i}`;
    const { fields, relations, offline, sync, conflict } = entity;
    const { scope } = offline;
    const { priority } = sync;
    nodes.push({ id, kind: 'entity', position: { ...at }, data: entityData(entity) });
    priorityEdges.push({
      id: `priority-${i}`,
      kind: 'priority',
      source: id,
      target: `priority-${priority}`,
      data: {},
    });
    ruleNodes.push({ id: `rule-${i}`, kind: 'conflictRule', position: { ...at }, data: { rule: conflict } });
    ruleEdges.push({ id: `rule-${i}`, kind: 'rule', source: `rule-${i}`, target: id, data: {} });
    fields.forEach((field, f) => {
      if (!field.conflict) return;
      const ruleId = `rule-${i}-${f}`;
      ruleNodes.push({
        id: ruleId,
        kind: 'conflictRule',
        position: { ...at },
        data: { rule: field.conflict },
      });
      ruleEdges.push({ id: ruleId, kind: 'rule', source: ruleId, target: id, data: { field: field.name } });
    });
    if (scope !== undefined) {
      scopeNodes.push({ id: `scope-${i}`, kind: 'scope', position: { ...at }, data: { condition: scope } });
      scopeEdges.push({ id: `scope-${i}`, kind: 'scope', source: `scope-${i}`, target: id, data: {} });
    }
    (relations ?? []).forEach((relation, r) => {
      const { entity: other, ...data } = relation;
      const target = entityIds.get(other);
      if (target)
        relationEdges.push({ id: `relation-${i}-${r}`, kind: 'relation', source: id, target, data });
    });
  });
  nodes.push(...ruleNodes, ...scopeNodes);

  for (const priority of PRIORITIES) {
    nodes.push({ id: `priority-${priority}`, kind: 'priority', position: { ...at }, data: { priority } });
  }

  const stateIds = new Map<string, string>();
  spec.offlineStates.states.forEach((state, i) => {
    const id = `state-${i}`;
    if (!stateIds.has(state.name)) stateIds.set(state.name, id);
    const initial = state.name === spec.offlineStates.initial && stateIds.get(state.name) === id;
    nodes.push({ id, kind: 'offlineState', position: { ...at }, data: { state, initial } });
  });
  if (spec.offlineStates.transitions.some((t) => t.from === '*')) {
    nodes.push({ id: 'any-state', kind: 'anyState', position: { ...at }, data: {} });
  }
  spec.offlineStates.transitions.forEach((transition, t) => {
    const { from, to, ...data } = transition;
    const source = from === '*' ? 'any-state' : stateIds.get(from);
    const target = stateIds.get(to);
    if (source && target)
      transitionEdges.push({ id: `transition-${t}`, kind: 'transition', source, target, data });
  });

  spec.roles.forEach((role, i) => {
    const id = `role-${i}`;
    const { name, description, permissions } = role;
    nodes.push({
      id,
      kind: 'role',
      position: { ...at },
      data: { name, ...(description !== undefined && { description }) },
    });
    permissions.forEach((permission, p) => {
      const { entity, ...data } = permission;
      const target = entityIds.get(entity);
      if (target)
        permissionEdges.push({ id: `permission-${i}-${p}`, kind: 'permission', source: id, target, data });
    });
  });

  nodes.push({ id: 'retry', kind: 'retryPolicy', position: { ...at }, data: { retry: spec.retry } });

  return {
    format: 1,
    app: spec.app,
    parameters: spec.parameters ?? [],
    nodes,
    edges: [
      ...relationEdges,
      ...priorityEdges,
      ...ruleEdges,
      ...scopeEdges,
      ...permissionEdges,
      ...transitionEdges,
    ],
    ...(spec.subscriptions !== undefined && { subscriptions: structuredClone(spec.subscriptions) }),
    ...(spec.$schema !== undefined && { specSchema: spec.$schema }),
    ...(spec.parameters !== undefined && spec.parameters.length === 0 && { emptyParameters: true as const }),
  };
}

/** An entity card's data: the entity without the parts drawn as edges (priority, rules, scope, relations). */
export function entityData(entity: Entity): EntityData {
  const { name, description, key, fields, indexes, relations, offline, sync } = entity;
  const { scope: _scope, ...offlineRest } = offline;
  const { priority: _priority, ...syncRest } = sync;
  return {
    name,
    ...(description !== undefined && { description }),
    key,
    fields: fields.map(({ conflict: _rule, ...rest }) => rest as FieldDraft),
    ...(indexes !== undefined && { indexes }),
    offline: offlineRest,
    sync: syncRest,
    ...(relations !== undefined && relations.length === 0 && { emptyRelations: true as const }),
  };
}
