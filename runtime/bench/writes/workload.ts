// The local-write and drain workloads, the same in Node (fake-indexeddb) and in Chromium (real
// IndexedDB): each step writes `n` records and answers the time it took on the caller's clock. The
// engine's steps and the bare Dexie steps they are compared with run on databases of one shape.
import { Dexie } from 'dexie';
import { createSyncClient, type SyncClient, type SyncTransport } from '../../src';
import type { OperationResult } from '../../src/protocol';
import { BARE_STORES, benchItem, benchSpec } from '../fixtures';

/** What a workload step measures. */
export const STEPS = [
  /** Bare Dexie `put` of each record, one call each. */
  'barePut',
  /** `table.put` of a new record, one call each (offline: nothing is sent). */
  'put',
  /**
   * Bare Dexie: a transaction per record that adds it and appends an outbox entry, both at once:
   * the least any atomic create with its queue entry costs.
   */
  'bareAddAdd',
  /** Bare Dexie: a transaction per record that reads it, then writes it and appends an outbox entry. */
  'bareGetPutAdd',
  /** Bare Dexie `update` of one field of an existing record (Dexie reads, then writes, in one transaction). */
  'bareUpdate',
  /** `table.update` of one field of a record already synced (its row has no pending edit). */
  'update',
  /** Bare Dexie: one transaction with a `bulkPut` of the rows and a `bulkAdd` of their entries. */
  'bareBulkPutAdd',
  /** `table.bulkPut` of the `n` records in one call. */
  'bulkPut',
] as const;
export type Step = (typeof STEPS)[number];

export interface WorkloadOptions {
  /** Time in milliseconds (wall clock in a browser, CPU time in Node). */
  readonly clock: () => number;
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
  /** Database names start with this (a fresh one per run). */
  readonly prefix: string;
}

const caller = { id: 'u1', roles: ['worker'] };

/**
 * A server that accepts every operation as it comes (`applied`, nothing changed in between) and
 * has nothing to pull: what is timed against it is the device's own work.
 */
export const acceptingServer: SyncTransport = {
  push: async (request) => ({
    protocol: 1,
    results: request.operations.map(
      (op): OperationResult => ({
        opId: op.id,
        status: 'applied',
        version: op.baseVersion + 1,
        from: op.baseVersion,
      }),
    ),
  }),
  pull: async () => ({ protocol: 1, changes: [], cursor: '0', hasMore: false }),
};

