import type { OutboxEntry } from '../outbox/entry';
import type { FieldDecision, Operation, RejectReason } from '../protocol';

/** An operation the server refused for good; kept so the person can see every lost write. */
export interface RejectedOperation {
  readonly id: string;
  readonly operation: Operation;
  readonly reason: RejectReason;
  readonly message: string;
  readonly field?: string;
  /** Epoch ms of the refusal. */
  readonly at: number;
}

/** A refusal as kept in IndexedDB: the outbox entry (encrypted fields still sealed) instead of the operation. */
export interface StoredRejection extends Omit<RejectedOperation, 'operation'> {
  readonly entry: OutboxEntry;
}

/** An operation that failed delivery `maxAttempts` times; it waits for `retry` or `discard`. */
export interface DeadLetter {
  readonly id: string;
  readonly operation: Operation;
  readonly attempts: number;
  readonly lastError: string;
  /** Epoch ms when it was parked. */
  readonly at: number;
}

/** An operation the server merged: some fields keep another value than the one written. */
export interface MergeNotice {
  readonly operation: Operation;
  readonly decisions: readonly FieldDecision[];
  readonly at: number;
}

/** The most recent merge notices, newest last; older ones drop off past `limit`. */
export class NoticeLog {
  readonly #items: MergeNotice[] = [];
  readonly #limit: number;

  constructor(limit = 200) {
    this.#limit = limit;
  }

  add(notice: MergeNotice): void {
    this.#items.push(notice);
    if (this.#items.length > this.#limit) this.#items.splice(0, this.#items.length - this.#limit);
  }

  list(): readonly MergeNotice[] {
    return [...this.#items];
  }

  clear(): void {
    this.#items.length = 0;
  }
}
