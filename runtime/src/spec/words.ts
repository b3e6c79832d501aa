/**
 * Spec values in the words a citizen developer reads, for messages, hints and change summaries: text
 * in quotes, lists as “a”, “b”, conditions as the designer's condition builder says them, never raw
 * JSON. The machine-readable place stays in each diagnostic's `pointer`.
 */
import type { ComparisonCondition, Condition } from './types';

const opWords: Readonly<Record<string, string>> = {
  eq: '=',
  ne: '≠',
  lt: '<',
  lte: '≤',
  gt: '>',
  gte: '≥',
  in: 'in',
  'not-in': 'not in',
  contains: 'contains',
};

/** The keys that make an object one of the condition forms. */
const CONDITION_KEYS = ['all', 'any', 'not', 'role', 'calendar', 'related', 'exists', 'within', 'op'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether a value looks like a condition (one of its forms' keys), so it is said as one. */
export function looksLikeCondition(value: unknown): value is Condition {
  return isRecord(value) && CONDITION_KEYS.some((key) => key in value);
}

/**
 * A spec value as a person reads it: text in quotes (`“open”`), numbers and true/false as they are,
 * lists as `“open”, “done”`, a condition as the condition builder says it, other settings as
 * `type: “reference”, entity: “Site”`. With `quote` false, text is bare (`open, done`), as change
 * summaries show it.
 *
 * @example
 * describeValue(['open', 'done']); // '“open”, “done”'
 * describeValue({ field: 'assigneeId', op: 'eq', param: 'user.id' }); // 'assigneeId = user.id'
 */
export function describeValue(value: unknown, quote = true): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty (null)';
  if (typeof value === 'string') return quote ? `“${value}”` : value;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty list';
    return value
      .map((item) => (Array.isArray(item) ? `(${describeValue(item, quote)})` : describeValue(item, quote)))
      .join(', ');
  }
  if (looksLikeCondition(value)) {
    try {
      return describeCondition(value);
    } catch {
      // Shaped like a condition but broken (a message about that very value): said as settings below.
    }
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return 'no settings';
  return entries
    .map(([key, v]) => {
      const said = describeValue(v, quote);
      return isRecord(v) || Array.isArray(v) ? `${key}: (${said})` : `${key}: ${said}`;
    })
    .join(', ');
}

/**
 * A condition in the condition builder's short words, e.g. `assigneeId = user.id and status in
 * (“open”, “done”)`; nested groups are counted (`any of 2`) rather than spelled out.
 *
 * @example
 * describeCondition({ not: { field: 'closedAt', op: 'is-set' } }); // 'not (closedAt is set)'
 */
export function describeCondition(c: Condition, depth = 0): string {
  if ('all' in c)
    return depth > 0 ? `all of ${c.all.length}` : c.all.map((x) => describeCondition(x, 1)).join(' and ');
  if ('any' in c)
    return depth > 0 ? `any of ${c.any.length}` : c.any.map((x) => describeCondition(x, 1)).join(' or ');
  if ('not' in c) return `not (${describeCondition(c.not, depth + 1)})`;
  if ('role' in c) return `user is ${c.role}`;
  if ('calendar' in c) {
    const { unit, from, to, timeZone } = c.calendar;
    const span = from === to ? `${unit} ${from >= 0 ? `+${from}` : from}` : `${unit}s ${from} to ${to}`;
    return `${c.field} in ${span}${timeZone ? ` (${timeZone})` : ''}`;
  }
  if ('related' in c) {
    if ('inScope' in c && c.inScope) return `${c.related} is on this device`;
    return `${c.related} › (${c.where ? describeCondition(c.where, depth + 1) : 'any'})`;
  }
  if ('exists' in c)
    return `has a ${c.exists}${c.where ? ` where ${describeCondition(c.where, depth + 1)}` : ''}`;
  if ('within' in c) {
    const parts = [
      c.within.past && `${c.within.past} ago`,
      c.within.future && `${c.within.future} ahead`,
    ].filter(Boolean);
    return `${c.field} within ${parts.join(' – ') || 'now'}`;
  }
  if (c.op === 'is-set' || c.op === 'is-not-set')
    return `${c.field} ${c.op === 'is-set' ? 'is set' : 'is not set'}`;
  const compared = c as ComparisonCondition;
  const rhs =
    compared.param !== undefined
      ? compared.param
      : Array.isArray(compared.value)
        ? `(${describeValue(compared.value)})`
        : describeValue(compared.value);
  return `${c.field} ${opWords[c.op] ?? c.op} ${rhs}`;
}
