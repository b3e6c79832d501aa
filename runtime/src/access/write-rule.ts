import { jsonEqual } from '../merge/values';
import type { RecordValues } from '../protocol/types';
import type { Condition, Entity, Permission } from '../spec/types';
import { evaluateCondition, type RelationContext } from './condition';
import type { AccessContext } from './context';
import type { EntityPermissions } from './permissions';

/** One write, as the write rules see it. */
export interface WriteAttempt {
  readonly action: 'create' | 'update' | 'delete';
  /** The stored record (update, delete). */
  readonly before?: RecordValues | undefined;
  /** The record as the write leaves it (create, update). */
  readonly after?: RecordValues | undefined;
  /** The fields the write carries, the key left out. */
  readonly fields: readonly string[];
}

/**
 * The decision on a write: `allowed` with the grant that allows all of it, or refused. `permission`
 * when a grant covers the records but not the fields (or the action is nowhere granted);
 * `out-of-scope` when no grant's scope, `before` or `after` condition covers the records.
 */
export type WriteVerdict =
  | { readonly allowed: true; readonly grant: Permission }
  | {
      readonly allowed: false;
      readonly reason: 'permission' | 'out-of-scope';
      /** Words for the person who wrote, without the caller's roles (the caller adds them). */
      readonly message: string;
      readonly field?: string;
    };

type GrantMiss =
  | { readonly kind: 'records'; readonly message: string }
  | { readonly kind: 'field'; readonly field: string; readonly message: string };

/** The conditions a grant puts on a write's records: scope on both sides, `before`, `after`. */
export function grantConditions(grant: Permission, action: WriteAttempt['action']): Condition[] {
  const out: Condition[] = [];
  if (grant.scope) out.push(grant.scope);
  if (action !== 'create' && grant.before) out.push(grant.before);
  if (action !== 'delete' && grant.after) out.push(grant.after);
  return out;
}

/** True when the field may not change once the record exists, under this grant. */
export function isFixed(entity: Entity, grant: Permission, field: string): boolean {
  return (
    grant.fixedFields?.includes(field) === true ||
    entity.fields.some((f) => f.name === field && f.fixed === true)
  );
}

function matches(
  condition: Condition | undefined,
  record: RecordValues | undefined,
  ctx: AccessContext,
  relations: RelationContext | undefined,
): boolean {
  return (
    condition === undefined || (record !== undefined && evaluateCondition(condition, record, ctx, relations))
  );
}

/** Why this one grant does not allow the write, or `undefined` when it does. */
function grantMiss(
  entity: Entity,
  grant: Permission,
  attempt: WriteAttempt,
  hidden: ReadonlySet<string>,
  ctx: AccessContext,
  relations: RelationContext | undefined,
): GrantMiss | undefined {
  const { action, before, after } = attempt;
  const name = entity.name;
  if (action !== 'create' && !matches(grant.scope, before, ctx, relations))
    return { kind: 'records', message: `this ${name} is outside what you may ${action}` };
  if (action !== 'create' && !matches(grant.before, before, ctx, relations))
    return { kind: 'records', message: `this ${name} is not in a state you may ${action}` };
  if (action === 'delete') return undefined;
  if (!matches(grant.scope, after, ctx, relations))
    return { kind: 'records', message: `the change would move this ${name} outside what you may ${action}` };
  if (!matches(grant.after, after, ctx, relations))
    return { kind: 'records', message: `the change would leave this ${name} in a state you may not write` };
  for (const field of attempt.fields) {
    if (hidden.has(field) || (grant.writableFields && !grant.writableFields.includes(field)))
      return { kind: 'field', field, message: `you may not change ${name}.${field}` };
    if (
      action === 'update' &&
      isFixed(entity, grant, field) &&
      !jsonEqual(before?.[field] ?? null, after?.[field] ?? null)
    )
      return { kind: 'field', field, message: `${name}.${field} is fixed once the record exists` };
  }
  return undefined;
}

/**
 * Decides a write by the caller's grants, each on its own: the write is allowed when ONE grant
 * with the action allows all of it (its scope holds for the stored record and for the result, its
 * `before` and `after` conditions hold, and every written field is among its writable fields, not
 * hidden from the caller and, on update, not fixed or unchanged). Grants never pool their fields.
 * Conditions that follow relations need `relations` (see `loadRelated`).
 *
 * @example
 * const verdict = decideWrite(job, permissionsFor(spec, ['doer'], 'Item'),
 *   { action: 'update', before: stored, after: { ...stored, done: true }, fields: ['done'] }, ctx);
 * if (!verdict.allowed) console.log(verdict.reason, verdict.message);
 */
export function decideWrite(
  entity: Entity,
  permissions: EntityPermissions,
  attempt: WriteAttempt,
  ctx: AccessContext,
  relations?: RelationContext,
): WriteVerdict {
  let closest: GrantMiss | undefined;
  for (const grant of permissions.grants) {
    if (!grant.actions.includes(attempt.action)) continue;
    const miss = grantMiss(entity, grant, attempt, permissions.hiddenFields, ctx, relations);
    if (miss === undefined) return { allowed: true, grant };
    // A grant that covers the records but not a field says more than one that misses the records.
    if (closest === undefined || (closest.kind === 'records' && miss.kind === 'field')) closest = miss;
  }
  if (closest === undefined)
    return {
      allowed: false,
      reason: 'permission',
      message: `you may not ${attempt.action} ${entity.name} records`,
    };
  return closest.kind === 'field'
    ? { allowed: false, reason: 'permission', message: closest.message, field: closest.field }
    : { allowed: false, reason: 'out-of-scope', message: closest.message };
}

/** Every condition the caller's grants for `action` put on records (to load related records first). */
export function writeConditions(permissions: EntityPermissions, action: WriteAttempt['action']): Condition[] {
  return permissions.grants
    .filter((g) => g.actions.includes(action))
    .flatMap((g) => grantConditions(g, action));
}
