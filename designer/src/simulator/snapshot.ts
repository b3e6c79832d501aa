import type {
  ConflictRecord,
  DeadLetter,
  RejectedOperation,
  SyncClient,
  SyncStatus,
} from '@syncraft/runtime';
import type { RecordValues } from '@syncraft/runtime/protocol';
import type { Entity } from '@syncraft/runtime/spec';
import type { DeviceConfig } from './devices';
import type { ServerView } from './server/server-side';
import type { TimelineEvent } from './timeline';

/** One device as the panel shows it. */
export interface DeviceView {
  readonly config: DeviceConfig;
  readonly online: boolean;
  readonly batteryLow: boolean;
  readonly metered: boolean;
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
  /** As read from the server the devices sync with. */
  readonly server: ServerView;
  readonly timeline: readonly TimelineEvent[];
  /** A canned scenario is running: the panel disables the controls. */
  readonly busy: boolean;
  /** The simulation clock, epoch ms. */
  readonly now: number;
}

/** A device as the simulation runs it: its config, client and switches. */
export interface DeviceState {
  readonly config: DeviceConfig;
  readonly client: SyncClient;
  readonly online: boolean;
  readonly batteryLow: boolean;
  readonly metered: boolean;
}

/** Reads a device's view from its client: records of each locally kept entity, status and lists. */
export async function readDeviceView(device: DeviceState, local: readonly Entity[]): Promise<DeviceView> {
  const { client } = device;
  const records = new Map<string, readonly RecordValues[]>();
  for (const entity of local) records.set(entity.name, await client.table(entity.name).query());
  return {
    config: device.config,
    online: device.online,
    batteryLow: device.batteryLow,
    metered: device.metered,
    status: client.status.get(),
    records,
    conflicts: await client.conflicts.list(),
    rejected: await client.rejected.list(),
    deadLetters: await client.deadLetters.list(),
  };
}
