import type { SyncTransport } from '@syncraft/runtime';
import type { AccessContext } from '@syncraft/runtime/access';
import type { RecordValues } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import type { DeviceConfig } from '../devices';

/** What the server column shows, read from the server the devices sync with. */
export interface ServerView {
  /** Live records per entity (tombstones left out). */
  readonly records: ReadonlyMap<string, readonly RecordValues[]>;
  /** How many conflicts the server kept for a person (decided ones included); undefined where it does not say. */
  readonly conflicts: number | undefined;
  /** Why the view could not be read just now (the last one read is kept), in plain language. */
  readonly problem?: string;
}

/** One device's way to the server: a transport the simulation switches off and on. */
export interface DeviceLink {
  readonly transport: SyncTransport;
  /** Offline, every request fails as a network failure and no change notice reaches the device. */
  setOnline(online: boolean): void;
}

/** Where the simulated devices sync: which server, for the panel and the docs. */
export type ServerPlace =
  | { readonly kind: 'browser' }
  | { readonly kind: 'sandbox'; readonly id: string; readonly origin: string; readonly expiresAt: string };

/**
 * The server side of a simulation, injected into `Simulation`: the in-browser server
 * ({@link inBrowserServer}) or a sandbox on the Syncraft server (`onSyncraftServer`). The engine,
 * the scenario and the holders panel speak only to this.
 */
export interface SimulationServer {
  readonly place: ServerPlace;
  /** A link for a device whose person is `caller()` (asked at every request, for a fresh `now`). */
  connect(device: DeviceConfig, caller: () => AccessContext): Promise<DeviceLink>;
  /** The live record, or undefined. */
  record(entity: string, key: string): Promise<RecordValues | undefined>;
  /** An edit made on the server itself, bypassing device permissions (seeding, reassignment); throws when refused. */
  write(entity: string, key: string, changes: RecordValues): Promise<unknown>;
  /** Deletes a record on the server itself; throws when refused. */
  remove(entity: string, key: string): Promise<void>;
  /** Changes whenever the server's data changes: `idle()` waits until a round changes nothing. */
  position(): Promise<string | number>;
  view(): Promise<ServerView>;
  /** Lets go of the server (the sandbox is deleted); later calls do nothing. */
  dispose(): Promise<void>;
}

/** What a server side is made from: the spec and the simulation clock (epoch ms). */
export interface ServerSetup {
  readonly spec: SyncSpec;
  readonly now: () => number;
}

/** Makes the server side of one simulation run. */
export type ServerFactory = (setup: ServerSetup) => Promise<SimulationServer>;
