import { asInstant, ISO_DATETIME, jsonEqual } from '../merge/values';
import type { JsonValue, RecordValues } from '../protocol/types';
import { durationMs } from '../spec/constants';
import { deviceScopeParts, MAX_RELATION_DEPTH, type RelationStep, resolveStep } from '../spec/relation-paths';
import type {
  ComparisonCondition,
  Condition,
  Entity,
  ExistsCondition,
  RelatedCondition,
  SyncSpec,
  TimeWindowCondition,
} from '../spec/types';
import { calendarBounds } from './calendar';
import { type AccessContext, resolveParam } from './context';

/**
 * The records a relation condition may look at, read synchronously: the server and the device
 * load them first (`loadRelated`), the in-memory stores answer from their maps.
 */
export interface RelatedRecords {
  /** The live (not deleted) record of `entity` with this key. */
  get(entity: string, key: string): RecordValues | undefined;
  /** The live records of `entity` whose `field` holds `key`. */
  referencing(entity: string, field: string, key: string): readonly RecordValues[];
}

/** What a condition needs to follow relations: the spec, the record's entity and its neighbours. */
export interface RelationContext {
  readonly spec: SyncSpec;
  /** The entity of the record the condition is evaluated on. */
  readonly entity: Entity;
  readonly records: RelatedRecords;
}

type Scalar = string | number | boolean | null;

function readField(record: RecordValues, field: unknown): JsonValue | undefined {
  return typeof field === 'string' && Object.hasOwn(record, field) ? record[field] : undefined;
}

/** Orders two scalars of the same kind (numbers, datetimes as instants, other strings by code unit). */
function order(a: JsonValue, b: JsonValue): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') {
    if (ISO_DATETIME.test(a) && ISO_DATETIME.test(b)) {
      const x = asInstant(a);
      const y = asInstant(b);
      if (x !== undefined && y !== undefined) return x - y;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return undefined;
}

function equals(a: JsonValue, b: JsonValue): boolean {
  if (
    typeof a === 'string' &&
    typeof b === 'string' &&
    a !== b &&
    ISO_DATETIME.test(a) &&
    ISO_DATETIME.test(b)
  ) {
    return order(a, b) === 0;
  }
  return jsonEqual(a, b);
}

function memberOf(value: JsonValue, list: JsonValue): boolean {
  if (!Array.isArray(list)) return false;
  if (Array.isArray(value)) return value.some((v) => list.some((item) => equals(v, item)));
  return list.some((item) => equals(value, item));
}

function compare(cond: ComparisonCondition, record: RecordValues, ctx: AccessContext): boolean {
  const value = readField(record, cond.field);
  if (value === undefined) return false;
  const target: JsonValue | undefined =
    cond.value !== undefined
      ? (cond.value as Scalar | Scalar[])
      : typeof cond.param === 'string'
        ? resolveParam(ctx, cond.param)
        : undefined;
  if (target === undefined) return false;
  switch (cond.op) {
    case 'eq':
      return equals(value, target);
    case 'ne':
      return !equals(value, target);
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      const o = order(value, target);
      if (o === undefined || Number.isNaN(o)) return false;
      return cond.op === 'lt' ? o < 0 : cond.op === 'lte' ? o <= 0 : cond.op === 'gt' ? o > 0 : o >= 0;
    }
    case 'in':
      return memberOf(value, target);
    case 'not-in':
      return Array.isArray(target) && !memberOf(value, target);
    case 'contains':
      if (Array.isArray(value)) {
        return Array.isArray(target) ? target.some((t) => memberOf(t, value)) : memberOf(target, value);
      }
      return typeof value === 'string' && typeof target === 'string' && value.includes(target);
    default:
      return false;
  }
}

function withinWindow(cond: TimeWindowCondition, record: RecordValues, ctx: AccessContext): boolean {
  const instant = asInstant(readField(record, cond.field) ?? null);
  if (instant === undefined || typeof cond.within !== 'object' || cond.within === null) return false;
  try {
    if (cond.within.past !== undefined && instant < ctx.now - durationMs(cond.within.past)) return false;
    if (cond.within.future !== undefined && instant > ctx.now + durationMs(cond.within.future)) return false;
  } catch {
    // A malformed duration can only come from an unvalidated spec: such a window matches nothing.
    return false;
  }
  return true;
}

/**
 * Decides whether a record matches a scope condition for the given caller.
 *
 * A condition on a field the record lacks does not match (so `ne` and `not-in` are false on a
 * missing field too; use `is-not-set` to ask for absence). Datetime strings compare as instants.
 * Never throws: values of unexpected types, unknown parameters and malformed conditions simply
 * do not match.
 *
 * @example
 * evaluateCondition({ field: 'assigneeId', op: 'eq', param: 'user.id' }, job, ctx)
 */
