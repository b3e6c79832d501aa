import { compareHlc } from '../hlc';
import type { FieldRule, RuleInput, RuleOutcome } from './types';

/** True when the client's write is the later one (ties in wall time and counter go by node id). */
export function clientIsLater(input: Pick<RuleInput, 'serverHlc' | 'clientHlc'>): boolean {
  // Identical timestamps can only come from one node writing once: keep the value as written.
  return compareHlc(input.clientHlc, input.serverHlc) >= 0;
}

/** Keeps the value of whichever side wrote last. */
export function pickLater(input: RuleInput): RuleOutcome {
  return clientIsLater(input)
    ? { value: input.client, winner: 'client' }
    : { value: input.server, winner: 'server' };
}

/**
 * last-writer-wins: the write with the greater hybrid-logical-clock timestamp wins. Timestamps
 * that share wall time and counter are ordered by the node id inside them, so the outcome never
 * depends on arrival order.
 */
export const lastWriterWins: FieldRule = pickLater;
