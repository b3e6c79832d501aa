import type { ComparisonCondition, Condition } from '@syncraft/runtime/spec';

const opWords: Record<string, string> = {
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

/** A short plain-language rendering of a condition, e.g. `assigneeId = user.id and …`. */
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
  const rhs =
    'param' in c && c.param !== undefined ? c.param : JSON.stringify((c as ComparisonCondition).value);
  return `${c.field} ${opWords[c.op] ?? c.op} ${rhs}`;
}
