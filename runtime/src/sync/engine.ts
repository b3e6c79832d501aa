import type { EngineContext } from '../client/context';
import { outboxOf } from '../client/context';
import type { TimerHandle } from '../client/scheduler';
import { isStoredLocally } from '../local-store';
import type { MachineEvent } from '../offline-states';
import { nextBatch } from '../outbox/queue';
import { PROTOCOL_VERSION } from '../protocol';
import { purgeExpired } from '../retention/purge';
import { type Backoff, retryDelayMs } from '../retry';
import { type SyncTransport, TransportError } from '../transport/types';
import { recordFailedDelivery, reviveDeadLetters } from './delivery-failure';
import { toOperation } from './operations';
import { pullAll } from './pull';
import { applyPushResults } from './push-results';

const DEFAULT_BATCH = 100;

/** What one sync cycle did. */
export type CycleResult =
  | { readonly kind: 'synced'; readonly pushed: number; readonly pulled: number }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'failed'; readonly error: string; readonly retryInMs: number | null };

/** Something the engine tells the client's state machine about. */
export type EngineSignal = (event: MachineEvent) => void;

/**
 * What a failed cycle means. Only a transport call that got no answer (a network
 * `TransportError`) counts as a failed heartbeat; an error answer, or a local failure (say,
 * IndexedDB), is retried with backoff without declaring the device offline.
 */
function errorInfo(error: unknown): {
  message: string;
  retryable: boolean;
  network: boolean;
  code?: string;
  published?: string;
} {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof TransportError)) return { message, retryable: true, network: false };
  return {
    message,
    retryable: error.retryable,
    network: error.retryable && error.status === undefined,
    ...(error.code === undefined ? {} : { code: error.code }),
    ...(error.publishedVersion === undefined ? {} : { published: error.publishedVersion }),
  };
}

/**
 * Runs sync cycles (push, then pull) one at a time. A local write, a state change, the schedule
 * or `syncNow()` request a cycle; requests during a cycle fold into one more cycle. A failed
 * transport call backs the whole batch off per the spec's retry policy (counting an attempt on each
 * of its operations; past `maxAttempts` an operation becomes a dead letter), while the server's
 * per-operation refusals never hold back the rest.
 */
export class SyncEngine {
  readonly #ctx: EngineContext;
  readonly #transport: SyncTransport;
  readonly #backoff: Backoff;
  readonly #signal: EngineSignal;
  #started = false;
  #wanted = false;
  #loop: Promise<void> | undefined;
  #failures = 0;
  #retryTimer: TimerHandle | undefined;
  #probeTimer: TimerHandle | undefined;
  /** Wakes the engine when dead letters parked by transient failures are due again. */
  #reviveTimer: TimerHandle | undefined;
  #probe: Promise<void> | undefined;
  #upgradeRequired = false;
  #last: CycleResult = { kind: 'skipped', reason: 'not run yet' };
  /** Entities that can have outbox entries, most urgent first. */
  readonly #queueable: readonly { readonly name: string; readonly rank: number }[];

  constructor(ctx: EngineContext, transport: SyncTransport, backoff: Backoff, signal: EngineSignal) {
    this.#ctx = ctx;
    this.#transport = transport;
    this.#backoff = backoff;
    this.#signal = signal;
    this.#queueable = [...ctx.entities.values()]
      .filter((r) => isStoredLocally(r.entity) && r.entity.sync.direction !== 'pull')
      .map((r) => ({ name: r.entity.name, rank: r.rank }))
      .sort((a, b) => a.rank - b.rank);
  }

  /** Lets automatic triggers (writes, state changes, timers) start cycles. */
  start(): void {
    this.#started = true;
  }

  /** Stops automatic cycles and cancels timers; a running cycle finishes. */
  stop(): void {
    this.#started = false;
    this.#retryTimer?.cancel();
    this.#probeTimer?.cancel();
    this.#reviveTimer?.cancel();
    this.#retryTimer = undefined;
    this.#probeTimer = undefined;
    this.#reviveTimer = undefined;
  }

  get started(): boolean {
    return this.#started;
  }

  /** The outcome of the last cycle. */
  get lastResult(): CycleResult {
    return this.#last;
  }

