import { usesRelations } from '../relation-paths';
import type { AppInfo, Permission, SyncSpec } from '../types';
import { byName, canonical, type Emit, same, show } from './util';

const appProperties = ['id', 'name', 'version', 'description', 'owner'] as const satisfies ReadonlyArray<
  keyof AppInfo
>;

/** App metadata: the id is the identity of the app on every device, so changing it is breaking. */
export function diffApp(old: SyncSpec, next: SyncSpec, emit: Emit): void {
  for (const property of appProperties) {
    const before = old.app[property];
    const after = next.app[property];
    if (before === after) continue;
    const identity = property === 'id';
    emit({
      kind: 'app-changed',
      property,
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
      pointer: after !== undefined ? `/app/${property}` : '/app',
      summary:
        property === 'description'
          ? 'App description changed'
          : `App ${property}: ${show(before)} → ${show(after)}`,
      risk: identity ? 'high' : 'low',
      breaking: identity,
      ...(identity
        ? { detail: 'Devices store data under the app id; a new id starts a new, empty app.' }
        : {}),
    });
  }
}

/** Declared parameters, compared by name. */
export function diffParameters(old: SyncSpec, next: SyncSpec, emit: Emit): void {
  const before = byName(old.parameters);
  const after = byName(next.parameters);
  for (const [name, { index }] of before) {
    if (after.has(name)) continue;
    emit({
      kind: 'parameter-removed',
      parameter: name,
      pointer: `/parameters/${index}`,
      summary: `Parameter ${name} removed`,
      risk: 'medium',
      breaking: false,
    });
  }
  for (const [name, { item, index }] of after) {
    const was = before.get(name)?.item;
    if (!was) {
      emit({
        kind: 'parameter-added',
        parameter: name,
        pointer: `/parameters/${index}`,
        summary: `Parameter ${name} added (${item.type})`,
        risk: 'low',
        breaking: false,
      });
    } else if (!same(was, item)) {
      emit({
        kind: 'parameter-changed',
        parameter: name,
        pointer: `/parameters/${index}`,
        summary: `Parameter ${name}: ${canonical(was)} → ${canonical(item)}`,
        risk: was.type !== item.type || was.claim !== item.claim ? 'medium' : 'low',
        breaking: false,
      });
    }
  }
}

/** Roles and their permissions: who may read and change what. */
export function diffRoles(old: SyncSpec, next: SyncSpec, emit: Emit): void {
  const before = byName(old.roles);
  const after = byName(next.roles);
  for (const [name, { index }] of before) {
    if (after.has(name)) continue;
    emit({
      kind: 'role-removed',
      role: name,
      pointer: `/roles/${index}`,
      summary: `Role ${name} removed`,
      risk: 'high',
      breaking: false,
      detail: 'Users with only this role lose access; their devices stop syncing.',
    });
  }
  for (const [name, { item, index }] of after) {
    const was = before.get(name);
    if (!was) {
      emit({
        kind: 'role-added',
        role: name,
        pointer: `/roles/${index}`,
        summary: `Role ${name} added (${item.permissions.map((p) => `${p.entity}: ${p.actions.join('/')}`).join('; ') || 'no permissions'})`,
        risk: 'medium',
        breaking: false,
      });
      continue;
    }
    diffPermissions(
      name,
      was.item.permissions,
      item.permissions,
      `/roles/${was.index}`,
      `/roles/${index}`,
      emit,
    );
  }
}

const PERMISSION_PROPERTIES = [
  'actions',
  'writableFields',
  'hiddenFields',
  'fixedFields',
  'scope',
  'before',
  'after',
] as const;

/**
 * True when the change may let the role do more: an action added, writable fields widened, fixed
 * fields dropped, a read scope removed, or any write condition (scope, before, after) removed or
 * changed on a grant that writes (a changed condition cannot be shown to be narrower).
 */
function loosens(
  property: (typeof PERMISSION_PROPERTIES)[number],
  was: Permission,
  item: Permission,
): boolean {
  const writes = item.actions.some((a) => a !== 'read');
  switch (property) {
    case 'actions':
      return item.actions.some((a) => !was.actions.includes(a));
    case 'writableFields':
      return (
        writes &&
        (item.writableFields === undefined ||
          item.writableFields.some((f) => !was.writableFields?.includes(f)))
      );
    case 'fixedFields':
      return writes && (was.fixedFields ?? []).some((f) => !item.fixedFields?.includes(f));
    case 'scope':
      return item.scope === undefined || writes;
    case 'before':
    case 'after':
      return writes;
    default:
      return false;
  }
}

function diffPermissions(
  role: string,
  old: readonly Permission[],
  next: readonly Permission[],
  oldAt: string,
  at: string,
  emit: Emit,
): void {
  // A role may hold several grants on one entity: the n-th grant on an entity pairs with the n-th.
  const index = (list: readonly Permission[]) => {
    const map = new Map<string, { item: Permission; index: number }>();
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      const n = seen.get(item.entity) ?? 0;
      seen.set(item.entity, n + 1);
      map.set(n === 0 ? item.entity : `${item.entity}#${n + 1}`, { item, index: i });
    });
    return map;
  };
  const before = index(old);
  const after = index(next);
  for (const [slot, { item: gone, index: i }] of before) {
    if (after.has(slot)) continue;
    const entity = gone.entity;
    emit({
      kind: 'permission-removed',
      role,
      entity,
      pointer: `${oldAt}/permissions/${i}`,
      summary: `Role ${role} loses all access to ${entity}`,
      risk: 'medium',
      breaking: false,
    });
  }
  for (const [slot, { item, index: i }] of after) {
    const entity = item.entity;
    const pointer = `${at}/permissions/${i}`;
    const was = before.get(slot)?.item;
    if (!was) {
      emit({
        kind: 'permission-added',
        role,
        entity,
        pointer,
        summary: `Role ${role} may now ${item.actions.join('/')} ${entity}`,
        // A new grant that writes is decided on its own, so it can only widen what the role may write.
        risk: item.actions.some((a) => a !== 'read') ? 'high' : 'medium',
        breaking: false,
      });
      continue;
    }
    for (const property of PERMISSION_PROPERTIES) {
      if (same(was[property], item[property])) continue;
      const exposes =
        property === 'hiddenFields' &&
        (was.hiddenFields ?? []).some((f) => !(item.hiddenFields ?? []).includes(f));
      // Access that follows relations moves with other records (a membership, a parent's assignee).
      const follows = property === 'scope' && usesRelations(item.scope) && !usesRelations(was.scope);
      const widens = loosens(property, was, item) || follows;
      emit({
        kind: 'permission-changed',
        role,
        entity,
        property,
        pointer: item[property] !== undefined ? `${pointer}/${property}` : pointer,
        summary: `Role ${role} on ${entity} ${property}: ${show(was[property])} → ${show(item[property])}`,
        risk: exposes || widens ? 'high' : 'medium',
        breaking: false,
        ...(exposes ? { detail: 'Fields that were hidden from this role will now reach its devices.' } : {}),
        ...(follows
          ? {
              detail:
                'Access now follows related records: whoever can create or change those (memberships, parents) decides who gets these.',
            }
          : {}),
      });
    }
  }
}
