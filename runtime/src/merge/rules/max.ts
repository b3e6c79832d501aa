import { asInstant } from '../values';
import { pickLater } from './last-writer-wins';
import type { FieldRule, RuleInput, RuleOutcome } from './types';

/**
 * Keeps the greater (`sign` 1) or smaller (`sign` -1) of two numbers or datetimes, comparing
 * datetimes as instants. A set value beats an unset one; two values that cannot be compared fall
 * back to last-writer-wins.
 */
export function pickExtreme(input: RuleInput, sign: 1 | -1): RuleOutcome {
  const s = asInstant(input.server);
  const c = asInstant(input.client);
  if (s === undefined && c === undefined) return pickLater(input);
  if (c === undefined) return { value: input.server, winner: 'server' };
  if (s === undefined) return { value: input.client, winner: 'client' };
  if (c === s) return pickLater(input);
  return (c - s) * sign > 0
    ? { value: input.client, winner: 'client' }
    : { value: input.server, winner: 'server' };
}

/** max: the greater value wins (numbers; datetimes compared as instants). */
export const max: FieldRule = (input) => pickExtreme(input, 1);
