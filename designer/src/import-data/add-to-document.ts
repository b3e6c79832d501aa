import type { Entity } from '@syncraft/runtime/spec';
import { entityData } from '../compiler/decompile';
import { newId } from '../graph/ids';
import type { DesignerDocument, GraphEdge, GraphNode } from '../graph/types';

/**
 * Adds entities to a drawing the way a person would draw them: an entity card, its conflict rule
 * (and one per field override), its edge to its priority lane, and its relations (to each other or
 * to entities already drawn). Positions are left at the origin; the caller lays the drawing out.
 */
export function addEntitiesToDocument(doc: DesignerDocument, entities: readonly Entity[]): DesignerDocument {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const at = { x: 0, y: 0 };
  const idOf = new Map<string, string>();
  for (const n of doc.nodes) if (n.kind === 'entity') idOf.set(n.data.name, n.id);
  const laneOf = new Map<string, string>();
  for (const n of doc.nodes) if (n.kind === 'priority') laneOf.set(n.data.priority, n.id);
  for (const e of entities) idOf.set(e.name, newId('entity'));

  for (const entity of entities) {
    const id = idOf.get(entity.name)!;
    const { fields, relations, sync, conflict } = entity;
    nodes.push({ id, kind: 'entity', position: { ...at }, data: entityData(entity) });
    const lane = laneOf.get(sync.priority);
    if (lane) edges.push({ id: newId('priority'), kind: 'priority', source: id, target: lane, data: {} });
    const rule = newId('rule');
    nodes.push({ id: rule, kind: 'conflictRule', position: { ...at }, data: { rule: conflict } });
    edges.push({ id: rule, kind: 'rule', source: rule, target: id, data: {} });
    for (const field of fields) {
      if (!field.conflict) continue;
      const override = newId('rule');
      nodes.push({ id: override, kind: 'conflictRule', position: { ...at }, data: { rule: field.conflict } });
      edges.push({ id: override, kind: 'rule', source: override, target: id, data: { field: field.name } });
    }
    for (const relation of relations ?? []) {
      const { entity: other, ...data } = relation;
      const target = idOf.get(other);
      if (target) edges.push({ id: newId('relation'), kind: 'relation', source: id, target, data });
    }
  }
  return { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] };
}
