import type { RecordValues } from '../protocol/types';
import { deviceScopeParts } from '../spec/relation-paths';
import type { Entity, SyncSpec } from '../spec/types';
import { evaluateCondition, type RelationContext } from './condition';
import type { AccessContext } from './context';
import { allows, type EntityPermissions, permissionsFor } from './permissions';

/**
 * True when the record belongs on the caller's device: it lies in the entity's offline scope
 * (what the device keeps) AND in the caller's read scope (what the caller's roles may see).
 *
 * Pass `permissions` (from `permissionsFor`) when checking many records of one entity, and
 * `relations` when the scopes follow relations (see `loadRelated`).
 *
 * The two differ in purpose: the offline scope only trims what a device stores (a pull sends
 * records in both scopes), while the role scopes are enforced on every read and write.
 */
export function inScope(
  spec: SyncSpec,
  entity: Entity,
  record: RecordValues,
  ctx: AccessContext,
  permissions: EntityPermissions = permissionsFor(spec, ctx.roles, entity.name),
  relations?: RelationContext,
): boolean {
  // The offline scope, widened by the caller's open subscriptions for entities they name.
  const { offline } = deviceScopeParts(spec, entity, ctx);
  if (offline !== undefined && !evaluateCondition(offline, record, ctx, relations)) return false;
  return allows(permissions, 'read', record, ctx, relations);
}
