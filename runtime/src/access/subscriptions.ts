import { asInstant } from '../merge/values';
import type { JsonValue } from '../protocol/types';
import type { Condition, SubscriptionParameter, SyncSpec } from '../spec/types';

/** A subscription as the app opens it: its name in the spec and the values of its parameters. */
export interface OpenSubscription {
  readonly name: string;
  readonly params: Readonly<Record<string, JsonValue>>;
}

/** An open subscription checked against the spec: the records of `entity` that `condition` selects. */
export interface BoundSubscription {
  readonly name: string;
  readonly entity: string;
  /** The subscription's `where`, with every `sub.<name>` replaced by the app's value. */
  readonly condition: Condition;
}

/** Why an open subscription was refused: where (a JSON pointer under `at`) and what to do. */
export interface SubscriptionProblem {
  readonly pointer: string;
  readonly message: string;
}

/** Most subscriptions one device may hold open at once. */
export const MAX_OPEN_SUBSCRIPTIONS = 50;

function problemOf(param: SubscriptionParameter, value: JsonValue, sub: string): string | undefined {
  const what = `Parameter “${param.name}” of subscription “${sub}”`;
  switch (param.type) {
    case 'string':
      if (typeof value !== 'string') return `${what} must be text.`;
      if (param.maxLength !== undefined && value.length > param.maxLength)
        return `${what} is ${value.length} characters long; the most is ${param.maxLength}.`;
      if (param.values && !param.values.includes(value))
        return `${what} must be one of ${param.values.map((v) => `“${v}”`).join(', ')}.`;
      return undefined;
    case 'number':
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${what} must be a number.`;
      if (param.type === 'integer' && !Number.isInteger(value)) return `${what} must be a whole number.`;
      if (param.minimum !== undefined && value < param.minimum)
        return `${what} is ${value}; the least is ${param.minimum}.`;
      if (param.maximum !== undefined && value > param.maximum)
        return `${what} is ${value}; the most is ${param.maximum}.`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${what} must be true or false.`;
    case 'datetime':
      return typeof value === 'string' && asInstant(value) !== undefined
        ? undefined
        : `${what} must be an ISO 8601 date-time such as 2026-12-05T09:00:00Z.`;
    case 'string-list': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        return `${what} must be a list of texts.`;
      const max = param.maxItems ?? 1000;
      if (value.length > max) return `${what} has ${value.length} items; the most is ${max}.`;
      if (param.maxLength !== undefined && value.some((v) => (v as string).length > param.maxLength!))
        return `${what} has an item longer than ${param.maxLength} characters.`;
      return undefined;
    }
    default:
      return `${what} has a type this runtime does not know.`;
  }
}

/**
 * Replaces `sub.<name>` parameters by their values. A comparison with an optional parameter the
 * app left out holds for every record (it does not narrow the subscription).
 */
function bind(condition: Condition, values: ReadonlyMap<string, JsonValue>): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => bind(c, values)) };
  if ('any' in condition) return { any: condition.any.map((c) => bind(c, values)) };
  if ('not' in condition) return { not: bind(condition.not, values) };
  if ('related' in condition && condition.where)
    return { ...condition, where: bind(condition.where, values) };
  if ('exists' in condition && condition.where) return { ...condition, where: bind(condition.where, values) };
  if ('param' in condition && typeof condition.param === 'string' && condition.param.startsWith('sub.')) {
    const value = values.get(condition.param.slice(4));
    const { param: _param, ...rest } = condition;
    // An empty `all` is true: the internal form of "no condition" (never written in a spec).
    if (value === undefined) return { all: [] } as unknown as Condition;
    return { ...rest, value: value as Exclude<JsonValue, object> } as Condition;
  }
  return condition;
}

/**
 * Checks an open subscription against the spec (known name, every parameter declared, of its type,
 * within its bounds, required ones present) and binds its parameters into its condition. The same
 * check runs on the device (`client.subscribe`) and on the server (every pull), so a parameter
 * can only narrow what the role may read: the server still intersects it with the read scope.
 *
 * @example
 * bindSubscription(spec, { name: 'issuesBetween', params: { from: '2026-12-01', to: '2026-12-31' } }, '/subscriptions/0')
 */
export function bindSubscription(
  spec: SyncSpec,
  open: OpenSubscription,
  at: string,
):
  | { readonly ok: true; readonly value: BoundSubscription }
  | { readonly ok: false; readonly problem: SubscriptionProblem } {
  const fail = (pointer: string, message: string) => ({ ok: false, problem: { pointer, message } }) as const;
  const sub = spec.subscriptions?.find((s) => s.name === open.name);
  if (!sub) {
    const names = (spec.subscriptions ?? []).map((s) => `“${s.name}”`).join(', ');
    return fail(
      `${at}/name`,
      `The app has no subscription “${open.name}”${names ? `; it has ${names}` : ''}.`,
    );
  }
  if (typeof open.params !== 'object' || open.params === null || Array.isArray(open.params)) {
    return fail(`${at}/params`, `The parameters of subscription “${sub.name}” must be an object.`);
  }
  const declared = new Map((sub.parameters ?? []).map((p) => [p.name, p]));
  for (const name of Object.keys(open.params)) {
    if (!declared.has(name)) {
      const known = [...declared.keys()].map((n) => `“${n}”`).join(', ') || 'none';
      return fail(
        `${at}/params/${name}`,
        `Subscription “${sub.name}” has no parameter “${name}” (it has ${known}).`,
      );
    }
  }
  const values = new Map<string, JsonValue>();
  for (const param of declared.values()) {
    const value = Object.hasOwn(open.params, param.name) ? open.params[param.name] : undefined;
    if (value === undefined || value === null) {
      if (param.required !== false) {
        return fail(
          `${at}/params/${param.name}`,
          `Subscription “${sub.name}” needs parameter “${param.name}”.`,
        );
      }
      continue;
    }
    const problem = problemOf(param, value, sub.name);
    if (problem) return fail(`${at}/params/${param.name}`, problem);
    values.set(param.name, value);
  }
  return { ok: true, value: { name: sub.name, entity: sub.entity, condition: bind(sub.where, values) } };
}

/**
 * Parameters under which subscription `name` selects `record` by its own fields: each `sub.<p>`
 * compared with a field (`eq`, `in`, `lt`, `lte`, `gt`, `gte`) takes the record's value of that
 * field. `undefined` when some required parameter is not compared with a field. The simulator uses
 * it to open the subscription that brings a given record to a device.
 */
export function paramsSelecting(
  spec: SyncSpec,
  name: string,
  record: Readonly<Record<string, JsonValue>>,
): Record<string, JsonValue> | undefined {
  const sub = spec.subscriptions?.find((s) => s.name === name);
  if (!sub) return undefined;
  const found: Record<string, JsonValue> = {};
  const visit = (c: Condition) => {
    if ('all' in c || 'any' in c) for (const x of 'all' in c ? c.all : c.any) visit(x);
    else if ('param' in c && typeof c.param === 'string' && c.param.startsWith('sub.') && 'field' in c) {
      const value = record[c.field];
      if (value !== undefined && value !== null) found[c.param.slice(4)] = value;
    }
  };
  visit(sub.where);
  for (const param of sub.parameters ?? []) {
    if (param.type === 'string-list' && typeof found[param.name] === 'string')
      found[param.name] = [found[param.name] as string];
    if (!(param.name in found) && param.required !== false) return undefined;
  }
  return found;
}
