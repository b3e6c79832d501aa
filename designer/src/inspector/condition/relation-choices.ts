import { MAX_RELATION_DEPTH } from '@syncraft/runtime/spec';
import type { DesignerDocument } from '../../graph/types';

/**
 * What the condition builder needs to know about the drawing to offer relation hops: each
 * entity's fields and relations, the declared parameters and the roles. Plain data (no React),
 * built from the document by {@link relationModel}, so the inspector can compare it cheaply and
 * tests can build it without a store.
 */
export interface RelationModel {
  readonly entities: readonly ModelEntity[];
  readonly params: readonly string[];
  readonly roles: readonly string[];
}

/** One entity of the drawing as the builder sees it. */
export interface ModelEntity {
  readonly name: string;
  readonly fields: readonly { readonly name: string; readonly type: string; readonly entity?: string }[];
  /** Relation edges drawn from this entity (`target` is the other entity's name). */
  readonly relations: readonly {
    readonly name: string;
    readonly kind: 'many-to-one' | 'one-to-many';
    readonly target: string;
    readonly field: string;
  }[];
}

/**
 * One hop the builder offers. `parent`: `{ related: name }` reaches the one `target` record this
 * record's `field` points at. `children`: `{ exists: name, via? }` asks for `target` records whose
 * `field` points at this one. Names are chosen so that the spec module's `resolveRelated` /
 * `resolveExists` resolve them to the same hop.
 */
export interface RelationChoice {
  readonly kind: 'parent' | 'children';
  /** The value of `related` or `exists`. */
  readonly name: string;
  /** Set when the target points here through several fields and the hop must say which. */
  readonly via?: string;
  readonly target: string;
  /** The linking field: on this entity for a parent, on the target for children. */
  readonly field: string;
  /** What the select shows, e.g. "Job (through jobId)". */
  readonly label: string;
  /**
   * Other spellings of the same hop (a parent's reference field for its relation, `ListMember` or
   * `ListMember/listId` for a one-to-many relation), so a hop written either way is recognised.
   */
  readonly aliases: readonly string[];
}

/** The drawing's entities (with their relation edges), parameters and roles. */
export function relationModel(doc: DesignerDocument): RelationModel {
  const names = new Map<string, string>();
  for (const n of doc.nodes) if (n.kind === 'entity') names.set(n.id, n.data.name);
  const entities: ModelEntity[] = [];
  for (const n of doc.nodes) {
    if (n.kind !== 'entity') continue;
    const relations: ModelEntity['relations'][number][] = [];
    for (const e of doc.edges) {
      const target = names.get(e.target);
      if (e.kind === 'relation' && e.source === n.id && target !== undefined) {
        relations.push({ name: e.data.name, kind: e.data.kind, target, field: e.data.field });
      }
    }
    entities.push({
      name: n.data.name,
      fields: n.data.fields.map((f) =>
        f.type === 'reference'
          ? { name: f.name, type: f.type, entity: f.entity }
          : { name: f.name, type: f.type },
      ),
      relations,
    });
  }
  return {
    entities,
    params: doc.parameters.map((p) => p.name),
    roles: doc.nodes.flatMap((n) => (n.kind === 'role' ? [n.data.name] : [])),
  };
}

/**
 * The hops a condition on `entity` can take: its many-to-one relations and reference fields
 * (parents), its one-to-many relations and the entities whose reference fields point at it
 * (children, with `via` when one entity points here through several fields).
 *
 * @example
 * relationChoices(model, 'List')
 * // → [{ kind: 'children', name: 'ListMember', target: 'ListMember', field: 'listId', … }, { kind: 'children', name: 'Todo', … }]
 */
