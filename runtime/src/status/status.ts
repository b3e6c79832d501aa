import type { Priority } from '../spec';

/** Unsent operations per priority. */
export type PendingCounts = Readonly<Record<Priority, number>>;

/**
 * What a "saved on this device / syncing / synced" indicator needs. A new object on every change,
 * so React's `useSyncExternalStore` and plain `===` checks see updates.
 */
export interface SyncStatus {
  /** The offline state machine's current state. */
  readonly state: string;
  /** Whether the current state has a network (`online` or `limited`). */
  readonly online: boolean;
  /** Operations waiting in the outbox (dead letters not included). */
  readonly pending: PendingCounts;
  /** The push being sent right now. */
  readonly inFlight: { readonly batchSize: number; readonly entity?: string } | null;
  /** Epoch ms of the last sync cycle that completed, or null. */
  readonly lastSyncedAt: number | null;
  /** The last sync failure, cleared by a successful cycle. */
  readonly lastError: { readonly message: string; readonly at: number; readonly retryable: boolean } | null;
  /** Manual conflicts waiting for a person. */
  readonly conflicts: number;
  /** Operations that ran out of attempts. */
  readonly deadLetters: number;
  /** Operations the server refused for good. */
  readonly rejected: number;
}

/** The status before the first sync. */
export function initialStatus(state: string, online: boolean): SyncStatus {
  return {
    state,
    online,
    pending: { critical: 0, high: 0, normal: 0, low: 0 },
    inFlight: null,
    lastSyncedAt: null,
    lastError: null,
    conflicts: 0,
    deadLetters: 0,
    rejected: 0,
  };
}

/** Total unsent operations. */
export function pendingTotal(status: SyncStatus): number {
  return status.pending.critical + status.pending.high + status.pending.normal + status.pending.low;
}

/** An observable {@link SyncStatus}: `get()` for the current value, `subscribe` for changes. */
export class StatusStore {
  #value: SyncStatus;
  readonly #listeners = new Set<(status: SyncStatus) => void>();

  constructor(initial: SyncStatus) {
    this.#value = initial;
  }

  /** The current status (a stable object until something changes). */
  get(): SyncStatus {
    return this.#value;
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Replaces parts of the status and notifies listeners when anything changed. */
  update(patch: Partial<SyncStatus>): void {
    const next = { ...this.#value, ...patch };
    const keys = Object.keys(patch) as (keyof SyncStatus)[];
    if (keys.every((k) => next[k] === this.#value[k])) return;
    this.#value = next;
    for (const listener of [...this.#listeners]) listener(next);
  }

  /** Adds `delta` to one priority's pending count. */
  addPending(priority: Priority, delta: number): void {
    if (delta === 0) return;
    const pending = {
      ...this.#value.pending,
      [priority]: Math.max(0, this.#value.pending[priority] + delta),
    };
    this.update({ pending });
  }
}
