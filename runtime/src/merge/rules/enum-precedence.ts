import { pickLater } from './last-writer-wins';
import type { FieldRule } from './types';

/**
 * enum-precedence: the value that comes earlier in the rule's `order` wins; a value not in the
 * order loses to any listed one; equal rank (including two unlisted values) falls back to
 * last-writer-wins.
 *
 * @example
 * // order ['cancelled', 'done', 'in_progress', 'open']: server 'done', stale device 'in_progress' → 'done'
 */
export const enumPrecedence: FieldRule = (input) => {
  const order = input.rule.strategy === 'enum-precedence' ? input.rule.order : [];
  const rank = (value: unknown): number => {
    const i = typeof value === 'string' ? order.indexOf(value) : -1;
    return i === -1 ? Number.POSITIVE_INFINITY : i;
  };
  const s = rank(input.server);
  const c = rank(input.client);
  if (s === c) return pickLater(input);
  return c < s ? { value: input.client, winner: 'client' } : { value: input.server, winner: 'server' };
};
