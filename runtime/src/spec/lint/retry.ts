import { durationMs } from '../constants';
import type { LintContext } from './context';

/** The retry backoff must grow from its first delay up to its cap, not down. */
export function checkRetry(context: LintContext): void {
  const { initialDelay, maxDelay } = context.spec.retry;
  if (durationMs(maxDelay) >= durationMs(initialDelay)) return;
  context.report(
    'SPEC150',
    '/retry/maxDelay',
    `The longest wait between retries (${maxDelay}) is shorter than the first wait (${initialDelay}).`,
    `Set "maxDelay" to at least ${initialDelay}, or lower "initialDelay".`,
  );
}
