import type { EngineContext } from '../client/context';
import { isStoredLocally } from '../local-store';
import type { OutboxEntry } from '../outbox/entry';
import { type Operation, type OperationResult, PROTOCOL_VERSION } from '../protocol';
import { PRIORITIES } from '../spec';
import { pendingTotal } from '../status';
import { toOperation } from '../sync/operations';
import { applyPushResults } from '../sync/push-results';
import { type SyncTransport, TransportError } from '../transport/types';
import type { UpstreamCounters } from './counters';
import { entryChars, type OutboxBatch, type QueueableEntity } from './outbox';

/** Entries per batch when the entity's spec names no `batchSize`. */
const DEFAULT_BATCH = 100;

/** Batches in flight at once. */
export const PUSH_WINDOW = 4;

/**
 * Payload characters per batch before any 413 taught a smaller size: well under the server's
 * default body limit (5 MB) even when every character takes three bytes in UTF-8.
 */
export const DEFAULT_BATCH_CHARS = 1_000_000;

/** What one push request (or the requests of a split batch) gave. */
interface Delivery {
  /** The server's answers, in the order of the requests that got them. */
  readonly results: readonly OperationResult[];
  /** Entries sent in requests the server answered. */
  readonly sent: readonly OutboxEntry[];
  /**
   * The request that failed, and the entries it carried; later parts of a split batch were not
   * sent. `park`: the server refused one operation alone as too large (413), so no retry can
   * succeed: it becomes a dead letter now, and the rest of the queue moves on.
   */
  readonly failure?: {
    readonly error: unknown;
    readonly entries: readonly OutboxEntry[];
    readonly park: boolean;
  };
}

/**
 * Records a failed delivery of `entries`: counts an attempt on each and parks those past
 * `maxAttempts` (all of them with `park`).
 */
export type FailedDelivery = (
  entries: readonly OutboxEntry[],
  error: unknown,
  park: boolean,
) => Promise<void>;

/**
 * The upstream half of the engine: drains the outbox to the server with several batches in flight
 * (up to {@link PUSH_WINDOW}), their answers applied in the order the batches were taken. A batch
 * is cut by entry count (the entity's `batchSize`) and by payload size; a batch the server refuses
 * as too large (413) is split in two and each half sent on its own, down to single operations, and
 * the size that failed lowers the cut for later batches; an operation refused alone becomes a dead
 * letter at once (never one the server would accept alone). Any other failed request stops taking
 * new batches; those already in flight are still settled, then the failure is raised.
 */
export class Upstream {
  readonly #ctx: EngineContext;
  readonly #transport: SyncTransport;
  readonly #counters: UpstreamCounters;
  readonly #failed: FailedDelivery;
  readonly #queueable: readonly QueueableEntity[];
  #maxChars = DEFAULT_BATCH_CHARS;

  constructor(
    ctx: EngineContext,
    transport: SyncTransport,
    counters: UpstreamCounters,
    failed: FailedDelivery,
  ) {
    this.#ctx = ctx;
    this.#transport = transport;
    this.#counters = counters;
    this.#failed = failed;
    this.#queueable = [...ctx.entities.values()]
      .filter((r) => isStoredLocally(r.entity) && r.entity.sync.direction !== 'pull')
      .map((r) => ({ name: r.entity.name, rank: r.rank }))
      .sort((a, b) => a.rank - b.rank);
  }

  /** Largest batch payload (characters) this session sends. */
  get maxChars(): number {
    return this.#maxChars;
  }

