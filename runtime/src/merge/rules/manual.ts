import { pickLater } from './last-writer-wins';
import type { FieldRule } from './types';

/**
 * manual: both versions are kept for a person to decide. Until then the record shows the rule's
 * `interim` value: the server's, the client's, or the later write's.
 */
export const manual: FieldRule = (input) => {
  const interim = input.rule.strategy === 'manual' ? input.rule.interim : 'last-writer-wins';
  const outcome =
    interim === 'server'
      ? ({ value: input.server, winner: 'server' } as const)
      : interim === 'client'
        ? ({ value: input.client, winner: 'client' } as const)
        : pickLater(input);
  return { ...outcome, manual: true };
};
