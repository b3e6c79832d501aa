import type { Dexie } from 'dexie';
import { FieldCipher } from '../crypto';
import type { SyncCounters } from '../engine/counters';
import { type CycleResult, SyncEngine } from '../engine/engine';
import { Outbox } from '../engine/outbox';
import { META_TABLES, type OpenOutcome, openLocalDatabase } from '../local-store';
import { HybridLogicalClock } from '../merge';
import { type MachineEvent, OfflineMachine } from '../offline-states';
import type { OutboxEntry } from '../outbox/entry';
import type { JsonValue } from '../protocol';
import { backoffFromSpec } from '../retry';
import type { OfflineEvent, SyncSpec } from '../spec';
import { initialStatus, StatusStore, type SyncStatus } from '../status';
import { type MergeNotice, NoticeLog } from '../sync/lost-writes';
import type { SyncTransport } from '../transport/types';
import type {
  EntityNameOf,
  KeyOf,
  RecordOf,
  SchemaTypes,
  SubscriptionNameOf,
  SubscriptionParamsOf,
  UntypedSchema,
} from './app-schema';
import { type ClearedLocalData, type ClearLocalDataOptions, clearLocalData } from './clear-local';
import type { ClientEvents } from './client-events';
import { type EngineContext, KnownRows, type SyncUser } from './context';
import { entityRuntimes, parseSpec } from './entity-runtime';
import { Emitter } from './events';
import {
  type ConflictList,
  conflictList,
  type DeadLetterList,
  deadLetterList,
  type RejectedList,
  rejectedList,
} from './lists';
import { queueStatus } from './queue-status';
import { dropRemovedFields } from './removed-fields';
import { type Scheduler, systemScheduler } from './scheduler';
import { SerialQueue } from './serial-queue';
import { type Subscription, subscribe } from './subscriptions';
import { SyncTable } from './table';
import { coordinateTabs, type TabOptions, type TabRole } from './tabs';
import { type UnsentRecord, unsentRecords } from './unsent-records';

/** What `createSyncClient` needs. */
export interface SyncClientOptions {
  /** The sync spec (an object or JSON text); validated before anything is opened. */
  readonly spec: SyncSpec | unknown;
  readonly transport: SyncTransport;
  readonly user: SyncUser;
  /** A stable id of this installation; generated and kept in IndexedDB when absent. */
  readonly clientId?: string;
  /** AES-GCM key for the spec's `offline.encrypt` fields. Held in memory only. */
  readonly encryptionKey?: CryptoKey;
  /** IndexedDB database name (default `syncraft:<app id>`). */
  readonly dbName?: string;
  /** IndexedDB implementation (default: the global one), e.g. a `fake-indexeddb` factory in tests. */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
  /** Clock and timers (default: the real ones); inject a `ManualScheduler` in tests. */
  readonly scheduler?: Scheduler;
  /** Randomness for retry jitter, in [0, 1) (default `Math.random`). */
  readonly random?: () => number;
  /** Operation ids (default `crypto.randomUUID`). */
  readonly randomId?: () => string;
  /**
   * Where `online`/`offline` events and `onLine` come from (default: `globalThis` when it has
   * `navigator`); pass `null` to ignore the browser's network signals.
   */
  readonly network?: NetworkSource | null;
  /**
   * How this client shares its database with other tabs of the app: one tab (elected with Web
   * Locks, or over a BroadcastChannel where locks are missing) syncs for all, the others show its
   * status and events. On by default in a browser; `false` makes this client work alone.
   */
  readonly tabs?: TabOptions | false;
}

/** The slice of `window` the client listens to for connectivity. */
export interface NetworkSource {
  readonly navigator?: { readonly onLine?: boolean };
  addEventListener(type: 'online' | 'offline', listener: () => void): void;
  removeEventListener(type: 'online' | 'offline', listener: () => void): void;
}

/**
 * The parameters `subscribe(name, …)` takes: optional when the subscription has no required
 * parameter, required otherwise.
 */
export type SubscribeArgs<S extends SchemaTypes, N extends string> =
  Record<string, never> extends SubscriptionParamsOf<S, N>
    ? [params?: SubscriptionParamsOf<S, N>]
    : [params: SubscriptionParamsOf<S, N>];

