import type { ConflictRule, Entity, Field } from '@syncraft/runtime/spec';

/**
 * The conflict rule a new field of this type gets, or none when the entity's rule (last writer wins,
 * decided field by field) is the right one: counters add up increments, sets keep every member
 * added on either side, enums keep the value furthest along (the last listed value is proposed as
 * the strongest, as workflows list their states in order).
 */
export function defaultFieldRule(field: Field): ConflictRule | undefined {
  switch (field.type) {
    case 'counter':
      return { strategy: 'counter' };
    case 'string-set':
      return { strategy: 'set-union' };
    case 'enum':
      return field.values.length >= 2
        ? { strategy: 'enum-precedence', order: [...field.values].reverse() }
        : undefined;
    default:
      return undefined;
  }
}

/** The settings a new entity starts with: valid at once, each one shown and changeable. */
export const ENTITY_DEFAULTS: Pick<Entity, 'offline' | 'sync' | 'conflict'> = {
  offline: { availability: 'read-write' },
  sync: { priority: 'normal', direction: 'both' },
  conflict: { strategy: 'last-writer-wins' },
};