  #pushable(name: string): boolean {
    const runtime = this.#ctx.entities.get(name);
    if (!runtime) return false;
    const { entity } = runtime;
    return (
      entity.sync.direction !== 'pull' &&
      this.#ctx.machine.maySync(entity) &&
      this.#ctx.machine.writeMode(entity) !== 'queue'
    );
  }

  /** Takes the next batch under the write lock, so no local edit folds into an entry being taken. */
  #take(): Promise<OutboxBatch | undefined> {
    const ctx = this.#ctx;
    return ctx.lock.run(() =>
      ctx.db.transaction('r', ctx.outbox.table, () =>
        ctx.outbox.take(this.#queueable, {
          sendable: (name) => this.#pushable(name),
          maxEntries: (name) => ctx.entities.get(name)?.entity.sync.batchSize ?? DEFAULT_BATCH,
          maxChars: this.#maxChars,
          queued: (rank) => ctx.status.get().pending[PRIORITIES[rank]!],
        }),
      ),
    );
  }

  /** Pushes everything sendable; resolves with the number of operations answered. */
  async pushAll(): Promise<number> {
    const ctx = this.#ctx;
    const window: { batch: OutboxBatch; delivery: Promise<Delivery> }[] = [];
    let pushed = 0;
    let failure: { error: unknown } | undefined;
    for (;;) {
      while (!failure && window.length < PUSH_WINDOW) {
        const batch = await this.#take();
        if (!batch || batch.entries.length === 0) break;
        const first = batch.entries[0]!;
        ctx.status.update({ inFlight: { batchSize: batch.entries.length, entity: first.entity } });
        // Converted before the next batch is taken, so requests leave in the order batches were taken.
        let operations: Operation[];
        try {
          operations = await this.#operations(batch.entries);
        } catch (error) {
          ctx.outbox.release(batch.entries);
          failure = { error };
          break;
        }
        window.push({ batch, delivery: this.#deliver(batch.entries, operations, batch.chars) });
        this.#counters.peakInFlight = Math.max(this.#counters.peakInFlight, window.length);
      }
      const head = window.shift();
      if (!head) break;
      try {
        pushed += await this.#settle(await head.delivery);
      } catch (error) {
        failure ??= { error };
      } finally {
        ctx.outbox.release(head.batch.entries);
      }
    }
    if (failure) throw failure.error;
    return pushed;
  }

  /** The wire operations of a batch's entries (encrypted fields opened). */
  async #operations(entries: readonly OutboxEntry[]): Promise<Operation[]> {
    const codec = this.#ctx.entities.get(entries[0]!.entity)!.codec;
    const operations: Operation[] = [];
    for (const entry of entries) operations.push(await toOperation(entry, codec));
    return operations;
  }

  /** Sends `entries` (as `operations`) in one push; never rejects (a failure is part of the answer). */
  async #deliver(
    entries: readonly OutboxEntry[],
    operations: readonly Operation[],
    chars: number,
  ): Promise<Delivery> {
    const ctx = this.#ctx;
    const status = ctx.status.get();
    try {
      const response = await this.#transport.push({
        protocol: PROTOCOL_VERSION,
        specVersion: ctx.spec.app.version,
        clientId: ctx.clientId,
        operations: [...operations],
        // The device's queue, for the server's metrics (a count of what waits, nothing of its content).
        queue: { pending: pendingTotal(status), deadLetters: status.deadLetters },
      });
      this.#counters.batches++;
      this.#counters.operations += response.results.length;
      this.#counters.chars += chars;
      return { results: response.results, sent: entries };
    } catch (error) {
      const tooLarge = error instanceof TransportError && error.status === 413;
      if (tooLarge && entries.length > 1) return this.#split(entries, operations, chars);
      this.#counters.failures++;
      return { results: [], sent: [], failure: { error, entries, park: tooLarge } };
    }
  }

  /** Sends the two halves of a batch the server found too large, one after the other. */
  async #split(
    entries: readonly OutboxEntry[],
    operations: readonly Operation[],
    chars: number,
  ): Promise<Delivery> {
    this.#counters.splits++;
    this.#maxChars = Math.max(1, Math.min(this.#maxChars, Math.floor(chars / 2)));
    const half = Math.ceil(entries.length / 2);
    const left = entries.slice(0, half);
    const right = entries.slice(half);
    const sizeOf = (list: readonly OutboxEntry[]) => list.reduce((n, e) => n + entryChars(e), 0);
    const first = await this.#deliver(left, operations.slice(0, half), sizeOf(left));
    if (first.failure) return first;
    const second = await this.#deliver(right, operations.slice(half), sizeOf(right));
    return {
      results: [...first.results, ...second.results],
      sent: [...first.sent, ...second.sent],
      ...(second.failure ? { failure: second.failure } : {}),
    };
  }

  /** Applies the answers of one delivery; raises its failure after counting the attempt. */
  async #settle(delivery: Delivery): Promise<number> {
    if (delivery.results.length > 0) await applyPushResults(this.#ctx, delivery.sent, delivery.results);
    const { failure } = delivery;
    if (failure) {
      await this.#failed(failure.entries, failure.error, failure.park);
      if (!failure.park) throw failure.error;
    }
    const answered = new Set(delivery.results.map((r) => r.opId));
    const unanswered = delivery.sent.filter((e) => !answered.has(e.id));
    if (unanswered.length > 0) {
      const error = new Error(
        `the server answered ${delivery.results.length} of ${delivery.sent.length} operations`,
      );
      await this.#failed(unanswered, new Error('the server did not answer for this operation'), false);
      throw error;
    }
    return delivery.sent.length;
  }
}
