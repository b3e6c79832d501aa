import { createSyncClient, type ManualScheduler, type SyncClient } from '@syncraft/runtime';
import type { AccessContext } from '@syncraft/runtime/access';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { type DeviceConfig, paramsObject } from './devices';
import type { DeviceLink, SimulationServer } from './server/server-side';
import { deleteDatabase, needsKey } from './storage';

/** A device as the simulation runs it: its client, its way to the server, its switches. */
export interface Device {
  readonly config: DeviceConfig;
  readonly client: SyncClient;
  readonly link: DeviceLink;
  readonly dbName: string;
  online: boolean;
  batteryLow: boolean;
  /** On a metered (limited) network: connected, but the spec may sync less. */
  metered: boolean;
  readonly unsubscribe: (() => void)[];
}

/** What the devices start from. */
export interface DeviceStart {
  readonly spec: SyncSpec;
  readonly devices: readonly DeviceConfig[];
  readonly databasePrefix: string;
  readonly factory: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
  readonly clock: ManualScheduler;
  readonly server: SimulationServer;
}

/**
 * One runtime client per device, not yet started, each on a fresh database `<prefix>:<device id>`
 * and connected through the server side as its person (one encryption key shared by all, when the
 * spec encrypts fields). On a failure the clients made so far are closed.
 */
export async function startDevices(start: DeviceStart): Promise<Device[]> {
  const { spec, clock, server, factory } = start;
  const encryptionKey = needsKey(spec)
    ? await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
    : undefined;
  const devices: Device[] = [];
  try {
    for (const config of start.devices) {
      const dbName = `${start.databasePrefix}:${config.id}`;
      await deleteDatabase(factory, dbName);
      const params = paramsObject(config);
      const caller = (): AccessContext => ({
        userId: config.userId,
        roles: config.roles,
        params,
        now: clock.now(),
      });
      const link = await server.connect(config, caller);
      const client = await createSyncClient({
        spec,
        transport: link.transport,
        user: { id: config.userId, roles: config.roles, params },
        clientId: `sim-${config.id}`,
        dbName,
        indexedDB: factory,
        ...(start.IDBKeyRange ? { IDBKeyRange: start.IDBKeyRange } : {}),
        scheduler: clock,
        network: null,
        // Simulated devices each own their database: no tab coordination between them.
        tabs: false,
        ...(encryptionKey ? { encryptionKey } : {}),
      });
      devices.push({
        config,
        client,
        link,
        dbName,
        online: true,
        batteryLow: false,
        metered: false,
        unsubscribe: [],
      });
    }
  } catch (error) {
    for (const d of devices) await d.client.close();
    throw error;
  }
  return devices;
}