export function evaluateCondition(
  condition: Condition,
  record: RecordValues,
  ctx: AccessContext,
  relations?: RelationContext,
): boolean {
  return evaluate(condition, record, ctx, relations, 0);
}

function evaluate(
  condition: Condition,
  record: RecordValues,
  ctx: AccessContext,
  relations: RelationContext | undefined,
  depth: number,
): boolean {
  if (typeof condition !== 'object' || condition === null) return false;
  if ('all' in condition) {
    return (
      Array.isArray(condition.all) && condition.all.every((c) => evaluate(c, record, ctx, relations, depth))
    );
  }
  if ('any' in condition) {
    return (
      Array.isArray(condition.any) && condition.any.some((c) => evaluate(c, record, ctx, relations, depth))
    );
  }
  if ('not' in condition) return !evaluate(condition.not, record, ctx, relations, depth);
  if ('role' in condition) return ctx.roles.includes(condition.role);
  if ('related' in condition || 'exists' in condition) {
    return followRelation(condition, record, ctx, relations, depth);
  }
  if ('within' in condition) return withinWindow(condition, record, ctx);
  if ('calendar' in condition) {
    const instant = asInstant(readField(record, condition.field) ?? null);
    const bounds =
      typeof condition.calendar === 'object' ? calendarBounds(condition.calendar, ctx.now) : undefined;
    return instant !== undefined && bounds !== undefined && instant >= bounds.start && instant < bounds.end;
  }
  if (condition.op === 'is-set' || condition.op === 'is-not-set') {
    const value = readField(record, condition.field);
    const set = value !== undefined && value !== null;
    return condition.op === 'is-set' ? set : !set;
  }
  return compare(condition as ComparisonCondition, record, ctx);
}

const steps = new WeakMap<Entity, Map<string, RelationStep | null>>();

/** The hop of a relation condition, resolved once per entity object (specs are immutable). */
export function stepOf(
  spec: SyncSpec,
  entity: Entity,
  condition: RelatedCondition | ExistsCondition,
): RelationStep | undefined {
  let cache = steps.get(entity);
  if (!cache) {
    cache = new Map();
    steps.set(entity, cache);
  }
  const id =
    'related' in condition ? `r:${condition.related}` : `e:${condition.exists}:${condition.via ?? ''}`;
  if (!cache.has(id)) {
    const resolved = resolveStep(spec, entity, condition);
    cache.set(id, resolved.ok ? resolved.step : null);
  }
  return cache.get(id) ?? undefined;
}

/** The key a reference value points at: text only (keys travel as text), never empty. */
export function referencedKey(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** A record's own key as the text other records reference it by. */
export function ownKey(entity: Entity, record: RecordValues): string | undefined {
  const key = record[entity.key];
  if (typeof key === 'string') return key.length > 0 ? key : undefined;
  return typeof key === 'number' && Number.isFinite(key) ? String(key) : undefined;
}

/**
 * True when `record` of the target entity lies in the caller's device scope for that entity: its
 * offline scope and one of the caller's read grants (what `inScope` decides for a pulled record).
 */
function inDeviceScope(
  target: Entity,
  record: RecordValues,
  ctx: AccessContext,
  relations: RelationContext,
  depth: number,
): boolean {
  const { offline, read } = deviceScopeParts(relations.spec, target, ctx);
  const here: RelationContext = { ...relations, entity: target };
  if (offline !== undefined && !evaluate(offline, record, ctx, here, depth)) return false;
  return read.some((scope) => scope === undefined || evaluate(scope, record, ctx, here, depth));
}

/**
 * `related` and `exists`: one hop to the neighbours, then the nested condition on them. Without
 * related records (or past {@link MAX_RELATION_DEPTH} hops, or through a name that does not
 * resolve) a relation condition does not match: access is never granted on missing information.
 */
function followRelation(
  condition: RelatedCondition | ExistsCondition,
  record: RecordValues,
  ctx: AccessContext,
  relations: RelationContext | undefined,
  depth: number,
): boolean {
  if (!relations || depth >= MAX_RELATION_DEPTH) return false;
  const step = stepOf(relations.spec, relations.entity, condition);
  if (!step) return false;
  const next: RelationContext = { ...relations, entity: step.target };
  if (step.kind === 'parent') {
    const key = referencedKey(record[step.field]);
    const parent = key === undefined ? undefined : relations.records.get(step.target.name, key);
    if (!parent) return false;
    if ('inScope' in condition && condition.inScope === true) {
      return inDeviceScope(step.target, parent, ctx, relations, depth + 1);
    }
    return condition.where !== undefined && evaluate(condition.where, parent, ctx, next, depth + 1);
  }
  const key = ownKey(relations.entity, record);
  if (key === undefined) return false;
  const where = condition.where;
  return relations.records
    .referencing(step.target.name, step.field, key)
    .some((child) => where === undefined || evaluate(where, child, ctx, next, depth + 1));
}
