import { Dexie } from 'dexie';
import type { SyncSpec } from '../spec';
import { META_TABLES, type SpecSnapshot, snapshotSpec, storesForSpec } from './schema';
import { incompatibleChanges, SpecUpgradeError } from './upgrade';

/** Where the local database lives; `indexedDB`/`IDBKeyRange` default to the globals. */
export interface DatabaseLocation {
  readonly name: string;
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
}

/** How the database was opened: fresh, unchanged, or upgraded from an older spec. */
export type OpenOutcome =
  | { readonly kind: 'created'; readonly verno: number }
  | { readonly kind: 'unchanged'; readonly verno: number }
  | { readonly kind: 'upgraded'; readonly verno: number; readonly fromAppVersion: string };

const SNAPSHOT = 'spec';

function dexieOptions(location: DatabaseLocation): ConstructorParameters<typeof Dexie>[1] {
  return {
    ...(location.indexedDB ? { indexedDB: location.indexedDB } : {}),
    ...(location.IDBKeyRange ? { IDBKeyRange: location.IDBKeyRange } : {}),
  };
}

function sameStores(a: Record<string, string>, b: Record<string, string>): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const name of names) if (a[name] !== b[name]) return false;
  return true;
}

/** Reads what an existing database holds, or `undefined` when there is none. */
async function probe(location: DatabaseLocation, spec: SyncSpec) {
  const db = new Dexie(location.name, dexieOptions(location));
  try {
    await db.open();
  } catch (error) {
    if ((error as { name?: string }).name === Dexie.errnames.NoSuchDatabase) return undefined;
    throw error;
  }
  try {
    const tableNames = new Set(db.tables.map((t) => t.name));
    const stores: Record<string, string> = {};
    for (const table of db.tables) {
      const parts = [table.schema.primKey.src, ...table.schema.indexes.map((i) => i.src)];
      stores[table.name] = parts.join(', ');
    }
    const snapshot = tableNames.has(META_TABLES.meta)
      ? ((await db.table(META_TABLES.meta).get(SNAPSHOT))?.value as SpecSnapshot | undefined)
      : undefined;
    const records: Record<string, number> = {};
    const pending: Record<string, number> = {};
    for (const entity of spec.entities) {
      if (tableNames.has(entity.name)) records[entity.name] = await db.table(entity.name).count();
    }
    if (snapshot) {
      for (const name of Object.keys(snapshot.entities)) {
        if (tableNames.has(name)) records[name] ??= await db.table(name).count();
        if (tableNames.has(META_TABLES.outbox)) {
          pending[name] = await db
            .table(META_TABLES.outbox)
            .where('[entity+key]')
            .between([name, Dexie.minKey], [name, Dexie.maxKey])
            .count();
        }
      }
    }
    return { verno: db.verno, stores, tableNames, snapshot, records, pending };
  } finally {
    db.close();
  }
}

/**
 * Opens (creating or upgrading) the device database for a spec. The Dexie schema is derived from the
 * spec; when it differs from the installed one the version is bumped, which adds tables and indexes
 * and drops removed ones while every other table — the outbox first of all — keeps its rows.
 * A change the stored data cannot follow throws {@link SpecUpgradeError} before anything is touched.
 */
export async function openLocalDatabase(
  spec: SyncSpec,
  location: DatabaseLocation,
): Promise<{ db: Dexie; outcome: OpenOutcome }> {
  const wanted = storesForSpec(spec);
  const next = snapshotSpec(spec);
  const existing = await probe(location, spec);
  if (existing?.snapshot) {
    const problems = incompatibleChanges(existing.snapshot, next, existing);
    if (problems.length > 0)
      throw new SpecUpgradeError(existing.snapshot.appVersion, spec.app.version, problems);
  }
  let verno = 1;
  let outcome: OpenOutcome['kind'] = 'created';
  const stores: Record<string, string | null> = { ...wanted };
  if (existing) {
    const unchanged = sameStores(normalise(existing.stores), normalise(wanted));
    verno = unchanged ? existing.verno : Math.floor(existing.verno) + 1;
    outcome = unchanged && existing.snapshot?.appVersion === spec.app.version ? 'unchanged' : 'upgraded';
    for (const name of existing.tableNames) if (!(name in wanted)) stores[name] = null;
  }
  const db = new Dexie(location.name, dexieOptions(location));
  db.version(verno).stores(stores);
  await db.open();
  await db.table(META_TABLES.meta).put({ name: SNAPSHOT, value: next });
  const result: OpenOutcome =
    outcome === 'upgraded'
      ? { kind: 'upgraded', verno, fromAppVersion: existing?.snapshot?.appVersion ?? 'unknown' }
      : { kind: outcome, verno };
  return { db, outcome: result };
}

/** Dexie may report indexes in another order than declared; compare them as sorted sets. */
function normalise(stores: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, src] of Object.entries(stores)) {
    const [primary = '', ...rest] = src
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    out[name] = [primary, ...rest.sort()].join(',');
  }
  return out;
}