  /** Asks for a cycle if the engine runs automatically (after a write, a reconnect, a timer). */
  request(): void {
    if (this.#started) this.#kick();
  }

  /** Runs a cycle now (even when not started) and resolves when the engine is idle again. */
  async syncNow(): Promise<CycleResult> {
    this.#retryTimer?.cancel();
    this.#retryTimer = undefined;
    this.#kick();
    await this.idle();
    return this.#last;
  }

  /** Resolves once no cycle runs or is due and no local write is in progress. */
  async idle(): Promise<void> {
    for (;;) {
      if (this.#loop || this.#probe) {
        await (this.#loop ?? this.#probe);
        continue;
      }
      if (this.#ctx.lock.size > 0) {
        await this.#ctx.lock.run(async () => undefined);
        continue;
      }
      return;
    }
  }

  #kick(): void {
    if (this.#upgradeRequired) return;
    this.#wanted = true;
    if (this.#loop) return;
    this.#loop = (async () => {
      try {
        while (this.#wanted) {
          this.#wanted = false;
          this.#last = await this.#cycle();
        }
      } finally {
        this.#loop = undefined;
      }
    })();
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

  async #cycle(): Promise<CycleResult> {
    const { machine, status } = this.#ctx;
    if (!machine.state.sync.enabled)
      return { kind: 'skipped', reason: `sync is off in state "${machine.state.name}"` };
    this.#signal({ type: 'sync-started' });
    let pushed = 0;
    let pulled = 0;
    try {
      if (status.get().deadLetters > 0)
        await reviveDeadLetters(this.#ctx, this.#ctx.scheduler.now() - this.#backoff.maxMs);
      pushed = await this.#pushAll();
      pulled = await pullAll(this.#ctx, this.#transport);
      await purgeExpired(this.#ctx);
    } catch (error) {
      return this.#failed(error);
    } finally {
      status.update({ inFlight: null });
    }
    this.#failures = 0;
    const at = this.#ctx.scheduler.now();
    // A dead letter is an unsolved failure: its error stays shown until it is gone.
    status.update({ lastSyncedAt: at, ...(status.get().deadLetters > 0 ? {} : { lastError: null }) });
    this.#signal({ type: 'sync-succeeded' });
    this.#ctx.events.emit('synced', { pushed, pulled, at });
    return { kind: 'synced', pushed, pulled };
  }

  async #pushAll(): Promise<number> {
    const ctx = this.#ctx;
    const outbox = outboxOf(ctx);
    let pushed = 0;
    for (;;) {
      // Under the write lock, so no local edit folds into an entry between reading and marking it.
      const batch = await ctx.lock.run(async () => {
        const next = await nextBatch(
          outbox,
          this.#queueable,
          (name) => this.#pushable(name),
          (name) => ctx.entities.get(name)?.entity.sync.batchSize ?? DEFAULT_BATCH,
          ctx.delivery.inFlight,
        );
        for (const entry of next) ctx.delivery.inFlight.add(entry.id);
        return next;
      });
      if (batch.length === 0) return pushed;
      const first = batch[0]!;
      const inFlight = batch;
      ctx.status.update({ inFlight: { batchSize: batch.length, entity: first.entity } });
      const codec = ctx.entities.get(first.entity)!.codec;
      const operations = [];
      for (const entry of inFlight) operations.push(await toOperation(entry, codec));
      let response: Awaited<ReturnType<SyncTransport['push']>>;
      try {
        try {
          response = await this.#transport.push({
            protocol: PROTOCOL_VERSION,
            specVersion: ctx.spec.app.version,
            clientId: ctx.clientId,
            operations,
          });
        } catch (error) {
          const info = errorInfo(error);
          const parked = await recordFailedDelivery(
            ctx,
            inFlight,
            info.message,
            this.#backoff.maxAttempts,
            info.retryable,
          );
          if (parked > 0 && info.retryable) this.#wakeForRevival();
          throw error;
        }
        await applyPushResults(ctx, inFlight, response.results);
        const answered = new Set(response.results.map((r) => r.opId));
        const unanswered = inFlight.filter((e) => !answered.has(e.id));
        if (unanswered.length > 0) {
          await recordFailedDelivery(
            ctx,
            unanswered,
            'the server did not answer for this operation',
            this.#backoff.maxAttempts,
            true,
          );
          throw new Error(`the server answered ${response.results.length} of ${inFlight.length} operations`);
        }
      } finally {
        for (const entry of batch) ctx.delivery.inFlight.delete(entry.id);
      }
      pushed += inFlight.length;
    }
  }

  /** Requests a cycle once dead letters parked now are due to go back to the queue. */
  #wakeForRevival(): void {
    if (!this.#started) return;
    this.#reviveTimer?.cancel();
    this.#reviveTimer = this.#ctx.scheduler.setTimer(this.#backoff.maxMs, () => {
      this.#reviveTimer = undefined;
      this.request();
    });
  }

  #failed(error: unknown): CycleResult {
    const ctx = this.#ctx;
    const info = errorInfo(error);
    const at = ctx.scheduler.now();
    ctx.status.update({ lastError: { message: info.message, at, retryable: info.retryable } });
    this.#signal({ type: 'sync-failed' });
    if (info.code === 'spec-upgrade-required') {
      this.#upgradeRequired = true;
      ctx.events.emit('spec-upgrade-required', { publishedVersion: info.published, message: info.message });
      return { kind: 'failed', error: info.message, retryInMs: null };
    }
    if (info.network) this.#signal({ type: 'heartbeat-failed' });
    this.#failures++;
    const delay = retryDelayMs(this.#backoff, this.#failures, ctx.random);
    if (!this.#started) return { kind: 'failed', error: info.message, retryInMs: null };
    if (ctx.machine.state.sync.enabled) {
      this.#retryTimer?.cancel();
      this.#retryTimer = ctx.scheduler.setTimer(delay, () => {
        this.#retryTimer = undefined;
        this.request();
      });
    } else if (info.network) {
      this.#scheduleProbe(delay);
    }
    return { kind: 'failed', error: info.message, retryInMs: delay };
  }

  /**
   * While a failed heartbeat holds the device in an offline state, checks the connection now and
   * then with an empty push (cheap, changes nothing); when it answers, the machine hears
   * `connection-restored`.
   */
  #scheduleProbe(delay: number): void {
    this.#probeTimer?.cancel();
    this.#probeTimer = this.#ctx.scheduler.setTimer(delay, () => {
      this.#probeTimer = undefined;
      if (!this.#started) return;
      const probe = this.#transport
        .push({
          protocol: PROTOCOL_VERSION,
          specVersion: this.#ctx.spec.app.version,
          clientId: this.#ctx.clientId,
          operations: [],
        })
        .then(
          () => {
            this.#failures = 0;
            this.#signal({ type: 'connection-restored' });
          },
          () => {
            this.#failures++;
            this.#scheduleProbe(retryDelayMs(this.#backoff, this.#failures, this.#ctx.random));
          },
        )
        .finally(() => {
          if (this.#probe === probe) this.#probe = undefined;
        });
      this.#probe = probe;
    });
  }
}
