import { applyOperation, jsonEqual, type StoredRecord } from '../merge';
import type { Hlc, Operation, RecordValues } from '../protocol';
import type { Entity } from '../spec';

/** The last known server state of a record: its values (null when the server has none), version and timestamp. */
export interface ServerState {
  readonly values: RecordValues | null;
  readonly version: number;
  readonly hlc: Hlc | undefined;
}

const EPOCH_HLC = '0000000000000-000000-server';

/**
 * The record as this device should show it: the server's state with the still-pending local
 * operations re-applied on top, in order, through the shared merge (`applyOperation`) — so the
 * device predicts what the server will decide. A field counts as changed on the server when its
 * server value differs from the operation's base value. Returns `undefined` when the result is
 * deleted (or a pending update met a server-side delete, which the server will refuse).
 */
export function rebase(
  entity: Entity,
  server: ServerState,
  pending: readonly Operation[],
): RecordValues | undefined {
  let values = server.values;
  let version = server.version;
  const hlc = server.hlc ?? EPOCH_HLC;
  for (const op of pending) {
    let current: StoredRecord | undefined;
    if (values !== null) {
      const concurrentVersion = Math.max(version, op.baseVersion + 1);
      const fieldVersions: Record<string, number> = {};
      const fieldHlc: Record<string, Hlc> = {};
      for (const field of Object.keys(values)) {
        const changedOnServer = !jsonEqual(values[field], op.base[field]);
        fieldVersions[field] = changedOnServer ? concurrentVersion : op.baseVersion;
        fieldHlc[field] = hlc;
      }
      current = {
        key: op.key,
        version: concurrentVersion,
        deleted: false,
        values,
        fieldVersions,
        hlc,
        fieldHlc,
      };
    } else if (op.baseVersion > 0) {
      // The server deleted the record this edit was made on: the delete wins.
      continue;
    }
    const outcome = applyOperation(entity, current, op, { nextVersion: (current?.version ?? version) + 1 });
    if (outcome.status === 'rejected') continue;
    values = outcome.record.deleted ? null : outcome.record.values;
    version = outcome.record.version;
  }
  return values ?? undefined;
}
