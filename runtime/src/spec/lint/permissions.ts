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
      for (const list of ['writableFields', 'hiddenFields'] as const) {
        (permission[list] ?? []).forEach((name, n) => {
          if (info.fields.has(name)) return;
          const at = `/roles/${r}/permissions/${p}/${list}/${n}`;
          reportUnknownField(context, permission.entity, name, at, `in ${list}`);
        });
      }
      if (permission.scope) {
        checkCondition(context, info, permission.scope, `/roles/${r}/permissions/${p}/scope`);
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
