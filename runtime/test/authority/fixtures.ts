import type { AccessContext } from '../../src/access/context';
import type { SyncSpec } from '../../src/spec/types';

/** The clock of the authority tests: inside the field-service jobs' scheduling window. */
export const NOW = Date.parse('2026-11-22T08:00:00Z');

/** A dispatcher of the north region. */
export const dispatcher: AccessContext = {
  userId: 'disp-1',
  roles: ['dispatcher'],
  params: { region: 'north' },
  now: NOW,
};

/** The technician the example jobs are assigned to. */
export const tech: AccessContext = { userId: 'tech-1', roles: ['technician'], params: {}, now: NOW };

/** The spec with `fields` of `entity` hidden from `role`. */
export function hidingFrom(spec: SyncSpec, role: string, entity: string, fields: string[]): SyncSpec {
  return {
    ...spec,
    roles: spec.roles.map((r) =>
      r.name === role
        ? {
            ...r,
            permissions: r.permissions.map((p) => (p.entity === entity ? { ...p, hiddenFields: fields } : p)),
          }
        : r,
    ),
  };
}
