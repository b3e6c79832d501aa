import type { RecordValues } from '../protocol/types';
import type { Condition, Entity, Permission, SyncSpec } from '../spec/types';
import { evaluateCondition, type RelationContext } from './condition';
import type { AccessContext } from './context';

/** What a role may do with an entity's records. */
export type Action = Permission['actions'][number];

/** The record scope of one action: any record, or records matching at least one of the conditions. */
export type ActionScope =
  | { readonly kind: 'any' }
  | { readonly kind: 'matching'; readonly conditions: readonly Condition[] };

/**
 * The permissions of a set of roles on one entity, merged: an action is allowed when any role
 * allows it, within the union (OR) of those roles' scopes.
 */
export interface EntityPermissions {
  readonly entity: string;
  /** Action → its scope; an action missing here is not allowed at all. */
  readonly actions: ReadonlyMap<Action, ActionScope>;
  /**
   * Fields that some create or update grant lets the caller set (`undefined`: some grant sets every
   * field). Only a first filter: a write must be allowed by one grant on its own (`decideWrite`).
   */
  readonly writableFields: ReadonlySet<string> | undefined;
  /** The caller's grants on the entity, each decided on its own for writes (`decideWrite`). */
  readonly grants: readonly Permission[];
  /** Fields hidden from the caller: hidden by every role that can read the entity. */
  readonly hiddenFields: ReadonlySet<string>;
}

/**
 * Merges the permissions that `roles` give on `entity` for reading (union of scopes) and keeps
 * each grant for deciding writes. Role names not in the spec are ignored.
 *
 * @example
 * const perms = permissionsFor(spec, ['technician'], 'Job');
 * perms.actions.has('delete'); // false
 */
export function permissionsFor(spec: SyncSpec, roles: readonly string[], entity: string): EntityPermissions {
  const grants = spec.roles
    .filter((role) => roles.includes(role.name))
    .flatMap((role) => role.permissions.filter((p) => p.entity === entity));
  const actions = new Map<Action, ActionScope>();
  let writable: Set<string> | undefined = new Set();
  let hidden: Set<string> | undefined;
  for (const grant of grants) {
    for (const action of grant.actions) {
      const before = actions.get(action);
      if (before?.kind === 'any') continue;
      if (grant.scope === undefined) actions.set(action, { kind: 'any' });
      else
        actions.set(action, { kind: 'matching', conditions: [...(before?.conditions ?? []), grant.scope] });
    }
    if (grant.actions.includes('create') || grant.actions.includes('update')) {
      if (grant.writableFields === undefined) writable = undefined;
      else if (writable) for (const f of grant.writableFields) writable.add(f);
    }
    if (grant.actions.includes('read')) {
      const mine = new Set(grant.hiddenFields ?? []);
      hidden = hidden === undefined ? mine : new Set([...hidden].filter((f) => mine.has(f)));
    }
  }
  return { entity, actions, writableFields: writable, grants, hiddenFields: hidden ?? new Set() };
}

/**
 * True when the permissions allow `action` on this record (the record lies in the action's scope).
 * Scopes that follow relations need `relations` (see `loadRelated`); without it they do not match.
 */
export function allows(
  permissions: EntityPermissions,
  action: Action,
  record: RecordValues,
  ctx: AccessContext,
  relations?: RelationContext,
): boolean {
  const scope = permissions.actions.get(action);
  if (!scope) return false;
  return scope.kind === 'any' || scope.conditions.some((c) => evaluateCondition(c, record, ctx, relations));
}

/** True when the caller's roles may read this record of `entity`. */
export function canRead(spec: SyncSpec, entity: Entity, record: RecordValues, ctx: AccessContext): boolean {
  return allows(permissionsFor(spec, ctx.roles, entity.name), 'read', record, ctx);
}

/**
 * True when some grant of the caller's roles lets them perform the write `action` on this record
 * of `entity` (its scope only). The whole decision, fields included, is `decideWrite`.
 */
export function canWrite(
  spec: SyncSpec,
  entity: Entity,
  action: Exclude<Action, 'read'>,
  record: RecordValues,
  ctx: AccessContext,
): boolean {
  return allows(permissionsFor(spec, ctx.roles, entity.name), action, record, ctx);
}

/**
 * The first field in `fields` that no grant lets the caller set, if any: a first filter that needs
 * no stored record. Passing it does not mean one grant allows all of them (see `decideWrite`).
 */
export function unwritableField(
  permissions: EntityPermissions,
  fields: Iterable<string>,
): string | undefined {
  for (const field of fields) {
    if (permissions.hiddenFields.has(field)) return field;
    if (permissions.writableFields && !permissions.writableFields.has(field)) return field;
  }
  return undefined;
}
