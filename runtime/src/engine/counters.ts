/** What the upstream (push) loop has done since the client started. */
export interface UpstreamCounters {
  /** Push requests answered (a batch split after a 413 counts each part). */
  batches: number;
  /** Operations the server answered. */
  operations: number;
  /** Payload characters (changes and base as JSON) of the answered operations. */
  chars: number;
  /** Push requests that failed (no answer, or an error answer). */
  failures: number;
  /** Batches split in two because the server refused their size (413). */
  splits: number;
  /** Most batches in flight at once. */
  peakInFlight: number;
}

/** What the downstream (pull) loop has done since the client started. */
export interface DownstreamCounters {
  /** Pull pages received. */
  pages: number;
  /** Changes received. */
  changes: number;
  /** Pull requests that failed. */
  failures: number;
}

/** Per-direction counters of a client's sync engine. */
export interface SyncCounters {
  readonly upstream: UpstreamCounters;
  readonly downstream: DownstreamCounters;
}

/** Fresh counters, all zero. */
export function emptyCounters(): SyncCounters {
  return {
    upstream: { batches: 0, operations: 0, chars: 0, failures: 0, splits: 0, peakInFlight: 0 },
    downstream: { pages: 0, changes: 0, failures: 0 },
  };
}
