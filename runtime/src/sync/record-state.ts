import type { EntityRuntime } from '../client/context';
import type { StoredRow } from '../local-store';
import type { Operation, RecordValues } from '../protocol';
import { rebase, type ServerState } from './rebase';

/** The server state a row remembers: `_s` while edits are pending, else the row itself. */
export async function serverStateOf(
  runtime: EntityRuntime,
  row: StoredRow | undefined,
): Promise<ServerState> {
  if (!row) return { values: null, version: 0, hlc: undefined };
  const hlc = row._h;
  if (row._p > 0) {
    const stored = row._s ?? null;
    return { values: stored === null ? null : await runtime.codec.decode(stored), version: row._v, hlc };
  }
  return { values: row._d === 1 ? null : await runtime.codec.decode(row), version: row._v, hlc };
}

/**
 * The row to store for a record given its server state and its still-pending operations:
 * `undefined` means remove the row (no server record, nothing pending).
 */
export async function rowFor(
  runtime: EntityRuntime,
  key: string,
  server: ServerState,
  pending: readonly Operation[],
  syncedAt: number,
): Promise<StoredRow | undefined> {
  const keyValue = runtime.numericKey ? Number(key) : key;
  if (pending.length === 0) {
    if (server.values === null) return undefined;
    const row: StoredRow = {
      ...(await runtime.codec.encode(server.values)),
      _v: server.version,
      _t: syncedAt,
      _p: 0,
    };
    if (server.hlc !== undefined) row._h = server.hlc;
    return row;
  }
  const view = rebase(runtime.entity, server, pending);
  const shadow = server.values === null ? null : await runtime.codec.encode(server.values);
  const row: StoredRow =
    view === undefined
      ? {
          [runtime.entity.key]: keyValue,
          _v: server.version,
          _t: syncedAt,
          _p: pending.length,
          _s: shadow,
          _d: 1,
        }
      : {
          ...(await runtime.codec.encode(view)),
          _v: server.version,
          _t: syncedAt,
          _p: pending.length,
          _s: shadow,
        };
  if (server.hlc !== undefined) row._h = server.hlc;
  return row;
}

/** Field values with the operation's changes applied as written (what an `applied` result means). */
export function withChanges(values: RecordValues | null, op: Operation): RecordValues | null {
  if (op.kind === 'delete') return null;
  return { ...(values ?? {}), ...op.changes };
}
