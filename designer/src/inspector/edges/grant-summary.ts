import type { Permission } from '@syncraft/runtime/spec';

type Grant = Omit<Permission, 'entity'>;

/**
 * One line saying what a grant allows, for the role's list of grants and the grant switcher, e.g.
 * `read, update · may change: done` or `create, update · some records · fixed: createdBy`.
 * The words, not the conditions themselves: the permission inspector shows those.
 */
export function grantSummary(grant: Grant): string {
  const parts = [grant.actions.length === 0 ? 'no actions' : grant.actions.join(', ')];
  if (grant.writableFields !== undefined)
    parts.push(
      grant.writableFields.length === 0
        ? 'may change no field'
        : `may change: ${grant.writableFields.join(', ')}`,
    );
  if (grant.scope !== undefined) parts.push('some records');
  if (grant.before !== undefined) parts.push('condition before');
  if (grant.after !== undefined) parts.push('condition after');
  if (grant.fixedFields !== undefined && grant.fixedFields.length > 0)
    parts.push(`fixed: ${grant.fixedFields.join(', ')}`);
  if (grant.hiddenFields !== undefined && grant.hiddenFields.length > 0)
    parts.push(`hidden: ${grant.hiddenFields.join(', ')}`);
  return parts.join(' · ');
}

/** Which write-rule parts a grant's actions use: the others would never apply (lint SPEC172). */
export function writeParts(actions: readonly Permission['actions'][number][]) {
  const has = (...a: Permission['actions']) => a.some((x) => actions.includes(x));
  return { before: has('update', 'delete'), after: has('create', 'update'), fixed: has('update') };
}
