import { type AccessContext, resolveParam } from '../../access';
import type { JsonValue, RecordValues } from '../../protocol';
import type { Condition, Entity, Field, Parameter, SyncSpec } from '../../spec';

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

type Constraint =
  | { readonly field: string; readonly param: string; readonly op: 'eq' | 'in' | 'contains' }
  | { readonly field: string; readonly fixed: JsonValue }
  | { readonly field: string; readonly window: true };

/**
 * Every comparison a record can be made to satisfy in a condition tree: with a parameter (`eq`,
 * `in`, `contains`), with a fixed value (`eq`, `in`), and time windows.
 */
function* constraints(condition: Condition | undefined): Generator<Constraint> {
  if (condition === undefined) return;
  if ('all' in condition) for (const c of condition.all) yield* constraints(c);
  else if ('any' in condition) for (const c of condition.any) yield* constraints(c);
  else if ('within' in condition) yield { field: condition.field, window: true };
  else if ('op' in condition && 'param' in condition && condition.param !== undefined) {
    const { op } = condition;
    if (op === 'eq' || op === 'in' || op === 'contains')
      yield { field: condition.field, param: condition.param, op };
  } else if ('op' in condition && 'value' in condition && condition.value !== undefined) {
    const { op, value } = condition;
    if (op === 'eq' && !Array.isArray(value)) yield { field: condition.field, fixed: value };
    else if (op === 'in' && Array.isArray(value) && value.length > 0)
      yield { field: condition.field, fixed: value[0] ?? null };
  }
}

/** The fields a condition tree looks at. */
function conditionFields(condition: Condition | undefined, out: Set<string>): Set<string> {
  if (condition === undefined) return out;
  if ('all' in condition) for (const c of condition.all) conditionFields(c, out);
  else if ('any' in condition) for (const c of condition.any) conditionFields(c, out);
  else if ('not' in condition) conditionFields(condition.not, out);
  else if ('field' in condition) out.add(condition.field);
  return out;
}

/** The entity's offline scope and every role's permission scope on it. */
function scopesOf(spec: SyncSpec, entity: Entity): (Condition | undefined)[] {
  const conditions: (Condition | undefined)[] = [entity.offline.scope];
  for (const role of spec.roles)
    for (const p of role.permissions) if (p.entity === entity.name) conditions.push(p.scope);
  return conditions;
}

/**
 * Fields that decide who holds or may change a record (named in the offline scope or a role's
 * scope): editing them moves the record out of someone's reach, so a conflict demo leaves them alone.
 */
export function scopeFields(spec: SyncSpec, entity: Entity): Set<string> {
  const out = new Set<string>();
  for (const condition of scopesOf(spec, entity)) conditionFields(condition, out);
  return out;
}

/** The value a field needs to meet `c` for a caller, or undefined when it cannot be made to. */
function fittingValue(c: Extract<Constraint, { param: string }>, ctx: AccessContext): JsonValue | undefined {
  const value = resolveParam(ctx, c.param);
  if (c.op === 'eq') return typeof value === 'string' || typeof value === 'number' ? value : undefined;
  if (c.op === 'in') return Array.isArray(value) ? value[0] : undefined;
  return typeof value === 'string' ? [value] : undefined; // contains: the field is a set holding it
}

/**
 * A new record of `entity` with a sample value for every field, fitted to the scopes of the given
 * callers where it can be: a field a scope compares with a parameter (`assigneeId eq user.id`,
 * `warehouseId in warehouseIds`) takes the first caller's value of it, and a time-window field
 * takes "now". The key is `key`.
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
  const fitted = new Set<string>();
  for (const condition of scopesOf(spec, entity)) {
    for (const c of constraints(condition)) {
      if (fitted.has(c.field) || c.field === entity.key) continue;
      const field = entity.fields.find((f) => f.name === c.field);
      if (!field) continue;
      if ('window' in c) {
        if (field.type === 'datetime') record[c.field] = new Date(now).toISOString();
      } else if ('fixed' in c) {
        record[c.field] = c.fixed;
      } else {
        const value = callers.map((ctx) => fittingValue(c, ctx)).find((v) => v !== undefined);
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

/** A default value of a declared parameter, the same on every device so they share a region or team. */
export function defaultParamValue(parameter: Parameter): JsonValue {
  switch (parameter.type) {
    case 'string':
      return `${parameter.name}-1`;
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'string-list':
      return [`${parameter.name}-1`];
  }
}
