import { ManualScheduler, type SyncClient } from '@syncraft/runtime';
import type { SyncSpec } from '@syncraft/runtime/spec';
import type { DeviceConfig } from './devices';
import { narrateClient } from './narrate';
import { inBrowserServer } from './server/in-browser';
import type { ServerFactory, SimulationServer } from './server/server-side';
import { type DeviceView, readDeviceView, type SimulationSnapshot } from './snapshot';
import { type Device, startDevices } from './start-devices';
import { deleteDatabase, isLocal } from './storage';
import type { TimelineEvent, TimelineInput } from './timeline';
import { performWrite, refusalOf, type WriteOutcome, type WriteRequest } from './writes';

export type { DeviceView, SimulationSnapshot } from './snapshot';
export type { WriteOutcome, WriteRequest } from './writes';

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
  /** Where the devices sync (default: {@link inBrowserServer}, in this browser). */
  readonly server?: ServerFactory;
}

/** The timeline keeps this many latest entries. */
export const TIMELINE_LIMIT = 500;

/**
 * Two or more virtual devices, each running the real runtime client against one server built from
 * the spec: in this browser, or a sandbox on the Syncraft server (the injected
 * {@link SimulationServer}). Framework-free and observable: `subscribe` +
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
  readonly server: SimulationServer;
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
    server: SimulationServer,
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
        metered: d.metered,
        status: d.client.status.get(),
        records: new Map(),
        conflicts: [],
        rejected: [],
        deadLetters: [],
      })),
      server: { records: new Map(), conflicts: undefined },
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
    const server = await (options.server ?? inBrowserServer())({ spec, now: () => clock.now() });
    let devices: Device[];
    try {
      devices = await startDevices({ ...options, spec, factory, clock, server });
    } catch (error) {
      await server.dispose().catch(() => undefined);
      throw error;
    }
    const simulation = new Simulation(spec, server, clock, factory, devices);
    for (const device of devices) simulation.#listen(device);
    for (const device of devices) device.client.start();
    await simulation.idle();
    return simulation;
  }

  #listen(device: Device): void {
    const refresh = () => this.#scheduleRefresh();
    const states = new Map(this.spec.offlineStates.states.map((st) => [st.name, st.network]));
    device.unsubscribe.push(
      device.client.status.subscribe(refresh),
      // A metered network stays metered: whenever the machine lands in a fully online state (back
      // online, a sync finished), it hears again that the connection is metered.
      device.client.on('state-changed', ({ to }) => {
        if (device.metered && device.online && states.get(to) === 'online')
          device.client.dispatch('connection-metered');
      }),
      ...narrateClient(device.client, device.config.name, (input) => this.#log(input)),
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

  /**
   * Shows a switch the person just flipped at once: the full refresh (records, status) follows
   * asynchronously, and a checkbox that lagged behind the click would look as if it had not taken.
   */
  #showSwitch(
    deviceId: string,
    change: Partial<Pick<SimulationSnapshot['devices'][number], 'metered' | 'batteryLow'>>,
  ) {
    this.#publish({
      ...this.#snapshot,
      devices: this.#snapshot.devices.map((d) => (d.config.id === deviceId ? { ...d, ...change } : d)),
    });
  }

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
    device.link.setOnline(online);
    device.client.dispatch(online ? 'connection-restored' : 'connection-lost');
    this.#scheduleRefresh();
  }

  /**
   * Puts the device on a metered (limited) network, or back on a normal one: still connected, and
   * the state machine hears `connection-metered` (or `connection-restored`), so a spec with a
   * limited state syncs only what that state allows.
   */
  setMetered(deviceId: string, metered: boolean): void {
    const device = this.#device(deviceId);
    if (device.metered === metered) return;
    this.clock.advance(1000);
    device.metered = metered;
    this.#showSwitch(deviceId, { metered });
    if (device.online) device.client.dispatch(metered ? 'connection-metered' : 'connection-restored');
    this.#scheduleRefresh();
  }

  /** Reports a low (or recovered) battery to the device's state machine. */
  setBatteryLow(deviceId: string, low: boolean): void {
    const device = this.#device(deviceId);
    if (device.batteryLow === low) return;
    this.clock.advance(1000);
    device.batteryLow = low;
    this.#showSwitch(deviceId, { batteryLow: low });
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
      const done = await performWrite(device.client, this.spec, request);
      this.#log({ kind: 'write', device: name, entity: request.entity, ...done });
      this.#scheduleRefresh();
      return { ok: true };
    } catch (error) {
      const refusal = refusalOf(error);
      this.#log({ kind: 'write-refused', device: name, entity: request.entity, ...refusal });
      this.#scheduleRefresh();
      return { ok: false, ...refusal };
    }
  }

  /**
   * A person on the device settles a manual conflict by keeping one side: this device's value
   * (`mine`) or the other side's (`other`), as the device's own conflict list shows them (the same
   * three versions as the server's). The decision is a local edit marked as the conflict's decision,
   * checked, queued and synced (`client.conflicts.resolve`); the server refuses it if someone
   * decided first.
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
    const side = choice === 'mine' ? conflict.client : conflict.server;
    const values = Object.fromEntries(conflict.fields.map((f) => [f, side[f] ?? null]));
    try {
      await device.client.conflicts.resolve(conflictId, { values });
    } catch (error) {
      const refusal = refusalOf(error);
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
    // A server that cannot be read (gone, expired) counts as unchanged: the view says why.
    const position = () => this.server.position().catch(() => undefined);
    for (let round = 0; round < 20; round++) {
      const before = await position();
      await Promise.all(this.#devices.map((d) => d.client.idle()));
      if ((await position()) === before && this.#devices.every((d) => !d.client.status.get().inFlight)) break;
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
      try {
        devices.push(await readDeviceView(d, local));
      } catch (error) {
        // The database closed under us (dispose): keep the last view.
        if (this.#disposed) return;
        throw error;
      }
    }
    const server = await this.server.view();
    if (this.#disposed) return;
    this.#publish({
      devices,
      server,
      timeline: this.#timeline,
      busy: this.#busy,
      now: this.clock.now(),
    });
  }

  /** Closes every client, deletes their databases and lets go of the server (a sandbox is deleted). */
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
    await this.server.dispose();
  }
}
