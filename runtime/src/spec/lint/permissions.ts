import type { LintContext } from './context';
import { knownEntity, knownField } from './references';
import { checkCondition } from './scopes';

/** Permissions must name real entities and fields, and every entity should be readable by some role. */
export function checkPermissions(context: LintContext): void {
  const readable = new Set<string>();
  context.spec.roles.forEach((role, r) => {
    role.permissions.forEach((permission, p) => {
      const at = `/roles/${r}/permissions/${p}`;
      if (!knownEntity(context, permission.entity, `${at}/entity`, `in a permission of role “${role.name}”`))
        return;
      if (permission.actions.includes('read')) readable.add(permission.entity);
      for (const list of ['writableFields', 'hiddenFields'] as const) {
        (permission[list] ?? []).forEach((name, n) => {
          knownField(context, permission.entity, name, `${at}/${list}/${n}`, `in ${list}`);
        });
      }
      if (permission.scope) {
        checkCondition(context, context.entities.get(permission.entity), permission.scope, `${at}/scope`);
      }
    });
  });
  context.spec.entities.forEach((entity, e) => {
    if (readable.has(entity.name) || entity.sync.direction === 'push') return;
    context.report(
      'SPEC170',
      `/entities/${e}`,
      `No role has the "read" permission on entity “${entity.name}”, so no device ever receives its records.`,
      `Add { "entity": "${entity.name}", "actions": ["read"] } to the permissions of the roles that use it.`,
    );
  });
}
