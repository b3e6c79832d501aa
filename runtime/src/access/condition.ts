import { asInstant, ISO_DATETIME, jsonEqual } from '../merge/values';
import type { JsonValue, RecordValues } from '../protocol/types';
import { durationMs } from '../spec/constants';
import type { ComparisonCondition, Condition, TimeWindowCondition } from '../spec/types';
import { type AccessContext, resolveParam } from './context';

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
export function evaluateCondition(condition: Condition, record: RecordValues, ctx: AccessContext): boolean {
  if (typeof condition !== 'object' || condition === null) return false;
  if ('all' in condition) {
    return Array.isArray(condition.all) && condition.all.every((c) => evaluateCondition(c, record, ctx));
  }
  if ('any' in condition) {
    return Array.isArray(condition.any) && condition.any.some((c) => evaluateCondition(c, record, ctx));
  }
  if ('not' in condition) return !evaluateCondition(condition.not, record, ctx);
  if ('role' in condition) return ctx.roles.includes(condition.role);
  if ('within' in condition) return withinWindow(condition, record, ctx);
  if (condition.op === 'is-set' || condition.op === 'is-not-set') {
    const value = readField(record, condition.field);
    const set = value !== undefined && value !== null;
    return condition.op === 'is-set' ? set : !set;
  }
  return compare(condition as ComparisonCondition, record, ctx);
}
