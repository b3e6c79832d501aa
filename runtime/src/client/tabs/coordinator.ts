import type { CycleResult } from '../../engine/engine';
import type { PullTrigger } from '../../engine/schedule';
import type { SyncStatus } from '../../status';
import type { ClearedLocalData } from '../clear-local';
import type { ClientEvents } from '../client-events';
import { UnsentEditsError } from '../errors';
import type { Emitter } from '../events';
import type { UnsentRecord } from '../unsent-records';
import { channelElection, lockElection, type TabElection, type TabLocks } from './election';
import type { TabCall, TabChannel, TabFailure, TabMessage } from './messages';

/**
 * Longest a follower's copy of the leader's status lags behind it (one frame): the status posted
 * to the other tabs is the newest one at the end of that time, never an older one.
 */
const STATUS_DELAY_MS = 16;

/** Whether this tab syncs: alone (no other tab coordinated), as the leader, or through the leader. */
export type TabRole = 'single' | 'leader' | 'follower';

/**
 * How tabs of one app on one database coordinate. By default, in a browser, with Web Locks
 * (`navigator.locks`) when present, else with heartbeats over a BroadcastChannel; outside a browser
 * a client works alone. Pass `false` to work alone in a browser too.
 */
export interface TabOptions {
  /** The Web Locks to elect with (default `navigator.locks`); `null` elects over the channel alone. */
  readonly locks?: TabLocks | null;
  /** Opens the channel tabs talk over (default `new BroadcastChannel(name)`). */
  readonly channel?: (name: string) => TabChannel;
  /** This tab's id (default random). */
  readonly tabId?: string;
  /** Heartbeat of the channel election (without Web Locks), default 500 ms. */
  readonly heartbeatMs?: number;
}

/** What the coordinator drives in its own tab. */
export interface TabHost {
  readonly status: {
    get(): SyncStatus;
    update(patch: Partial<SyncStatus>): void;
    subscribe(l: (s: SyncStatus) => void): () => void;
  };
  readonly events: Emitter<ClientEvents>;
  /** Becomes the tab that delivers the outbox (no folding into what another tab may have sent). */
  lead(): Promise<void>;
  /** Another tab delivers the outbox: this one appends, never folds. */
  follow(): void;
  /** Re-reads the queue figures of the status from the database. */
  recount(): Promise<void>;
  /** Starts and stops this tab's automatic sync (engine, live notifications). */
  startSync(): void;
  stopSync(): void;
  push(): void;
  pull(trigger: PullTrigger, only?: readonly string[]): void;
  syncNow(): Promise<CycleResult>;
  idle(): Promise<void>;
  clearLocalData(discardUnsent: boolean): Promise<ClearedLocalData>;
  /** The records with unsent edits, as this tab sees them (only the delivering tab knows `sending`). */
  unsentRecords(): Promise<UnsentRecord[]>;
}

