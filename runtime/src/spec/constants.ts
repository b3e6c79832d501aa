import { specSchema } from './schema';
import type { ConflictStrategy, FieldType, OfflineEvent, Priority } from './types';

/** Priorities from most to least urgent: the outbox sends in this order. */
export const PRIORITIES = ['critical', 'high', 'normal', 'low'] as const satisfies readonly Priority[];

/** Every field type, in the order the designer offers them. */
export const FIELD_TYPES = [
  'string',
  'text',
  'number',
  'integer',
  'boolean',
  'datetime',
  'enum',
  'reference',
  'counter',
  'string-set',
  'json',
] as const satisfies readonly FieldType[];

/** Every conflict strategy, in the order the designer offers them. */
export const CONFLICT_STRATEGIES = [
  'last-writer-wins',
  'server-wins',
  'client-wins',
  'field-merge',
  'counter',
  'set-union',
  'max',
  'min',
  'enum-precedence',
  'manual',
] as const satisfies readonly ConflictStrategy[];

/** Every event that can move the offline state machine, in the schema's order. */
export const OFFLINE_EVENTS: readonly OfflineEvent[] = specSchema.$defs.Transition.properties.event.enum;

/** What a role may be allowed to do with an entity. */
export const PERMISSION_ACTIONS = specSchema.$defs.Permission.properties.actions.items.enum;

/** Parameters every spec can use in scopes without declaring them. */
export const BUILTIN_PARAMS = ['user.id', 'user.roles'] as const;

const durationUnits = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** Converts a spec duration such as `30d` or `500ms` to milliseconds. Throws on a malformed one. */
export function durationMs(duration: string): number {
  const match = /^(\d+)(ms|s|m|h|d|w)$/.exec(duration);
  if (!match) throw new RangeError(`not a duration: ${JSON.stringify(duration)} (write e.g. 30s, 15m, 7d)`);
  return Number(match[1]) * durationUnits[match[2] as keyof typeof durationUnits];
}
