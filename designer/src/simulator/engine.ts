import {
  type ConflictRecord,
  createMemoryTransport,
  createSyncClient,
  type DeadLetter,
  InMemorySyncServer,
  ManualScheduler,
  type MemoryTransport,
  type RejectedOperation,
  type SyncClient,
  type SyncStatus,
  WriteError,
} from '@syncraft/runtime';
import type { AccessContext } from '@syncraft/runtime/access';
import type { ManualConflict } from '@syncraft/runtime/merge';
import type { JsonValue, RecordValues } from '@syncraft/runtime/protocol';
import type { Entity, SyncSpec } from '@syncraft/runtime/spec';
import { type DeviceConfig, paramsObject } from './devices';
import type { TimelineEvent, TimelineInput } from './timeline';

/** How a simulation is set up. */
export interface SimulationOptions {
  /** A valid spec (the designer passes the compiled spec only when it has no errors). */
  readonly spec: SyncSpec;
  readonly devices: readonly DeviceConfig[];
  /** Each device's database is `<databasePrefix>:<device id>`; deleted on start and on dispose. */
  readonly databasePrefix: string;
  /** IndexedDB implementation (default: the browser's), e.g. a `fake-indexeddb` factory in tests. */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
  /** Simulation clock start, epoch ms (default: now). The clock moves one second per action. */
  readonly startAt?: number;
}

/** A write a person makes on a device through the simulator's form. */
export type WriteRequest =
  | { readonly kind: 'create'; readonly entity: string; readonly values: RecordValues }
  | { readonly kind: 'update'; readonly entity: string; readonly key: string; readonly changes: RecordValues }
  | {
      readonly kind: 'increment';
      readonly entity: string;
      readonly key: string;
      readonly field: string;
      readonly by: number;
    }
  | {
      readonly kind: 'add-to-set';
      readonly entity: string;
      readonly key: string;
      readonly field: string;
      readonly items: readonly string[];
    }
  | { readonly kind: 'delete'; readonly entity: string; readonly key: string };

/** The outcome of a {@link WriteRequest}: the runtime's refusal text when it was refused. */
export type WriteOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: string; readonly message: string; readonly pointer: string };

/** One device as the panel shows it. */
export interface DeviceView {
  readonly config: DeviceConfig;
  readonly online: boolean;
  readonly batteryLow: boolean;
  readonly status: SyncStatus;
  /** Records per locally stored entity, by entity name. */
  readonly records: ReadonlyMap<string, readonly RecordValues[]>;
  readonly conflicts: readonly ConflictRecord[];
  readonly rejected: readonly RejectedOperation[];
  readonly deadLetters: readonly DeadLetter[];
}

/** Everything the simulator shows; a new object after every change (fits `useSyncExternalStore`). */
export interface SimulationSnapshot {
  readonly devices: readonly DeviceView[];
  readonly server: {
    readonly records: ReadonlyMap<string, readonly RecordValues[]>;
    readonly conflicts: readonly ManualConflict[];
  };
  readonly timeline: readonly TimelineEvent[];
  /** A canned scenario is running: the panel disables the controls. */
  readonly busy: boolean;
  /** The simulation clock, epoch ms. */
  readonly now: number;
}

/** The timeline keeps this many latest entries. */
export const TIMELINE_LIMIT = 500;

