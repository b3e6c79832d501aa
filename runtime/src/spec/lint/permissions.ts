import type { Permission, Role } from '../types';
import type { LintContext } from './context';
import { reportUnknownEntity, reportUnknownField } from './references';
import { checkCondition } from './scopes';

/** Permissions must name real entities and fields, and every entity should be readable by some role. */
export function checkPermissions(context: LintContext): void {
  const readable = new Set<string>();
  context.spec.roles.forEach((role, r) => {
    role.permissions.forEach((permission, p) => {
      const info = context.entities.get(permission.entity);
      if (!info) {
        const at = `/roles/${r}/permissions/${p}/entity`;
        reportUnknownEntity(context, permission.entity, at, `in a permission of role “${role.name}”`);
        return;
      }
      if (permission.actions.includes('read')) readable.add(permission.entity);
      for (const list of ['writableFields', 'hiddenFields', 'fixedFields'] as const) {
        (permission[list] ?? []).forEach((name, n) => {
          if (info.fields.has(name)) return;
          const at = `/roles/${r}/permissions/${p}/${list}/${n}`;
          reportUnknownField(context, permission.entity, name, at, `in ${list}`);
        });
      }
      for (const part of ['scope', 'before', 'after'] as const) {
        const condition = permission[part];
        if (condition) checkCondition(context, info, condition, `/roles/${r}/permissions/${p}/${part}`);
      }
      checkWriteParts(context, role.name, permission, `/roles/${r}/permissions/${p}`);
    });
  });
  context.spec.roles.forEach((role, r) => {
    checkShadowed(context, role, `/roles/${r}`);
  });
  context.spec.entities.forEach((entity, e) => {
    if (readable.has(entity.name) || entity.sync.direction === 'push') return;
    context.report(
      'SPEC170',
      `/entities/${e}`,
      `No role has the "read" permission on entity “${entity.name}”, so no device ever receives its records.`,
      `Give the roles that use it a permission to read “${entity.name}”.`,
    );
  });
}

/** `before`, `after` and `fixedFields` only apply to some actions: a grant without them gains nothing. */
function checkWriteParts(context: LintContext, role: string, grant: Permission, at: string): void {
  const has = (...actions: Permission['actions']) => actions.some((a) => grant.actions.includes(a));
  const useless: Array<[keyof Permission, boolean, string]> = [
    ['before', !has('update', 'delete'), 'update or delete'],
    ['after', !has('create', 'update'), 'create or update'],
    ['fixedFields', !has('update'), 'update'],
  ];
  for (const [part, never, actions] of useless) {
    if (grant[part] === undefined || !never) continue;
    context.report(
      'SPEC172',
      `${at}/${part}`,
      `A grant of role “${role}” on “${grant.entity}” has "${part}", which applies only to ${actions}, but the grant allows ${grant.actions.join(', ')}.`,
      `Add the action it is meant for, or remove "${part}".`,
    );
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const within = (small: readonly string[] | undefined, big: readonly string[] | undefined) =>
  big === undefined || small?.every((f) => big.includes(f)) === true;

/** True when `broad` allows everything `narrow` allows (so `narrow`'s limits restrict nothing). */
function covers(broad: Permission, narrow: Permission): boolean {
  return (
    broad.entity === narrow.entity &&
    narrow.actions.every((a) => broad.actions.includes(a)) &&
    (['scope', 'before', 'after'] as const).every(
      (c) => broad[c] === undefined || sameJson(broad[c], narrow[c]),
    ) &&
    within(narrow.writableFields, broad.writableFields) &&
    (broad.fixedFields ?? []).every((f) => narrow.fixedFields?.includes(f)) &&
    (broad.hiddenFields ?? []).every((f) => narrow.hiddenFields?.includes(f))
  );
}

/**
 * A grant that a broader grant of the same role covers adds nothing: each grant is decided on its
 * own, so its limits (writable fields, scope, conditions) do not narrow the broader one.
 */
function checkShadowed(context: LintContext, role: Role, at: string): void {
  role.permissions.forEach((grant, g) => {
    const by = role.permissions.findIndex(
      // Of two identical grants, the later one is reported.
      (other, o) => o !== g && covers(other, grant) && (!covers(grant, other) || o < g),
    );
    if (by === -1) return;
    context.report(
      'SPEC171',
      `${at}/permissions/${g}`,
      `Grant ${g} of role “${role.name}” on “${grant.entity}” is shadowed by grant ${by}: everything it allows, grant ${by} allows too, so its limits restrict nothing.`,
      `Grants do not combine their limits: remove grant ${g}, or narrow grant ${by} (its actions, scope or writable fields).`,
    );
  });
}
