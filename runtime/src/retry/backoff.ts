import { durationMs, type RetryPolicy } from '../spec';

/** A retry policy with its durations resolved to milliseconds. */
export interface Backoff {
  readonly initialMs: number;
  readonly maxMs: number;
  readonly multiplier: number;
  readonly jitter: RetryPolicy['jitter'];
  readonly maxAttempts: number;
}

/** Resolves the spec's retry policy (`retry` of the spec) once, so each delay is arithmetic only. */
export function backoffFromSpec(policy: RetryPolicy): Backoff {
  return {
    initialMs: durationMs(policy.initialDelay),
    maxMs: durationMs(policy.maxDelay),
    multiplier: policy.multiplier,
    jitter: policy.jitter,
    maxAttempts: policy.maxAttempts,
  };
}

/**
 * How long to wait before retry number `attempt` (1 = the first retry after one failure).
 * The ceiling is `initial × multiplier^(attempt−1)` capped at `maxDelay`; jitter then spreads devices apart:
 * `full` waits a random time in [0, ceiling], `equal` waits ceiling/2 plus a random half, `none` the ceiling.
 * `random` returns a number in [0, 1) and is injected so tests are deterministic.
 *
 * @example
 * retryDelayMs(backoff, 3, () => 0.5) // full jitter, 1s initial, ×2: ceiling 4000 → 2000
 */
export function retryDelayMs(backoff: Backoff, attempt: number, random: () => number): number {
  const exponent = Math.max(0, attempt - 1);
  const ceiling = Math.min(backoff.maxMs, backoff.initialMs * backoff.multiplier ** exponent);
  switch (backoff.jitter) {
    case 'full':
      return Math.round(random() * ceiling);
    case 'equal':
      return Math.round(ceiling / 2 + (random() * ceiling) / 2);
    case 'none':
      return ceiling;
  }
}
