import type { Field } from './types';

/** Field names that usually hold the user a record belongs to (`assigneeId`, `ownerId`, `createdBy`…). */
const OWNER = /^(assignee|assigned|owner|user|created_?by|author|technician|inspector|worker|member)/i;
/** Field names that usually hold the team, region or group a record belongs to. */
const TEAM = /^(team|region|group|department|crew|area|depot|district|unit)(_?id)?$/i;

/**
 * The field that most likely says whose a record is, other than the key: what "mine" compares with
 * `user.id`. A guess from the name, used to propose scopes (the designer) and to name the field a
 * suspicious scope should compare instead (lint); never to decide access.
 */
export function ownerField<F extends Pick<Field, 'name'>>(fields: readonly F[], key: string): F | undefined {
  return fields.find((f) => f.name !== key && OWNER.test(f.name));
}

/**
 * The field that most likely says which team, region or group a record belongs to, and the name of
 * the user attribute (token claim) it would be compared with: `region` → `region`, `teamId` → `team`.
 */
export function teamField<F extends Pick<Field, 'name'>>(
  fields: readonly F[],
  key: string,
): { field: F; attribute: string } | undefined {
  for (const field of fields) {
    if (field.name === key) continue;
    const match = TEAM.exec(field.name);
    if (match) return { field, attribute: (match[1] ?? field.name).toLowerCase() };
  }
  return undefined;
}
