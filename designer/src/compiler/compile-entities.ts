import type { ConflictRule, Entity, Field, Relation } from '@syncraft/runtime/spec';
import { pointer } from '@syncraft/runtime/spec';
import type { NodeOf } from '../graph/types';
import type { CompileContext } from './context';

/** Compiles every entity node, in document order, with its edges (priority, rules, scope, relations). */
export function compileEntities(ctx: CompileContext): Entity[] {
  const entities = ctx.doc.nodes.filter((n): n is NodeOf<'entity'> => n.kind === 'entity');
  return entities.map((node, i) => compileEntity(ctx, node, i));
}

function compileEntity(ctx: CompileContext, node: NodeOf<'entity'>, i: number): Entity {
  const at = pointer('entities', i);
  const self = { type: 'node', id: node.id } as const;
  const { name, description, key, fields, indexes, offline, sync, emptyRelations } = node.data;
  ctx.own(at, self);

  const priorityEdges = ctx.from(node.id, 'priority');
  const lane = priorityEdges.map((e) => ctx.nodes.get(e.target)).find((n) => n?.kind === 'priority');
  if (lane?.kind !== 'priority') {
    ctx.report(
      'SPEC010',
      `${at}/sync/priority`,
      `Entity “${name}” has no sync priority.`,
      'Connect the entity to one of the priority lanes (critical, high, normal or low).',
      self,
    );
  } else if (priorityEdges.length > 1) {
    ctx.report(
      'SPEC019',
      `${at}/sync/priority`,
      `Entity “${name}” is connected to ${priorityEdges.length} priority lanes.`,
      'Keep one priority edge and delete the others.',
      self,
    );
  }
  if (priorityEdges[0]) ctx.own(`${at}/sync/priority`, { type: 'edge', id: priorityEdges[0].id });

  const ruleEdges = ctx.to(node.id, 'rule');
  const entityRules = ruleEdges.filter((e) => e.data.field === undefined);
  const entityRule = ruleOf(ctx, entityRules[0]?.source);
  if (!entityRule) {
    ctx.report(
      'SPEC010',
      `${at}/conflict`,
      `Entity “${name}” has no conflict rule.`,
      'Drag a conflict rule onto the canvas and connect it to the entity.',
      self,
    );
  } else {
    ctx.own(`${at}/conflict`, { type: 'node', id: entityRules[0]!.source });
    if (entityRules.length > 1) {
      ctx.report(
        'SPEC019',
        `${at}/conflict`,
        `Entity “${name}” has ${entityRules.length} conflict rules.`,
        'Keep one rule on the entity; attach the others to single fields instead.',
        self,
      );
    }
  }

  const compiledFields: Field[] = fields.map((field, f) => {
    const edges = ruleEdges.filter((e) => e.data.field === field.name);
    const rule = ruleOf(ctx, edges[0]?.source);
    const fieldAt = pointer('entities', i, 'fields', f);
    if (edges[0]) ctx.own(`${fieldAt}/conflict`, { type: 'node', id: edges[0].source });
    if (edges.length > 1) {
      ctx.report(
        'SPEC019',
        `${fieldAt}/conflict`,
        `Field “${field.name}” of “${name}” has ${edges.length} conflict rules.`,
        'Keep one rule on the field and delete the other edges.',
        self,
      );
    }
    return (rule ? { ...field, conflict: rule } : { ...field }) as Field;
  });
  const fieldNames = new Set(fields.map((f) => f.name));
  for (const edge of ruleEdges) {
    if (edge.data.field !== undefined && !fieldNames.has(edge.data.field)) {
      ctx.report(
        'SPEC019',
        at,
        `A conflict rule is attached to field “${edge.data.field}”, which entity “${name}” does not have.`,
        'Delete the edge or add the field back.',
        { type: 'edge', id: edge.id },
      );
    }
  }

  const scopeEdges = ctx.to(node.id, 'scope');
  const scopeNode = scopeEdges.map((e) => ctx.nodes.get(e.source)).find((n) => n?.kind === 'scope');
  const scope = scopeNode?.kind === 'scope' ? scopeNode.data.condition : undefined;
  if (scopeNode) ctx.own(`${at}/offline/scope`, { type: 'node', id: scopeNode.id });
  if (scopeEdges.length > 1) {
    ctx.report(
      'SPEC019',
      `${at}/offline/scope`,
      `Entity “${name}” has ${scopeEdges.length} scopes.`,
      'Combine the conditions into one scope with an “all” or “any” group.',
      self,
    );
  }

  const relations: Relation[] = [];
  for (const edge of ctx.from(node.id, 'relation')) {
    const target = ctx.nodes.get(edge.target);
    if (target?.kind !== 'entity') continue;
    ctx.own(pointer('entities', i, 'relations', relations.length), { type: 'edge', id: edge.id });
    const { name: relName, kind, field, onDelete } = edge.data;
    relations.push({ name: relName, kind, entity: target.data.name, field, onDelete });
  }

  const entity: Entity = {
    name,
    ...(description !== undefined && { description }),
    key,
    fields: compiledFields,
    ...(indexes !== undefined && { indexes }),
    ...((relations.length > 0 || emptyRelations) && { relations }),
    offline: { ...offline, ...(scope !== undefined && { scope }) },
    sync: { ...(lane?.kind === 'priority' && { priority: lane.data.priority }), ...sync } as Entity['sync'],
    conflict: entityRule as ConflictRule,
  };
  if (!entityRule) delete (entity as Partial<Entity>).conflict;
  return entity;
}

function ruleOf(ctx: CompileContext, id: string | undefined): ConflictRule | undefined {
  if (id === undefined) return undefined;
  const node = ctx.nodes.get(id);
  return node?.kind === 'conflictRule' ? node.data.rule : undefined;
}