/**
 * A running spec on the device. Create with {@link createSyncClient}. `S` types its data (see
 * {@link SchemaTypes}); without it, any entity name and field is accepted and checked at run time.
 */
export interface SyncClient<S extends SchemaTypes = UntypedSchema> {
  readonly spec: SyncSpec;
  readonly clientId: string;
  /** How the local database was opened (created, unchanged, upgraded from an older spec). */
  readonly database: OpenOutcome;
  /** The underlying Dexie database, for inspection and tests; writing to it bypasses the outbox. */
  readonly storage: Dexie;
  /** One entity's records. Throws for a name the spec does not declare. */
  table<N extends EntityNameOf<S>>(entity: N): SyncTable<RecordOf<S, N>, KeyOf<S, N>>;
  readonly status: { get(): SyncStatus; subscribe(listener: (status: SyncStatus) => void): () => void };
  readonly conflicts: ConflictList;
  readonly deadLetters: DeadLetterList;
  readonly rejected: RejectedList;
  /** Recent merge notices (fields the server decided differently from what was written). */
  readonly notices: { list(): readonly MergeNotice[] };
  /** Typed event listeners; returns the unsubscribe function. */
  on<K extends keyof ClientEvents>(name: K, listener: (payload: ClientEvents[K]) => void): () => void;
  /** Feeds the offline state machine, e.g. `dispatch('battery-low')` or `dispatch('user-action', 'save-data')`. */
  dispatch(event: OfflineEvent, action?: string): void;
  /**
   * Starts automatic sync: edits are pushed as they are made; each entity is pulled on its own
   * schedule (app start, reconnect, interval), on server notifications and on `syncNow()`.
   */
  start(): void;
  /** Stops automatic sync (local reads and writes keep working). */
  stop(): void;
  /** Runs a sync cycle now and resolves with its outcome once idle. */
  syncNow(): Promise<CycleResult>;
  /** Resolves when nothing is in flight and the outbox is empty or cannot move without a trigger. */
  idle(): Promise<void>;
  /**
   * Removes this device's copy of the app's data (records, outbox, conflict and rejected lists,
   * pull cursors) — say, when the user signs out. Refuses with `UnsentEditsError` while edits are
   * unsent, unless `{ discardUnsent: true }`; resolves with what it removed, each discarded
   * operation included. Automatic sync pauses meanwhile.
   *
   * @example
   * await client.syncNow();
   * const { discarded } = await client.clearLocalData({ discardUnsent: true });
   */
  clearLocalData(options?: ClearLocalDataOptions): Promise<ClearedLocalData>;
  /**
   * Opens a subscription the spec declares, with its parameters (checked as the server checks them;
   * `SubscriptionError` names what is wrong). Its records arrive at the next sync and leave after
   * `unsubscribe()`; it stays open across restarts.
   *
   * @example
   * const week = await client.subscribe('issuesBetween', { from: '2026-12-07', to: '2026-12-13' });
   * await week.unsubscribe();
   */
  subscribe<N extends SubscriptionNameOf<S>>(name: N, ...params: SubscribeArgs<S, N>): Promise<Subscription>;
  /** What the upstream (push) and downstream (pull) loops have done since the client started. */
  counters(): SyncCounters;
  /**
   * Records with edits the server has not confirmed, each `saved` (waiting on this device),
   * `sending` or `stuck` (dead letters only); an unlisted record is confirmed. Re-read it when
   * `status` changes. In a follower tab the leader answers, since it alone knows what it is sending.
   *
   * @example
   * const unsent = new Map((await client.unsentRecords()).map((r) => [`${r.entity}/${r.key}`, r.state]));
   */
  unsentRecords(): Promise<UnsentRecord[]>;
  /**
   * This tab's part when several tabs share the database: `leader` syncs for all, a `follower`
   * asks the leader (its `syncNow()`, `idle()`, `clearLocalData()` and `unsentRecords()` run there) and shows the
   * leader's status and events; `single` when not coordinated.
   */
  readonly tabs: { role(): TabRole; onRoleChange(listener: (role: TabRole) => void): () => void };
  /** Stops and closes the local database. */
  close(): Promise<void>;
}

