import type { Entity, SyncSpec } from '../spec';

/** Names of the engine's own tables. Entity tables are named after the entity (names start with a letter). */
export const META_TABLES = {
  outbox: '_outbox',
  conflicts: '_conflicts',
  rejected: '_rejected',
  meta: '_meta',
} as const;

/**
 * Dexie store definitions of the engine's own tables (part of the local database format). The
 * outbox keeps few indexes, as every queued write and every acknowledgement pays for each: batches
 * are read in queue order by primary key (`seq`), a record's entries by `[entity+key]`.
 */
const META_STORES: Record<string, string> = {
  [META_TABLES.outbox]: '++seq, &id, [entity+key]',
  [META_TABLES.conflicts]: 'id, [entity+key]',
  [META_TABLES.rejected]: 'id, at',
  [META_TABLES.meta]: 'name',
};

/** Epoch ms when the row last matched the server (0 = never synced); indexed for retention. */
export const ROW_SYNCED_AT = '_t';

/**
 * A record as stored in its entity table: the fields (encrypted ones sealed) plus bookkeeping in
 * underscore columns — field names start with a letter, so they never collide. While a record has
 * unsent changes (`_p > 0`) the row shows the local view and `_s` keeps the last known server
 * values, so a rejection can revert and a pulled change can be rebased under the pending edits.
 */
export interface StoredRow {
  [field: string]: unknown;
  /** Server version the row is based on; 0 when the server has never had it. */
  _v: number;
  /** Epoch ms of the last sync that confirmed the row (0 = never). */
  _t: number;
  /** Pending outbox entries for this record. */
  _p: number;
  /** Last known server values (stored form) while `_p > 0`; `null` when the server has no record. */
  _s?: Record<string, unknown> | null;
  /** The server's timestamp of `_s` (for last-writer-wins when rebasing). */
  _h?: string;
  /** 1 when deleted on this device and the delete is not yet confirmed (hidden from reads). */
  _d?: 1;
}

/** Whether an entity keeps records on the device at all (`online-only` entities do not). */
export function isStoredLocally(entity: Entity): boolean {
  return entity.offline.availability !== 'online-only';
}

/** The Dexie index list of one entity: primary key first, the retention index, then the spec's indexes. */
export function entityStore(entity: Entity): string {
  const parts = [entity.key, ROW_SYNCED_AT];
  const seen = new Set(parts);
  for (const index of entity.indexes ?? []) {
    const path = index.fields.length === 1 ? index.fields[0]! : `[${index.fields.join('+')}]`;
    if (seen.has(path)) continue;
    seen.add(path);
    parts.push(index.unique ? `&${path}` : path);
  }
  return parts.join(', ');
}

/** The whole Dexie schema a spec asks for: its stored entities plus the engine's tables. */
export function storesForSpec(spec: SyncSpec): Record<string, string> {
  const stores: Record<string, string> = { ...META_STORES };
  for (const entity of spec.entities) {
    if (isStoredLocally(entity)) stores[entity.name] = entityStore(entity);
  }
  return stores;
}

/** What the local database remembers about the spec it was built for, to judge an upgrade. */
export interface SpecSnapshot {
  readonly appVersion: string;
  readonly entities: Readonly<
    Record<
      string,
      {
        readonly key: string;
        readonly fields: Readonly<Record<string, string>>;
        readonly encrypt: readonly string[];
      }
    >
  >;
}

/** Takes the upgrade-relevant facts of a spec. */
export function snapshotSpec(spec: SyncSpec): SpecSnapshot {
  const entities: Record<string, SpecSnapshot['entities'][string]> = {};
  for (const entity of spec.entities) {
    if (!isStoredLocally(entity)) continue;
    entities[entity.name] = {
      key: entity.key,
      fields: Object.fromEntries(entity.fields.map((f) => [f.name, f.type])),
      encrypt: [...(entity.offline.encrypt ?? [])].sort(),
    };
  }
  return { appVersion: spec.app.version, entities };
}