export function relationChoices(model: RelationModel, entity: string): RelationChoice[] {
  const self = model.entities.find((e) => e.name === entity);
  if (!self) return [];
  const exists = (name: string) => model.entities.some((e) => e.name === name);
  const out: RelationChoice[] = [];
  const parentFields = new Set<string>();
  for (const r of self.relations) {
    if (r.kind !== 'many-to-one' || !exists(r.target) || !self.fields.some((f) => f.name === r.field))
      continue;
    parentFields.add(r.field);
    const field = self.fields.find((f) => f.name === r.field);
    out.push({
      kind: 'parent',
      name: r.name,
      target: r.target,
      field: r.field,
      label: `${r.target} (${r.name})`,
      aliases: field?.type === 'reference' && field.entity === r.target ? [r.field] : [],
    });
  }
  for (const f of self.fields) {
    if (f.type !== 'reference' || f.entity === undefined || !exists(f.entity) || parentFields.has(f.name))
      continue;
    if (out.some((c) => c.name === f.name)) continue;
    out.push({
      kind: 'parent',
      name: f.name,
      target: f.entity,
      field: f.name,
      label: `${f.entity} (${f.name})`,
      aliases: [],
    });
  }
  const childLinks = new Set<string>();
  for (const r of self.relations) {
    if (r.kind !== 'one-to-many' || !exists(r.target)) continue;
    childLinks.add(`${r.target}.${r.field}`);
    const pointing = model.entities
      .find((e) => e.name === r.target)
      ?.fields.filter((f) => f.type === 'reference' && f.entity === entity);
    out.push({
      kind: 'children',
      name: r.name,
      target: r.target,
      field: r.field,
      label: `${r.target} records (${r.name})`,
      aliases:
        pointing?.some((f) => f.name === r.field) === true
          ? [`${r.target}/${r.field}`, ...(pointing.length === 1 ? [r.target] : [])]
          : [],
    });
  }
  const oneToMany = new Set(self.relations.filter((r) => r.kind === 'one-to-many').map((r) => r.name));
  for (const other of model.entities) {
    // A one-to-many relation with the entity's name would shadow it in `resolveExists`.
    if (oneToMany.has(other.name)) continue;
    const pointing = other.fields.filter((f) => f.type === 'reference' && f.entity === entity);
    for (const f of pointing) {
      if (childLinks.has(`${other.name}.${f.name}`)) continue;
      const via = pointing.length > 1 ? f.name : undefined;
      out.push({
        kind: 'children',
        name: other.name,
        ...(via !== undefined && { via }),
        target: other.name,
        field: f.name,
        label: `${other.name} records (through ${f.name})`,
        aliases: via === undefined ? [`${other.name}/${f.name}`] : [],
      });
    }
  }
  return out;
}

/** The fields of an entity of the model, with their types. */
export function fieldsOf(model: RelationModel, entity: string): { name: string; type: string }[] {
  return (model.entities.find((e) => e.name === entity)?.fields ?? []).map((f) => ({
    name: f.name,
    type: f.type,
  }));
}

/** What the builder offers for a condition on `entity`, `hops` relation hops deep. */
export interface EntityChoices {
  readonly entity: string;
  readonly fields: readonly { readonly name: string; readonly type: string }[];
  readonly params: readonly string[];
  readonly roles: readonly string[];
  /** The hops this level may still take: none at the spec's hop limit. */
  readonly relations: readonly RelationChoice[];
  /** The choices for a condition on a related entity, one hop deeper. */
  readonly nested: (entity: string) => EntityChoices;
}

/**
 * Everything the condition builder offers for a condition on `entity`: its fields, the parameters
 * and roles, and the relation hops, with nested choices for the related entities up to the hop
 * limit (`MAX_RELATION_DEPTH`).
 */
export function conditionChoices(model: RelationModel, entity: string, hops = 0): EntityChoices {
  return {
    entity,
    fields: fieldsOf(model, entity),
    params: model.params,
    roles: model.roles,
    relations: hops < MAX_RELATION_DEPTH ? relationChoices(model, entity) : [],
    nested: (other) => conditionChoices(model, other, hops + 1),
  };
}
