import type { Operation } from '../protocol';
import { PRIORITIES, type Priority } from '../spec';

/**
 * One queued local change as kept in the `_outbox` table: the wire {@link Operation} (with encrypted
 * fields still sealed in `changes`/`base`) plus delivery bookkeeping. `seq` orders entries FIFO;
 * `rank` is the entity's priority (0 = critical) so the outbox sends the most urgent first.
 */
export interface OutboxEntry {
  /** Auto-increment position, assigned by IndexedDB. */
  readonly seq?: number;
  readonly id: string;
  readonly entity: string;
  readonly key: string;
  readonly kind: Operation['kind'];
  /** Changed fields in stored form (encrypted fields sealed). */
  readonly changes: Readonly<Record<string, unknown>>;
  /** Base values of those fields in stored form. */
  readonly base: Readonly<Record<string, unknown>>;
  readonly baseVersion: number;
  readonly hlc: string;
  readonly clientId: string;
  /** The manual conflict this entry decides (see `Operation.settles`). */
  readonly settles?: string;
  /** Members added and removed per string-set field (see `Operation.sets`); never secret. */
  readonly sets?: Operation['sets'];
  readonly rank: number;
  /** Failed delivery attempts so far (transport errors); 0 means never tried or never failed. */
  readonly attempts: number;
  /** Epoch ms when the entry was queued. */
  readonly queuedAt: number;
  /** The last delivery failure, for the dead-letter list. */
  readonly lastError?: string;
  /**
   * 1 once `maxAttempts` deliveries failed: the entry is parked as a dead letter. It stays in the
   * outbox (so the record keeps showing the edit and a pull does not overwrite it) but is not sent
   * until `deadLetters.retry(id)`.
   */
  readonly dead?: 1;
  /** Epoch ms when it became a dead letter. */
  readonly deadAt?: number;
  /**
   * 1 when the failures that parked it were transient (no answer, 408, 429, 5xx): the dead letter
   * goes back to the queue by itself once the retry policy's `maxDelay` has passed.
   */
  readonly retryLater?: 1;
}

/** Rank of a priority: its place in {@link PRIORITIES} (critical = 0). */
export function priorityRank(priority: Priority): number {
  return PRIORITIES.indexOf(priority);
}
