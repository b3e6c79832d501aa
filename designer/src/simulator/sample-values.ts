import { type AccessContext, resolveParam } from '@syncraft/runtime/access';
import type { JsonValue, RecordValues } from '@syncraft/runtime/protocol';
import type { Condition, Entity, Field, SyncSpec } from '@syncraft/runtime/spec';

/**
 * A plausible value for a field, different per `variant` (0 for the seeded record, 1 and 2 for two
 * devices' edits), so a simulated conflict always has two distinct sides. Within the field's bounds.
 */
export function sampleValue(field: Field, variant: number, now: number, author?: string): JsonValue {
  const by = author ?? `device ${variant}`;
  switch (field.type) {
    case 'string':
    case 'text': {
      const text = variant === 0 ? `${field.name} 1` : `${field.name} by ${by}`;
      return field.maxLength !== undefined ? text.slice(0, field.maxLength) : text;
    }
    case 'number':
    case 'integer': {
      const min = field.minimum ?? 0;
      const max = field.maximum ?? min + 100;
      const span = Math.max(0, max - min);
      const value = min + Math.min(span, variant * 5 + 10);
      return field.type === 'integer' ? Math.round(value) : value;
    }
    case 'counter':
      return variant === 0 ? 30 : variant === 1 ? 15 : 20;
    case 'boolean':
      return variant % 2 === 1;
    case 'datetime':
      return new Date(now + (variant - 1) * 15 * 60_000).toISOString();
    case 'enum':
      return field.values[variant % field.values.length] ?? field.values[0] ?? '';
    case 'reference':
      return `${field.entity.toLowerCase()}-1`;
    case 'string-set':
      return variant === 0 ? ['first'] : [`item-${variant}`];
    case 'json':
      return { note: variant === 0 ? 'from the server' : `by ${by}` };
  }
}

/**
 * Two edits of a field that conflict: `[first, second]` for the device that syncs first and the one
 * that syncs second. For an enum-precedence rule the first edit ranks higher, so the later device
 * sees its value overruled (the interesting case); otherwise two distinct values, marked with
 * their `authors` (the devices' names) where the type allows.
 */
export function conflictingValues(
  entity: Entity,
  field: Field,
  now: number,
  authors: readonly [string, string],
): [JsonValue, JsonValue] {
  const rule = field.conflict ?? entity.conflict;
  if (field.type === 'enum') {
    const order = rule.strategy === 'enum-precedence' ? rule.order : field.values;
    const seed = sampleValue(field, 0, now);
    const others = order.filter((v) => v !== seed && field.values.includes(v));
    const first = others[0] ?? field.values[0] ?? '';
    const second = others[others.length > 2 ? others.length - 2 : others.length - 1] ?? first;
    return [first, second];
  }
  return [sampleValue(field, 1, now, authors[0]), sampleValue(field, 2, now, authors[1])];
}

/** Every parameter comparison (`field eq param`) and time window in a condition tree. */
function* constraints(
  condition: Condition | undefined,
): Generator<{ field: string; param: string } | { field: string; window: true }> {
  if (condition === undefined) return;
  if ('all' in condition) for (const c of condition.all) yield* constraints(c);
  else if ('any' in condition) for (const c of condition.any) yield* constraints(c);
  else if ('within' in condition) yield { field: condition.field, window: true };
  else if ('op' in condition && condition.op === 'eq' && condition.param !== undefined)
    yield { field: condition.field, param: condition.param };
}

/**
 * A new record of `entity` with a sample value for every field, fitted to the scopes of the given
 * callers where it can be: a field a scope compares with a parameter (`assigneeId eq user.id`)
 * takes the first caller's value of it, and a time-window field takes "now". The key is `key`.
 */
export function sampleRecord(
  spec: SyncSpec,
  entity: Entity,
  key: string,
  callers: readonly AccessContext[],
  now: number,
): RecordValues {
  const record: RecordValues = {};
  for (const field of entity.fields) {
    if (field.type === 'json' && !field.required) continue;
    record[field.name] = sampleValue(field, 0, now);
  }
  const conditions: (Condition | undefined)[] = [entity.offline.scope];
  for (const role of spec.roles)
    for (const p of role.permissions) if (p.entity === entity.name) conditions.push(p.scope);
  const fitted = new Set<string>();
  for (const condition of conditions) {
    for (const c of constraints(condition)) {
      if (fitted.has(c.field) || c.field === entity.key) continue;
      const field = entity.fields.find((f) => f.name === c.field);
      if (!field) continue;
      if ('window' in c) {
        if (field.type === 'datetime') record[c.field] = new Date(now).toISOString();
      } else {
        const value = callers.map((ctx) => resolveParam(ctx, c.param)).find((v) => typeof v === 'string');
        if (value === undefined || (field.type === 'enum' && !field.values.includes(String(value)))) continue;
        record[c.field] = value;
      }
      fitted.add(c.field);
    }
  }
  const keyField = entity.fields.find((f) => f.name === entity.key);
  record[entity.key] = keyField?.type === 'integer' || keyField?.type === 'number' ? 1 : key;
  return record;
}