/**
 * Loads a spec onto the device: opens (or upgrades) the local database, and returns a client to
 * read and write the spec's entities offline and sync them.
 *
 * @example
 * const client = await createSyncClient({
 *   spec,
 *   transport: createHttpTransport({ baseUrl: 'https://sync.example.com', appId: spec.app.id, token: getToken }),
 *   user: { id: 'u1', roles: ['technician'] },
 * });
 * client.start();
 * await client.table('Job').update('job-1', { status: 'done' });
 *
 * @example
 * // Typed records: `syncraft types spec.json -o src/sync-types.ts` writes the AppSchema.
 * import type { AppSchema, Job } from './sync-types';
 * const client = await createSyncClient<AppSchema>({ spec, transport, user });
 * const open: Job[] = await client.table('Job').query({ where: { status: 'open' } });
 */
export async function createSyncClient<S extends SchemaTypes = UntypedSchema>(
  options: SyncClientOptions,
): Promise<SyncClient<S>> {
  const spec = parseSpec(options.spec);
  const cipher = options.encryptionKey ? new FieldCipher(options.encryptionKey) : undefined;
  const entities = entityRuntimes(spec, cipher, options.user.roles);
  const dbName = options.dbName ?? `syncraft:${spec.app.id}`;
  const { db, outcome } = await openLocalDatabase(spec, {
    name: dbName,
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  const meta = db.table(META_TABLES.meta);
  let clientId = options.clientId ?? ((await meta.get('clientId'))?.value as string | undefined);
  if (clientId === undefined) {
    clientId = crypto.randomUUID();
    await meta.put({ name: 'clientId', value: clientId });
  }
  const scheduler = options.scheduler ?? systemScheduler;
  const { outbox, last: lastQueued } = await Outbox.open(db.table<OutboxEntry, number>(META_TABLES.outbox));
  const clock = new HybridLogicalClock(clientId, {
    now: () => scheduler.now(),
    ...(lastQueued ? { last: lastQueued.hlc } : {}),
  });
  const machine = new OfflineMachine(spec);
  const status = new StatusStore(initialStatus(machine.state.name, machine.connected));
  const events = new Emitter<ClientEvents>();
  const ctx: EngineContext = {
    spec,
    db,
    entities,
    clientId,
    clock,
    scheduler,
    user: options.user,
    machine,
    status,
    events,
    lock: new SerialQueue(),
    notices: new NoticeLog(),
    outbox,
    random: options.random ?? Math.random,
    randomId: options.randomId ?? (() => crypto.randomUUID()),
    knownRows: new KnownRows(),
  };

  if (outcome.kind === 'upgraded') await dropRemovedFields(ctx);
  // Dead letters left from an earlier session keep their failure shown, as they would have.
  status.update(await queueStatus(ctx));

  const dispatchEvent = (event: MachineEvent) => {
    const wasEnabled = machine.state.sync.enabled;
    const result = machine.send(event);
    if (!result.moved) return;
    status.update({ state: machine.state.name, online: machine.connected });
    events.emit('state-changed', { from: result.from, to: result.to, event: event.type });
    const reconnect = event.type === 'connection-restored' || (!wasEnabled && machine.state.sync.enabled);
    if (reconnect) engine.requestPull('reconnect');
    if (reconnect || event.type === 'battery-ok' || event.type === 'user-action') engine.request();
  };
  const engine = new SyncEngine(ctx, options.transport, backoffFromSpec(spec.retry), dispatchEvent);
  let unsubscribeTransport: (() => void) | undefined;
  const startSync = () => {
    if (engine.started) return;
    engine.start();
    unsubscribeTransport = options.transport.subscribe?.(() => engine.requestPull('notification'));
  };
  const stopSync = () => {
    engine.stop();
    unsubscribeTransport?.();
    unsubscribeTransport = undefined;
  };
  const clearHere = async (clearOptions: ClearLocalDataOptions) => {
    const wasStarted = engine.started;
    stopSync();
    try {
      await engine.idle();
      return await clearLocalData(ctx, clearOptions);
    } finally {
      if (wasStarted) startSync();
    }
  };
  const tabs = coordinateTabs(
    dbName,
    {
      status,
      events,
      lead: () => outbox.lead(),
      follow: () => outbox.follow(),
      // Under the write lock, so a write or an answer never lands between the count and its use.
      recount: () => ctx.lock.run(async () => status.update(await queueStatus(ctx))),
      startSync,
      stopSync,
      push: () => engine.request(),
      pull: (trigger, only) => engine.requestPull(trigger, only),
      syncNow: () => engine.syncNow(),
      idle: () => engine.idle(),
      clearLocalData: (discardUnsent) => clearHere({ discardUnsent }),
      // A follower cannot see which edits the delivering tab is sending: it asks that tab.
      unsentRecords: () => (tabs && tabs.role !== 'leader' ? tabs.unsentRecords() : unsentRecords(ctx)),
    },
    options.tabs,
  );
  /** A local edit waits in the outbox: this tab's engine, or the leading tab's, pushes it. */
  const requestPush = () => (tabs ? tabs.push() : engine.request());

  const tables = new Map<string, SyncTable>();
  const table = (name: string): SyncTable => {
    let t = tables.get(name);
    if (t) return t;
    const runtime = entities.get(name);
    if (!runtime) {
      throw new Error(`the spec declares no entity "${name}" (entities: ${[...entities.keys()].join(', ')})`);
    }
    t = new SyncTable(ctx, runtime, options.transport, requestPush);
    tables.set(name, t);
    return t;
  };

  const network = options.network === undefined ? defaultNetwork() : options.network;
  let started = false;
  const onOnline = () => dispatchEvent({ type: 'connection-restored' });
  const onOffline = () => dispatchEvent({ type: 'connection-lost' });

  const client: SyncClient = {
    spec,
    clientId,
    database: outcome,
    storage: db,
    table,
    status: { get: () => status.get(), subscribe: (listener) => status.subscribe(listener) },
    conflicts: conflictList(ctx, (entity, key, id, values) => table(entity).settleConflict(key, id, values)),
    deadLetters: deadLetterList(ctx, requestPush),
    rejected: rejectedList(ctx),
    notices: { list: () => ctx.notices.list() },
    counters: () => engine.counters,
    // A follower cannot see which edits the delivering tab is sending: it asks that tab.
    unsentRecords: () => (tabs && tabs.role !== 'leader' ? tabs.unsentRecords() : unsentRecords(ctx)),
    on: (name, listener) => events.on(name, listener),
    dispatch(event, action) {
      if (event === 'user-action') dispatchEvent({ type: 'user-action', action: action ?? '' });
      else dispatchEvent({ type: event });
    },
    start() {
      if (started) return;
      started = true;
      if (network) {
        network.addEventListener('online', onOnline);
        network.addEventListener('offline', onOffline);
        if (network.navigator?.onLine === false) dispatchEvent({ type: 'connection-lost' });
      }
      if (tabs) tabs.start();
      else startSync();
    },
    stop() {
      started = false;
      if (tabs) tabs.stop();
      else stopSync();
      if (network) {
        network.removeEventListener('online', onOnline);
        network.removeEventListener('offline', onOffline);
      }
    },
    syncNow: () => (tabs ? tabs.syncNow() : engine.syncNow()),
    async idle() {
      await engine.idle();
      if (tabs && tabs.role !== 'leader') await tabs.idle();
    },
    tabs: {
      role: () => tabs?.role ?? 'single',
      onRoleChange: (listener) => tabs?.onRole(listener) ?? (() => undefined),
    },
    subscribe: (name: string, params: Readonly<Record<string, JsonValue>> = {}) => {
      const entity = spec.subscriptions?.find((s) => s.name === name)?.entity;
      const only = entity === undefined ? undefined : [entity];
      return subscribe(ctx, name, params, () =>
        tabs ? tabs.pull('subscription', only) : engine.requestPull('subscription', only),
      );
    },
    clearLocalData: (clearOptions = {}) =>
      tabs ? tabs.clearLocalData(clearOptions.discardUnsent === true) : clearHere(clearOptions),
    async close() {
      client.stop();
      await tabs?.close();
      await engine.idle();
      db.close();
    },
  };
  // The one place the schema's types meet the untyped engine: every read and write is checked
  // against the spec at run time, whatever `S` says.
  return client as unknown as SyncClient<S>;
}

function defaultNetwork(): NetworkSource | null {
  const g = globalThis as unknown as Partial<NetworkSource>;
  return typeof g.addEventListener === 'function' && typeof g.navigator === 'object'
    ? (g as NetworkSource)
    : null;
}