interface PendingCall {
  readonly call: TabCall;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** Turns a failure into what crosses the channel, and back. */
function failureOf(error: unknown): TabFailure {
  if (error instanceof UnsentEditsError)
    return { name: error.name, message: error.message, unsent: error.unsent, byEntity: error.byEntity };
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

function errorOf(failure: TabFailure): Error {
  if (failure.name === 'UnsentEditsError' && failure.unsent !== undefined)
    return new UnsentEditsError(failure.unsent, failure.byEntity ?? {});
  const error = new Error(failure.message);
  error.name = failure.name;
  return error;
}

const isMessage = (data: unknown): data is TabMessage =>
  typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string';

/**
 * Makes the tabs of one app on one database act as one device: one tab (the leader, chosen by a
 * {@link TabElection}) runs the sync engine; the others write to the shared database and ask the
 * leader to push, pull, sync now or clear, and show the leader's status and events. Live queries
 * need nothing more: the database tells every tab of a change. When the leader closes (or its tab
 * dies, with Web Locks), another tab takes over; it never folds a new edit into an entry queued
 * before it led, since the old leader may have sent it.
 */
export class TabCoordinator {
  readonly #id: string;
  readonly #channel: TabChannel;
  readonly #election: TabElection;
  readonly #host: TabHost;
  #role: TabRole = 'follower';
  /** Counts changes of lead, so a promotion overtaken by a demotion (or the reverse) stops. */
  #term = 0;
  #leader: string | undefined;
  #wantSync = false;
  #closed = false;
  #nextCall = 1;
  readonly #pending = new Map<number, PendingCall>();
  /**
   * Calls this leader took, by caller and id: a follower re-sends its calls whenever it hears of a
   * leader (one that left may have taken them unanswered), and a call heard twice runs once.
   */
  readonly #taken = new Map<string, Promise<unknown>>();
  #unsubscribeStatus: (() => void) | undefined;
  /** A change of this leader's status not yet posted (see `#statusChanged`). */
  #statusDue = false;
  readonly #unsubscribeEvents: () => void;
  #recounting: Promise<void> | undefined;
  #recountAgain = false;
  readonly #roleListeners = new Set<(role: TabRole) => void>();
  readonly #onMessage = (event: { readonly data: unknown }) => {
    if (isMessage(event.data)) this.#receive(event.data);
  };

  constructor(name: string, host: TabHost, options: TabOptions, channel: TabChannel, locks: TabLocks | null) {
    this.#id = options.tabId ?? crypto.randomUUID();
    this.#host = host;
    this.#channel = channel;
    const post = (message: TabMessage) => this.#post(message);
    this.#election = locks
      ? lockElection(locks, `${name}:sync-leader`)
      : channelElection(
          this.#id,
          post,
          options.heartbeatMs === undefined ? {} : { heartbeatMs: options.heartbeatMs },
        );
    channel.addEventListener('message', this.#onMessage);
    // The leader's events reach every tab (a follower's own local events stay its own).
    this.#unsubscribeEvents = host.events.onAny((name, payload) => {
      if (this.#role === 'leader' && name !== 'state-changed')
        this.#post({ type: 'event', from: this.#id, name, payload });
    });
    host.follow();
    // A tab closed while it takes over (its database closed mid-promotion) simply stops.
    const quietly = (step: () => Promise<void>) => () => {
      step().catch((error: unknown) => {
        if (!this.#closed) throw error;
      });
    };
    this.#election.start(
      quietly(() => this.#promote()),
      quietly(() => this.#demote()),
    );
    this.#post({ type: 'hello', from: this.#id });
  }

  /** This tab's id. */
  get id(): string {
    return this.#id;
  }

  get role(): TabRole {
    return this.#role;
  }

  /** Calls `listener` when this tab starts or stops leading; returns the unsubscribe function. */
  onRole(listener: (role: TabRole) => void): () => void {
    this.#roleListeners.add(listener);
    return () => {
      this.#roleListeners.delete(listener);
    };
  }

  /** Automatic sync wanted: runs here while this tab leads. */
  start(): void {
    this.#wantSync = true;
    if (this.#role === 'leader') this.#host.startSync();
  }

  stop(): void {
    this.#wantSync = false;
    if (this.#role === 'leader') this.#host.stopSync();
  }

  /** A local edit was queued: the leader pushes it. */
  push(): void {
    if (this.#role === 'leader') this.#host.push();
    else this.#post({ type: 'wrote', from: this.#id });
  }

  pull(trigger: PullTrigger, only?: readonly string[]): void {
    if (this.#role === 'leader') this.#host.pull(trigger, only);
    else this.#post({ type: 'pull', from: this.#id, trigger, ...(only ? { only: [...only] } : {}) });
  }

  syncNow(): Promise<CycleResult> {
    return this.#call({ action: 'sync-now' }) as Promise<CycleResult>;
  }

  async idle(): Promise<void> {
    await this.#call({ action: 'idle' });
  }

  clearLocalData(discardUnsent: boolean): Promise<ClearedLocalData> {
    return this.#call({ action: 'clear-local-data', discardUnsent }) as Promise<ClearedLocalData>;
  }

  /** Asked of the delivering tab: it alone knows which edits are in a push now. */
  unsentRecords(): Promise<UnsentRecord[]> {
    return this.#call({ action: 'unsent-records' }) as Promise<UnsentRecord[]>;
  }

  /** Leaves: stops syncing here (after what runs has finished), lets another tab lead. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#role === 'leader') {
      this.#host.stopSync();
      await this.#host.idle();
      this.#unsubscribeStatus?.();
    }
    this.#election.resign();
    this.#unsubscribeEvents();
    this.#channel.removeEventListener('message', this.#onMessage);
    this.#channel.close();
    for (const pending of this.#pending.values()) pending.reject(new Error('the client was closed'));
    this.#pending.clear();
  }

  #post(message: TabMessage): void {
    if (this.#closed && message.type !== 'resign') return;
    // Whatever follows a change of status reaches the others after it (an answer to `idle`, say).
    if (this.#statusDue && message.type !== 'status') this.#postStatus();
    try {
      this.#channel.postMessage(message);
    } catch {
      // A payload the channel cannot clone (an event carrying a function, say) stays in this tab.
    }
  }

  #setRole(role: TabRole): void {
    this.#role = role;
    for (const listener of [...this.#roleListeners]) listener(role);
  }

  async #promote(): Promise<void> {
    if (this.#closed) return;
    const term = ++this.#term;
    await this.#host.lead();
    await this.#host.recount();
    if (term !== this.#term || this.#closed) {
      // Demoted (or closed) meanwhile: another tab delivers, so nothing may be folded here.
      this.#host.follow();
      return;
    }
    this.#leader = this.#id;
    this.#setRole('leader');
    this.#unsubscribeStatus = this.#host.status.subscribe(() => this.#statusChanged());
    this.#post({ type: 'leader', from: this.#id });
    this.#post({ type: 'status', from: this.#id, status: this.#host.status.get() });
    if (this.#wantSync) this.#host.startSync();
    // Calls this tab made while another led are answered here now.
    for (const [id, pending] of [...this.#pending]) {
      this.#pending.delete(id);
      this.#run(pending.call).then(pending.resolve, pending.reject);
    }
  }

  async #demote(): Promise<void> {
    this.#term++;
    this.#setRole('follower');
    this.#unsubscribeStatus?.();
    this.#unsubscribeStatus = undefined;
    this.#host.stopSync();
    await this.#host.idle();
    this.#host.follow();
  }

  #call(call: TabCall): Promise<unknown> {
    if (this.#role === 'leader') return this.#run(call);
    if (this.#closed) return Promise.reject(new Error('the client was closed'));
    const id = this.#nextCall++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { call, resolve, reject });
      this.#post({ type: 'call', from: this.#id, id, call });
    });
  }

  #run(call: TabCall): Promise<unknown> {
    switch (call.action) {
      case 'sync-now':
        return this.#host.syncNow();
      case 'idle':
        return this.#host.idle();
      case 'clear-local-data':
        return this.#host.clearLocalData(call.discardUnsent);
      case 'unsent-records':
        return this.#host.unsentRecords();
    }
  }

  /** Re-reads the queue figures once per burst of follower writes. */
  #recount(): void {
    if (this.#recounting) {
      this.#recountAgain = true;
      return;
    }
    this.#recounting = this.#host
      .recount()
      .catch(() => undefined)
      .finally(() => {
        this.#recounting = undefined;
        if (this.#recountAgain) {
          this.#recountAgain = false;
          this.#recount();
        }
      });
  }

  /**
   * The leader's status changed: the others hear of it within a frame ({@link STATUS_DELAY_MS}), so
   * a run of local writes (each changes the pending counts) posts one status, not one per write.
   */
  #statusChanged(): void {
    if (this.#statusDue) return;
    this.#statusDue = true;
    setTimeout(() => this.#postStatus(), STATUS_DELAY_MS);
  }

  #postStatus(): void {
    if (!this.#statusDue) return;
    this.#statusDue = false;
    if (this.#role === 'leader')
      this.#post({ type: 'status', from: this.#id, status: this.#host.status.get() });
  }

  #receive(message: TabMessage): void {
    if (message.from === this.#id || this.#closed) return;
    this.#election.receive(message);
    if (this.#role === 'leader') this.#lead(message);
    else this.#follow(message);
  }

  /** What the leader does with a message from another tab. */
  #lead(message: TabMessage): void {
    switch (message.type) {
      case 'hello':
        this.#post({ type: 'leader', from: this.#id });
        this.#post({ type: 'status', from: this.#id, status: this.#host.status.get() });
        return;
      case 'wrote':
        this.#recount();
        this.#host.push();
        return;
      case 'pull':
        this.#host.pull(message.trigger, message.only);
        return;
      case 'call': {
        const key = `${message.from}:${message.id}`;
        let running = this.#taken.get(key);
        if (!running) {
          running = this.#run(message.call);
          this.#taken.set(key, running);
          // Remember the latest calls only: a follower re-sends within moments of a new leader.
          if (this.#taken.size > 200) this.#taken.delete(this.#taken.keys().next().value!);
        }
        running.then(
          (value) =>
            this.#post({ type: 'answer', from: this.#id, to: message.from, id: message.id, ok: true, value }),
          (error: unknown) =>
            this.#post({
              type: 'answer',
              from: this.#id,
              to: message.from,
              id: message.id,
              ok: false,
              failure: failureOf(error),
            }),
        );
        return;
      }
      default:
        return;
    }
  }

  /** What a follower does with a message from another tab. */
  #follow(message: TabMessage): void {
    switch (message.type) {
      case 'leader':
        this.#leader = message.from;
        // A call sent before this leader took over may never have been heard: send it again (the
        // leader runs a call it already took only once).
        for (const [id, pending] of this.#pending)
          this.#post({ type: 'call', from: this.#id, id, call: pending.call });
        return;
      case 'status':
        if (message.from === this.#leader) this.#host.status.update(message.status);
        return;
      case 'event':
        if (message.from === this.#leader) this.#host.events.emit(message.name, message.payload);
        return;
      case 'answer': {
        if (message.to !== this.#id) return;
        const pending = this.#pending.get(message.id);
        if (!pending) return;
        this.#pending.delete(message.id);
        if (message.ok) pending.resolve(message.value);
        else pending.reject(errorOf(message.failure ?? { name: 'Error', message: 'the leading tab failed' }));
        return;
      }
      default:
        return;
    }
  }
}
