import type { EngineContext } from '../client/context';
import type { TimerHandle } from '../client/scheduler';
import type { MachineEvent } from '../offline-states';
import type { OutboxEntry } from '../outbox/entry';
import { PROTOCOL_VERSION } from '../protocol';
import { purgeExpired } from '../retention/purge';
import { type Backoff, retryDelayMs } from '../retry';
import { PRIORITIES } from '../spec';
import { toOperation } from '../sync/operations';
import { type SyncTransport, TransportError } from '../transport/types';
import { emptyCounters, type SyncCounters } from './counters';
import { pullAll } from './downstream';
import { PullSchedule, type PullTrigger } from './schedule';
import { Upstream } from './upstream';

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
 * Runs sync cycles one at a time: the upstream loop ({@link Upstream}, pipelined pushes) drains
 * the outbox, then the downstream loop ({@link pullAll}) takes the server's changes for the
 * entities due by their own schedule ({@link PullSchedule}: app start, reconnect, interval; a
 * server notification and `syncNow()` make every entity due). A local write asks for a push only,
 * and one made during a pull is pushed after the page being applied, never after the whole pull.
 * Requests during a cycle fold into one more cycle. A failed transport call backs the batch off per the spec's retry policy
 * (counting an attempt on each of its operations; past `maxAttempts` an operation becomes a dead
 * letter), while the server's per-operation refusals never hold back the rest.
 */
export class SyncEngine {
  readonly #ctx: EngineContext;
  readonly #transport: SyncTransport;
  readonly #backoff: Backoff;
  readonly #signal: EngineSignal;
  #started = false;
  #wanted = false;
  /** A push was asked for since the current cycle's push: done between pull pages. */
  #pushWanted = false;
  readonly #schedule: PullSchedule;
  #loop: Promise<void> | undefined;
  #failures = 0;
  #retryTimer: TimerHandle | undefined;
  #probeTimer: TimerHandle | undefined;
  /** Wakes the engine when dead letters parked by transient failures are due again. */
  #reviveTimer: TimerHandle | undefined;
  #probe: Promise<void> | undefined;
  #upgradeRequired = false;
  #last: CycleResult = { kind: 'skipped', reason: 'not run yet' };
  readonly #counters: SyncCounters = emptyCounters();
  readonly #upstream: Upstream;

