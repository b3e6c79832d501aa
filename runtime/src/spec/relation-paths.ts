import type { Condition, Entity, ExistsCondition, RelatedCondition, SyncSpec } from './types';

/**
 * How many relation hops one condition may take (`related` and `exists` nested in each other).
 * Deeper conditions are a lint error and never match at run time: every hop is a join on the
 * server and a look-up on the device, so the bound keeps both cheap.
 */
export const MAX_RELATION_DEPTH = 3;

/**
 * One hop of a relation condition.
 * - `parent`: the record's `field` holds the key of one `target` record (`related`).
 * - `children`: `target` records whose `field` holds this record's key (`exists`).
 */
export interface RelationStep {
  readonly kind: 'parent' | 'children';
  readonly target: Entity;
  readonly field: string;
}

/** A resolved hop, or why the name does not lead anywhere (for lint and the designer). */
export type StepResolution =
  | { readonly ok: true; readonly step: RelationStep }
  | { readonly ok: false; readonly message: string; readonly hint: string };

const entityOf = (spec: SyncSpec, name: string) => spec.entities.find((e) => e.name === name);

/**
 * Resolves `related`: a many-to-one relation of `entity` by name, else a reference field of it.
 *
 * @example
 * resolveRelated(spec, visit, 'job') // → { ok: true, step: { kind: 'parent', target: Job, field: 'jobId' } }
 */
export function resolveRelated(spec: SyncSpec, entity: Entity, name: string): StepResolution {
  const relation = entity.relations?.find((r) => r.name === name && r.kind === 'many-to-one');
  const field = relation
    ? entity.fields.find((f) => f.name === relation.field)
    : entity.fields.find((f) => f.name === name);
  const targetName = relation ? relation.entity : field?.type === 'reference' ? field.entity : undefined;
  const target = targetName === undefined ? undefined : entityOf(spec, targetName);
  if (target && field) return { ok: true, step: { kind: 'parent', target, field: field.name } };
  const refs = [
    ...(entity.relations ?? []).filter((r) => r.kind === 'many-to-one').map((r) => r.name),
    ...entity.fields.filter((f) => f.type === 'reference').map((f) => f.name),
  ];
  return {
    ok: false,
    message: `“${name}” is neither a many-to-one relation nor a reference field of entity “${entity.name}”${targetName && !target ? ` (it points at “${targetName}”, which is not an entity)` : ''}.`,
    hint:
      refs.length > 0
        ? `Follow one of: ${refs.map((r) => `“${r}”`).join(', ')}.`
        : `Give ${entity.name} a reference field (type "reference") to the record it belongs to.`,
  };
}

/**
 * Resolves `exists`: a one-to-many relation of `entity` by name, else an entity that references
 * `entity` (through `via`, or through its only reference field that points at `entity`).
 *
 * @example
 * resolveExists(spec, list, 'ListMember') // → { ok: true, step: { kind: 'children', target: ListMember, field: 'listId' } }
 */
export function resolveExists(spec: SyncSpec, entity: Entity, name: string, via?: string): StepResolution {
  const relation = entity.relations?.find((r) => r.name === name && r.kind === 'one-to-many');
  if (relation) {
    const target = entityOf(spec, relation.entity);
    if (target && (via === undefined || via === relation.field)) {
      return { ok: true, step: { kind: 'children', target, field: relation.field } };
    }
  }
  const target = entityOf(spec, relation?.entity ?? name);
  if (!target) {
    return {
      ok: false,
      message: `“${name}” is neither a one-to-many relation of entity “${entity.name}” nor an entity.`,
      hint: 'Name the entity whose records point at this one (for example a membership entity), or a one-to-many relation.',
    };
  }
  const pointing = target.fields
    .filter((f) => f.type === 'reference' && f.entity === entity.name)
    .map((f) => f.name);
  const candidates = via === undefined ? pointing : pointing.filter((f) => f === via);
  if (candidates.length === 1) return { ok: true, step: { kind: 'children', target, field: candidates[0]! } };
  if (candidates.length === 0) {
    return {
      ok: false,
      message:
        via === undefined
          ? `Entity “${target.name}” has no reference field that points at “${entity.name}”.`
          : `“${via}” is not a reference field of “${target.name}” that points at “${entity.name}”.`,
      hint:
        pointing.length > 0
          ? `Use "via" with one of: ${pointing.map((f) => `“${f}”`).join(', ')}.`
          : `Add a field of type "reference" with "entity": "${entity.name}" to ${target.name}.`,
    };
  }
  return {
    ok: false,
    message: `Entity “${target.name}” points at “${entity.name}” through several fields (${candidates.map((f) => `“${f}”`).join(', ')}).`,
    hint: 'Say which one with "via".',
  };
}

/** Resolves the hop of a relation condition. */
export function resolveStep(
  spec: SyncSpec,
  entity: Entity,
  condition: RelatedCondition | ExistsCondition,
): StepResolution {
  return 'related' in condition
    ? resolveRelated(spec, entity, condition.related)
    : resolveExists(spec, entity, condition.exists, condition.via);
}

/** True when the condition (or anything nested in it) follows a relation. */
export function usesRelations(condition: Condition | undefined): boolean {
  if (condition === undefined || typeof condition !== 'object' || condition === null) return false;
  if ('related' in condition || 'exists' in condition) return true;
  if ('all' in condition) return Array.isArray(condition.all) && condition.all.some(usesRelations);
  if ('any' in condition) return Array.isArray(condition.any) && condition.any.some(usesRelations);
  if ('not' in condition) return usesRelations(condition.not);
  return false;
}

/** Who is asking, as far as device scopes care: roles and the subscriptions they hold open. */
export interface ScopeCaller {
  readonly roles: readonly string[];
  /** Open subscriptions, their parameters already bound into `condition`. */
  readonly subscriptions?: ReadonlyArray<{ readonly entity: string; readonly condition: Condition }>;
}

/** Always false: an `any` of nothing (the internal form of "no record", never written in a spec). */
const NOTHING = { any: [] } as unknown as Condition;

/**
 * The conditions that decide whether a record of `entity` belongs on a device of `caller`: what the
 * device keeps (`offline`: the entity's offline scope, or, for an entity that subscriptions name,
 * the offline scope OR one of the caller's open subscriptions on it; all must hold) and the read
 * grants of the caller's roles (one must hold; `undefined` in the list means a grant without a
 * scope, so any record).
 */
export function deviceScopeParts(
  spec: SyncSpec,
  entity: Entity,
  caller: ScopeCaller,
): { readonly offline: Condition | undefined; readonly read: ReadonlyArray<Condition | undefined> } {
  const read: Array<Condition | undefined> = [];
  for (const role of spec.roles) {
    if (!caller.roles.includes(role.name)) continue;
    for (const grant of role.permissions) {
      if (grant.entity === entity.name && grant.actions.includes('read')) read.push(grant.scope);
    }
  }
  if (!subscribed(spec, entity)) return { offline: entity.offline.scope, read };
  const open = (caller.subscriptions ?? []).filter((s) => s.entity === entity.name).map((s) => s.condition);
  const kept = entity.offline.scope ? [entity.offline.scope, ...open] : open;
  return { offline: kept.length === 0 ? NOTHING : { any: kept }, read };
}

/** True when a subscription names the entity: its records reach devices on demand. */
export function subscribed(spec: SyncSpec, entity: Entity): boolean {
  return (spec.subscriptions ?? []).some((s) => s.entity === entity.name);
}