function openClient(options: WorkloadOptions, name: string): Promise<SyncClient> {
  return createSyncClient({
    spec: benchSpec,
    transport: acceptingServer,
    user: caller,
    clientId: name,
    dbName: `${options.prefix}-${name}`,
    network: null,
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
}

function openBare(options: WorkloadOptions): Promise<Dexie> {
  const db = new Dexie(`${options.prefix}-bare`, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  db.version(1).stores(BARE_STORES);
  return db.open();
}

/**
 * The local-write workload: a started client (so, in a browser, it leads its tabs as an app's
 * would) that went offline, and a bare Dexie database. `seeded` records (`item-0` …) are written
 * and synced to both first, so `update` and `bareUpdate` steps change records that exist.
 */
export async function localWrites(options: WorkloadOptions, seeded: number) {
  const bare = await openBare(options);
  const client = await openClient(options, 'writes');
  client.start();
  const table = client.table('Item');
  const rows = Array.from({ length: seeded }, (_, i) => benchItem(i));
  for (let i = 0; i < seeded; i += 500) {
    await table.bulkPut(rows.slice(i, i + 500));
    await bare.table('Item').bulkPut(rows.slice(i, i + 500));
  }
  await client.syncNow();
  client.dispatch('connection-lost');
  await client.idle();
  const bareItems = bare.table('Item');
  const bareOutbox = bare.table('_outbox');
  // Records the put steps create: keys no other step uses.
  const fresh = (step: string, i: number) => ({ ...benchItem(i), id: `${step}-${i}` });

  const run: Record<Step, (from: number, n: number) => Promise<unknown>> = {
    async put(from, n) {
      for (let i = from; i < from + n; i++) await table.put(fresh('put', i));
    },
    async update(from, n) {
      for (let i = from; i < from + n; i++) await table.update(`item-${i}`, { qty: -i });
    },
    bulkPut: (from, n) => table.bulkPut(Array.from({ length: n }, (_, i) => fresh('bulk', from + i))),
    async barePut(from, n) {
      for (let i = from; i < from + n; i++) await bareItems.put(fresh('put', i));
    },
    async bareAddAdd(from, n) {
      for (let i = from; i < from + n; i++) {
        const row = fresh('add', i);
        await bare.transaction('rw', [bareItems, bareOutbox], () =>
          Dexie.Promise.all([
            bareItems.add(row),
            bareOutbox.add({ id: `op-${row.id}`, entity: 'Item', key: row.id, changes: row }),
          ]),
        );
      }
    },
    async bareGetPutAdd(from, n) {
      for (let i = from; i < from + n; i++) {
        const row = fresh('floor', i);
        await bare.transaction('rw', [bareItems, bareOutbox], () =>
          bareItems
            .get(row.id)
            .then(() =>
              Dexie.Promise.all([
                bareItems.put(row),
                bareOutbox.add({ id: `op-${row.id}`, entity: 'Item', key: row.id, changes: row }),
              ]),
            ),
        );
      }
    },
    async bareUpdate(from, n) {
      for (let i = from; i < from + n; i++) await bareItems.update(`item-${i}`, { qty: -i });
    },
    bareBulkPutAdd(from, n) {
      const batch = Array.from({ length: n }, (_, i) => fresh('bulk', from + i));
      return bare.transaction('rw', [bareItems, bareOutbox], async () => {
        await bareItems.bulkPut(batch);
        await bareOutbox.bulkAdd(
          batch.map((row) => ({ id: `op-${row.id}`, entity: 'Item', key: row.id, changes: row })),
        );
      });
    },
  };

  return {
    /** Runs one step over records `from` … `from + n - 1`; answers the milliseconds it took. */
    async measure(step: Step, from: number, n: number): Promise<number> {
      const start = options.clock();
      await run[step](from, n);
      return options.clock() - start;
    },
    async close() {
      await client.close();
      bare.close();
    },
  };
}

/** The parts of the drain workload, each timed on its own. */
export const DRAIN_STEPS = [
  /** `syncNow()` of the queued writes to {@link acceptingServer}: batches taken, sent, answers applied. */
  'drain',
  /**
   * Bare Dexie doing what acknowledging needs at least, batch by batch: read the batch's entries,
   * then in one transaction read and write back the rows and delete the entries as one range.
   */
  'bareAck',
  /** Bare Dexie `bulkPut` of the rows, in batches of the same size. */
  'bareBulkPut',
] as const;
export type DrainStep = (typeof DRAIN_STEPS)[number];

/**
 * The device's share of a push: `n` writes queued offline (with `bulkPut`, not timed) on a client
 * working alone, drained to {@link acceptingServer}; and a bare Dexie database holding the same rows
 * and entries, for the floors.
 */
export async function drainWorkload(options: WorkloadOptions, n: number, batch = 500) {
  const client = await openClient(options, 'drain');
  const table = client.table('Item');
  const rows = Array.from({ length: n }, (_, i) => benchItem(i));
  for (let i = 0; i < n; i += batch) await table.bulkPut(rows.slice(i, i + batch));
  const bare = await openBare({ ...options, prefix: `${options.prefix}-drain` });
  const items = bare.table('Item');
  const outbox = bare.table('_outbox');
  await bare.transaction('rw', [items, outbox], async () => {
    await items.bulkPut(rows.map((row) => ({ ...row, _p: 1 })));
    await outbox.bulkAdd(
      rows.map((row) => ({ id: `op-${row.id}`, entity: 'Item', key: row.id, changes: row })),
    );
  });

  const run: Record<DrainStep, () => Promise<unknown>> = {
    drain: () => client.syncNow(),
    async bareAck() {
      for (;;) {
        const entries = await outbox.limit(batch).toArray();
        if (entries.length === 0) break;
        await bare.transaction('rw', [items, outbox], async () => {
          const current = await items.bulkGet(entries.map((e) => e.key));
          await items.bulkPut(current.map((row) => ({ ...row, _p: 0, _v: 1 })));
          await outbox
            .where(':id')
            .between(entries[0]!.seq, entries[entries.length - 1]!.seq, true, true)
            .delete();
        });
      }
    },
    async bareBulkPut() {
      for (let i = 0; i < n; i += batch) {
        await items.bulkPut(rows.slice(i, i + batch).map((row) => ({ ...row, id: `b-${row.id}` })));
      }
    },
  };
  return {
    /** Runs one part; answers the milliseconds it took. Each part runs once. */
    async measure(step: DrainStep): Promise<number> {
      const start = options.clock();
      await run[step]();
      return options.clock() - start;
    },
    /** Entries left in the device's outbox (0 once drained). */
    left: () => client.storage.table('_outbox').count(),
    async close() {
      await client.close();
      bare.close();
    },
  };
}
