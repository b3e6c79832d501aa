import type { ConflictRule, ConflictStrategy } from '@syncraft/runtime/spec';

/** Strategies that can decide a whole record at once (`"unit": "record"`). */
export const RECORD_STRATEGIES: ReadonlySet<ConflictStrategy> = new Set([
  'server-wins',
  'client-wins',
  'manual',
]);

export const recordExplanations: Partial<Record<ConflictStrategy, string>> = {
  'server-wins':
    'Once the server changed the record after the device’s version, the device’s whole edit is dropped (as Amplify’s DISCARD).',
  'client-wins': 'Every field the device wrote wins, whatever the fields’ own rules.',
  manual:
    'Optimistic concurrency: a stale edit is not applied, a person decides; a stale delete is refused so the device shows the record again.',
};

/** The rule's `unit`, when set (only the strategies in {@link RECORD_STRATEGIES} have one). */
export const unitOf = (rule: ConflictRule): 'field' | 'record' | undefined =>
  'unit' in rule ? rule.unit : undefined;

/** Builds a rule of another strategy, keeping the description and, where it still applies, the unit. */
export function restrategise(rule: ConflictRule, strategy: ConflictStrategy): ConflictRule {
  const description = rule.description === undefined ? {} : { description: rule.description };
  const unit =
    unitOf(rule) === 'record' && RECORD_STRATEGIES.has(strategy) ? { unit: 'record' as const } : {};
  if (strategy === 'enum-precedence') return { strategy, ...description, order: ['done', 'open'] };
  if (strategy === 'manual')
    return { strategy, ...description, ...unit, interim: 'unit' in unit ? 'server' : 'last-writer-wins' };
  if (strategy === 'server-wins' || strategy === 'client-wins') return { strategy, ...description, ...unit };
  return { strategy, ...description };
}

/** Sets or clears `unit: "record"` on a rule that can have it. */
export function withUnit(rule: ConflictRule, unit: 'field' | 'record'): ConflictRule {
  if (rule.strategy !== 'server-wins' && rule.strategy !== 'client-wins' && rule.strategy !== 'manual')
    return rule;
  if (unit === 'field') {
    const { unit: _dropped, ...rest } = rule;
    return rest;
  }
  return rule.strategy === 'manual' ? { ...rule, unit, interim: 'server' } : { ...rule, unit };
}