  constructor(ctx: EngineContext, transport: SyncTransport, backoff: Backoff, signal: EngineSignal) {
    this.#ctx = ctx;
    this.#transport = transport;
    this.#backoff = backoff;
    this.#signal = signal;
    this.#upstream = new Upstream(ctx, transport, this.#counters.upstream, (entries, error, park) =>
      this.#failedDelivery(entries, error, park),
    );
    this.#schedule = new PullSchedule(ctx.spec.entities, () => this.#requestCycle());
  }

  /** What each direction has done since the client started (a snapshot). */
  get counters(): SyncCounters {
    return { upstream: { ...this.#counters.upstream }, downstream: { ...this.#counters.downstream } };
  }

  /**
   * Lets automatic triggers (writes, state changes, timers) start cycles, arms each entity's
   * interval and makes the entities that pull on app start due.
   */
  start(): void {
    this.#started = true;
    this.#schedule.arm(this.#ctx.scheduler);
    this.#schedule.mark('app-start');
    this.request();
  }

  /** Stops automatic cycles and cancels timers; a running cycle finishes. */
  stop(): void {
    this.#started = false;
    this.#schedule.disarm();
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

  /** Asks for a push if the engine runs automatically (after a write, a state change, a retry). */
  request(): void {
    this.#pushWanted = true;
    this.#requestCycle();
  }

  /**
   * Makes entities due for a pull (those the trigger selects by their schedule, or the named ones)
   * and asks for a cycle if the engine runs automatically.
   */
  requestPull(trigger: PullTrigger, only?: readonly string[]): void {
    this.#schedule.mark(trigger, only);
  }

  /** Entities waiting for a pull. */
  get pullsDue(): ReadonlySet<string> {
    return this.#schedule.due;
  }

  #requestCycle(): void {
    if (this.#started) this.#kick();
  }

  /** Runs a cycle of every entity now (even when not started); resolves when idle again. */
  async syncNow(): Promise<CycleResult> {
    this.#retryTimer?.cancel();
    this.#retryTimer = undefined;
    this.#schedule.mark('sync-now');
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
          // After a failure the retry timer (backoff) asks again; requests made meanwhile wait for it.
          if (this.#last.kind === 'failed') this.#wanted = false;
        }
      } finally {
        this.#loop = undefined;
      }
    })();
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
        await this.#reviveDue(this.#ctx.scheduler.now() - this.#backoff.maxMs);
      this.#pushWanted = false;
      pushed = await this.#upstream.pushAll();
      const due = this.#schedule.take((entity) => machine.maySync(entity));
      try {
        pulled = await pullAll(this.#ctx, this.#transport, this.#counters.downstream, due, {
          between: async () => {
            if (!this.#pushWanted) return;
            this.#pushWanted = false;
            pushed += await this.#upstream.pushAll();
          },
        });
      } catch (error) {
        this.#schedule.giveBack(due);
        throw error;
      }
      await purgeExpired(this.#ctx);
    } catch (error) {
      return this.#failed(error);
    } finally {
      status.update({ inFlight: null });
      // Echoes of this cycle's pushes come back in this cycle's pull or are applied as any change.
      this.#ctx.outbox.forgetEchoes();
    }
    this.#failures = 0;
    const at = this.#ctx.scheduler.now();
    // A dead letter is an unsolved failure: its error stays shown until it is gone.
    status.update({ lastSyncedAt: at, ...(status.get().deadLetters > 0 ? {} : { lastError: null }) });
    this.#signal({ type: 'sync-succeeded' });
    this.#ctx.events.emit('synced', { pushed, pulled, at });
    return { kind: 'synced', pushed, pulled };
  }

  /**
   * Counts a failed delivery on each entry. An entry reaching `maxAttempts` becomes a dead letter:
   * it stays in the outbox (the record keeps showing the edit) but is no longer sent, and the
   * client emits `dead-letter`: nothing is dropped silently.
   */
  async #failedDelivery(entries: readonly OutboxEntry[], error: unknown, park: boolean): Promise<void> {
    const ctx = this.#ctx;
    const info = errorInfo(error);
    const message = info.message;
    // A server that was down or overloaded may take it later; one refused as too large never will.
    const transient = !park && info.retryable;
    const now = ctx.scheduler.now();
    const { dead } = await ctx.lock.run(() =>
      ctx.outbox.fail(entries, message, park ? 1 : this.#backoff.maxAttempts, now, transient),
    );
    if (dead.length === 0) return;
    if (transient) this.#wakeForRevival();
    const counts = { ...ctx.status.get().pending };
    for (const entry of dead) {
      const priority = ctx.entities.get(entry.entity)!.entity.sync.priority;
      counts[priority] = Math.max(0, counts[priority] - 1);
    }
    ctx.status.update({ pending: counts, deadLetters: ctx.status.get().deadLetters + dead.length });
    for (const entry of dead) {
      const operation = await toOperation(entry, ctx.entities.get(entry.entity)!.codec);
      ctx.events.emit('dead-letter', {
        deadLetter: { id: entry.id, operation, attempts: entry.attempts, lastError: message, at: now },
      });
    }
  }

  /**
   * Puts dead letters parked by transient failures at or before `parkedBefore` back in the queue
   * with a fresh attempt count: a server that was down or overloaded gets them again later,
   * without anyone calling `deadLetters.retry`.
   */
  async #reviveDue(parkedBefore: number): Promise<void> {
    const ctx = this.#ctx;
    const revived = await ctx.lock.run(() => ctx.outbox.reviveDue(parkedBefore));
    if (revived.length === 0) return;
    const status = ctx.status.get();
    const pending = { ...status.pending };
    for (const entry of revived) pending[PRIORITIES[entry.rank]!]++;
    ctx.status.update({ pending, deadLetters: Math.max(0, status.deadLetters - revived.length) });
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