interface Device {
  readonly config: DeviceConfig;
  readonly client: SyncClient;
  readonly transport: MemoryTransport;
  readonly dbName: string;
  online: boolean;
  batteryLow: boolean;
  readonly unsubscribe: (() => void)[];
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete the database ${name}`));
    // Another connection still open: the deletion completes once it closes.
    request.onblocked = () => undefined;
  });
}

function needsKey(spec: SyncSpec): boolean {
  return spec.entities.some((e) => (e.offline.encrypt ?? []).length > 0);
}

/** True when the entity's records are kept on the device (not online-only). */
export function isLocal(entity: Entity): boolean {
  return entity.offline.availability !== 'online-only';
}

/**
 * Two or more virtual devices, each running the real runtime client against one in-process
 * {@link InMemorySyncServer} built from the spec. Framework-free and observable: `subscribe` +
 * `getSnapshot` for the panel, `idle()` for tests. Create with {@link Simulation.create}; call
 * `dispose()` to close the clients and delete their databases.
 *
 * @example
 * const sim = await Simulation.create({ spec, devices: defaultDevices(spec), databasePrefix: 'sim-1' });
 * sim.setOnline('ana', false);
 * await sim.write('ana', { kind: 'update', entity: 'Job', key: 'job-1', changes: { status: 'done' } });
 * sim.setOnline('ana', true);
 * await sim.idle();
 * sim.getSnapshot().timeline.map(describeEvent);
 */
export class Simulation {
  readonly spec: SyncSpec;
  readonly server: InMemorySyncServer;
  readonly clock: ManualScheduler;
  readonly #devices: Device[];
  readonly #factory: IDBFactory;
  readonly #listeners = new Set<() => void>();
  #timeline: TimelineEvent[] = [];
  #seq = 0;
  #busy = false;
  #disposed = false;
  #snapshot: SimulationSnapshot;
  #refreshing: Promise<void> | undefined;
  #refreshAgain = false;

  private constructor(
    spec: SyncSpec,
    server: InMemorySyncServer,
    clock: ManualScheduler,
    factory: IDBFactory,
    devices: Device[],
  ) {
    this.spec = spec;
    this.server = server;
    this.clock = clock;
    this.#factory = factory;
    this.#devices = devices;
    this.#snapshot = {
      devices: devices.map((d) => ({
        config: d.config,
        online: d.online,
        batteryLow: d.batteryLow,
        status: d.client.status.get(),
        records: new Map(),
        conflicts: [],
        rejected: [],
        deadLetters: [],
      })),
      server: { records: new Map(), conflicts: [] },
      timeline: [],
      busy: false,
      now: clock.now(),
    };
  }

  /** Builds the server and one started client per device, each on a fresh database. */
  static async create(options: SimulationOptions): Promise<Simulation> {
    const factory = options.indexedDB ?? globalThis.indexedDB;
    if (!factory) throw new Error('the simulator needs IndexedDB, which this environment does not offer');
    if (
      typeof globalThis.crypto?.subtle === 'undefined' ||
      typeof globalThis.crypto.randomUUID !== 'function'
    )
      throw new Error(
        'the runtime needs WebCrypto, which browsers offer on secure pages only: open the designer over https or on localhost',
      );
    const { spec } = options;
    const clock = new ManualScheduler(options.startAt ?? Date.now());
    const server = new InMemorySyncServer({ spec, now: () => clock.now() });
    const encryptionKey = needsKey(spec)
      ? await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
      : undefined;
    const devices: Device[] = [];
    try {
      for (const config of options.devices) {
        const dbName = `${options.databasePrefix}:${config.id}`;
        await deleteDatabase(factory, dbName);
        const params = paramsObject(config);
        const caller = (): AccessContext => ({
          userId: config.userId,
          roles: config.roles,
          params,
          now: clock.now(),
        });
        const transport = createMemoryTransport(server, caller);
        const client = await createSyncClient({
          spec,
          transport,
          user: { id: config.userId, roles: config.roles, params },
          clientId: `sim-${config.id}`,
          dbName,
          indexedDB: factory,
          ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
          scheduler: clock,
          network: null,
          ...(encryptionKey ? { encryptionKey } : {}),
        });
        devices.push({ config, client, transport, dbName, online: true, batteryLow: false, unsubscribe: [] });
      }
    } catch (error) {
      for (const d of devices) await d.client.close();
      throw error;
    }
    const simulation = new Simulation(spec, server, clock, factory, devices);
    for (const device of devices) simulation.#listen(device);
    for (const device of devices) device.client.start();
    await simulation.idle();
    return simulation;
  }

  #listen(device: Device): void {
    const { client } = device;
    const name = device.config.name;
    const refresh = () => this.#scheduleRefresh();
    device.unsubscribe.push(
      client.status.subscribe(refresh),
      client.on('synced', (e) => {
        if (e.pushed + e.pulled > 0)
          this.#log({ kind: 'synced', device: name, pushed: e.pushed, pulled: e.pulled });
      }),
      client.on('operation-merged', (e) =>
        this.#log({
          kind: 'merged',
          device: name,
          entity: e.operation.entity,
          key: e.operation.key,
          decisions: e.decisions,
        }),
      ),
      client.on('conflict', ({ conflict }) =>
        this.#log({
          kind: 'conflict',
          device: name,
          entity: conflict.entity,
          key: conflict.key,
          fields: conflict.fields,
          prompt: conflict.prompt,
        }),
      ),
      client.on('operation-rejected', (e) =>
        this.#log({
          kind: 'rejected',
          device: name,
          entity: e.operation.entity,
          key: e.operation.key,
          reason: e.reason,
          message: e.message,
        }),
      ),
      client.on('dead-letter', ({ deadLetter }) =>
        this.#log({
          kind: 'dead-letter',
          device: name,
          entity: deadLetter.operation.entity,
          key: deadLetter.operation.key,
          attempts: deadLetter.attempts,
          message: deadLetter.lastError,
        }),
      ),
      client.on('state-changed', (e) => {
        // Every cycle passes through a "syncing" state in many specs: the status shows it, the
        // timeline would drown in it.
        if (e.event === 'sync-started' || e.event === 'sync-succeeded') return;
        this.#log({ kind: 'state-changed', device: name, from: e.from, to: e.to, event: e.event });
      }),
    );
  }

  #device(id: string): Device {
    const device = this.#devices.find((d) => d.config.id === id);
    if (!device) throw new RangeError(`there is no simulated device “${id}”`);
    return device;
  }

  /** The devices' configurations, in order. */
  get devices(): readonly DeviceConfig[] {
    return this.#devices.map((d) => d.config);
  }

  /** The device's running client (for tests and the scenario). */
  client(deviceId: string): SyncClient {
    return this.#device(deviceId).client;
  }

  /** Adds an entry to the timeline (the scenario narrates its steps through this). */
  log(input: TimelineInput): void {
    this.#log(input);
  }

  #log(input: TimelineInput): void {
    const event = { ...input, seq: ++this.#seq, at: this.clock.now() } as TimelineEvent;
    this.#timeline = [...this.#timeline.slice(-(TIMELINE_LIMIT - 1)), event];
    this.#publish({ ...this.#snapshot, timeline: this.#timeline });
  }

  /** The current snapshot; the same object until something changes. */
  getSnapshot = (): SimulationSnapshot => this.#snapshot;

  /** Calls `listener` after every change of the snapshot; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  #publish(snapshot: SimulationSnapshot): void {
    this.#snapshot = snapshot;
    for (const listener of [...this.#listeners]) listener();
  }

  /** Marks the simulation busy (a scenario runs) or free. */
  setBusy(busy: boolean): void {
    this.#busy = busy;
    this.#publish({ ...this.#snapshot, busy });
  }

  get busy(): boolean {
    return this.#busy;
  }

  /** Moves the simulation clock forward, firing due retries and scheduled syncs. */
  advance(ms: number): void {
    this.clock.advance(ms);
    this.#scheduleRefresh();
  }

  /** Takes the device offline or back online: the transport stops or resumes, and the state machine hears it. */
  setOnline(deviceId: string, online: boolean): void {
    const device = this.#device(deviceId);
    if (device.online === online) return;
    this.clock.advance(1000);
    device.online = online;
    device.transport.online = online;
    device.client.dispatch(online ? 'connection-restored' : 'connection-lost');
    this.#scheduleRefresh();
  }

  /** Reports a low (or recovered) battery to the device's state machine. */
  setBatteryLow(deviceId: string, low: boolean): void {
    const device = this.#device(deviceId);
    if (device.batteryLow === low) return;
    this.clock.advance(1000);
    device.batteryLow = low;
    device.client.dispatch(low ? 'battery-low' : 'battery-ok');
    this.#scheduleRefresh();
  }

  /**
   * Makes a write on the device as the app would: checked by the runtime (permissions, values,
   * the offline state), stored locally and queued. A refusal is answered with the runtime's text
   * and shown in the timeline, never thrown.
   */
  async write(deviceId: string, request: WriteRequest): Promise<WriteOutcome> {
    const device = this.#device(deviceId);
    const name = device.config.name;
    this.clock.advance(1000);
    try {
      const table = device.client.table(request.entity);
      let key: string;
      let changes: Record<string, JsonValue>;
      let action: 'create' | 'update' | 'increment' | 'add-to-set' | 'delete';
      switch (request.kind) {
        case 'create': {
          const entity = this.spec.entities.find((e) => e.name === request.entity);
          key = String(entity ? request.values[entity.key] : '');
          if (entity && isLocal(entity) && (await table.get(key)) !== undefined)
            throw new WriteError(
              'invalid-value',
              request.entity,
              `${request.entity} ${key} already exists on this device: edit it instead`,
              entity.key,
            );
          await table.put(request.values);
          changes = request.values;
          action = 'create';
          break;
        }
        case 'update':
          await table.update(request.key, request.changes);
          ({ key, changes } = request);
          action = 'update';
          break;
        case 'increment':
          await table.increment(request.key, request.field, request.by);
          key = request.key;
          changes = { [request.field]: `+${request.by}` };
          action = 'increment';
          break;
        case 'add-to-set':
          await table.addToSet(request.key, request.field, ...request.items);
          key = request.key;
          changes = { [request.field]: request.items.map((i) => `+${i}`) };
          action = 'add-to-set';
          break;
        case 'delete':
          await table.delete(request.key);
          key = request.key;
          changes = {};
          action = 'delete';
          break;
      }
      this.#log({ kind: 'write', device: name, entity: request.entity, key, action, changes });
      this.#scheduleRefresh();
      return { ok: true };
    } catch (error) {
      const refusal =
        error instanceof WriteError
          ? { reason: error.reason, message: error.message, pointer: error.pointer }
          : { reason: 'error', message: error instanceof Error ? error.message : String(error), pointer: '' };
      this.#log({ kind: 'write-refused', device: name, entity: request.entity, ...refusal });
      this.#scheduleRefresh();
      return { ok: false, ...refusal };
    }
  }

  /**
   * A person on the device settles a manual conflict by keeping one side: this device's value
   * (`mine`) or the value the other side had (`other`). Both versions are read from the server's
   * conflict record (a device only knows the interim, as in an app whose back office shows both);
   * the decision is an ordinary local edit, checked, queued and synced like any other
   * (`client.conflicts.resolve`).
   */
  async resolveConflict(
    deviceId: string,
    conflictId: string,
    choice: 'mine' | 'other',
  ): Promise<WriteOutcome> {
    const device = this.#device(deviceId);
    const name = device.config.name;
    this.clock.advance(1000);
    const conflict = (await device.client.conflicts.list()).find((c) => c.id === conflictId);
    if (!conflict) {
      const message = `${name} has no open conflict ${conflictId} (already decided?)`;
      this.#scheduleRefresh();
      return { ok: false, reason: 'not-found', message, pointer: '' };
    }
    const both = this.server.conflicts().find((c) => c.id === conflictId) ?? conflict;
    const side = choice === 'mine' ? both.client : both.server;
    const values = Object.fromEntries(conflict.fields.map((f) => [f, side[f] ?? null]));
    try {
      await device.client.conflicts.resolve(conflictId, { values });
    } catch (error) {
      const refusal =
        error instanceof WriteError
          ? { reason: error.reason, message: error.message, pointer: error.pointer }
          : { reason: 'error', message: error instanceof Error ? error.message : String(error), pointer: '' };
      this.#log({ kind: 'write-refused', device: name, entity: conflict.entity, ...refusal });
      this.#scheduleRefresh();
      return { ok: false, ...refusal };
    }
    this.#log({
      kind: 'conflict-resolved',
      device: name,
      entity: conflict.entity,
      key: conflict.key,
      choice,
      values,
    });
    this.#scheduleRefresh();
    return { ok: true };
  }

  /**
   * Runs a sync cycle on the device now and puts its outcome on the timeline (`quiet`: only when
   * something moved or went wrong).
   */
  async syncNow(deviceId: string, options: { readonly quiet?: boolean } = {}): Promise<void> {
    const device = this.#device(deviceId);
    const name = device.config.name;
    this.clock.advance(1000);
    const result = await device.client.syncNow();
    if (result.kind === 'skipped') this.#log({ kind: 'sync-skipped', device: name, reason: result.reason });
    else if (result.kind === 'failed')
      this.#log({ kind: 'sync-failed', device: name, message: result.error });
    else if (result.pushed + result.pulled === 0 && options.quiet !== true)
      this.#log({ kind: 'synced', device: name, pushed: 0, pulled: 0 });
    await this.idle();
  }

  /**
   * Resolves once every device is idle (nothing in flight, nothing due) and the snapshot shows the
   * result. A server change wakes the other devices, so it waits until a round changes nothing.
   */
  async idle(): Promise<void> {
    for (let round = 0; round < 20; round++) {
      const before = this.server.store.position;
      await Promise.all(this.#devices.map((d) => d.client.idle()));
      if (
        this.server.store.position === before &&
        this.#devices.every((d) => !d.client.status.get().inFlight)
      )
        break;
    }
    this.#scheduleRefresh();
    while (this.#refreshing) await this.#refreshing;
  }

  #scheduleRefresh(): void {
    if (this.#disposed) return;
    if (this.#refreshing) {
      this.#refreshAgain = true;
      return;
    }
    this.#refreshing = (async () => {
      try {
        do {
          this.#refreshAgain = false;
          await this.#refresh();
        } while (this.#refreshAgain && !this.#disposed);
      } finally {
        this.#refreshing = undefined;
      }
    })();
  }

  async #refresh(): Promise<void> {
    const local = this.spec.entities.filter(isLocal);
    const devices: DeviceView[] = [];
    for (const d of this.#devices) {
      const records = new Map<string, readonly RecordValues[]>();
      try {
        for (const entity of local) records.set(entity.name, await d.client.table(entity.name).query());
        devices.push({
          config: d.config,
          online: d.online,
          batteryLow: d.batteryLow,
          status: d.client.status.get(),
          records,
          conflicts: await d.client.conflicts.list(),
          rejected: await d.client.rejected.list(),
          deadLetters: await d.client.deadLetters.list(),
        });
      } catch (error) {
        // The database closed under us (dispose): keep the last view of the device.
        if (this.#disposed) return;
        throw error;
      }
    }
    const serverRecords = new Map<string, readonly RecordValues[]>();
    for (const entity of this.spec.entities) {
      serverRecords.set(
        entity.name,
        this.server.store
          .records(entity.name)
          .filter((r) => !r.deleted)
          .map((r) => r.values),
      );
    }
    if (this.#disposed) return;
    this.#publish({
      devices,
      server: { records: serverRecords, conflicts: this.server.openConflicts() },
      timeline: this.#timeline,
      busy: this.#busy,
      now: this.clock.now(),
    });
  }

  /** Closes every client and deletes their databases. */
  async dispose(): Promise<void> {
    if (this.#disposed) return;
    this.#disposed = true;
    while (this.#refreshing) await this.#refreshing.catch(() => undefined);
    for (const d of this.#devices) {
      for (const stop of d.unsubscribe) stop();
      await d.client.close();
      await deleteDatabase(this.#factory, d.dbName);
    }
    this.#listeners.clear();
  }
}
