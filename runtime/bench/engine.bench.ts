// Engine benchmarks (fake-indexeddb in Node), each against a baseline measured in the same run.
// Prints one JSON line per figure: {"bench", ...figures, "baseline", "ratio"}; times are CPU ms.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createSyncClient, type SyncTransport } from '../src';
import type { PullRequest, PullResponse, PushRequest } from '../src/protocol';
import type { SyncSpec } from '../src/spec';
import { createMemoryTransport, InMemorySyncServer } from '../src/transport/memory';

const spec: SyncSpec = {
  specVersion: 1,
  app: { id: 'bench', name: 'Bench', version: '1.0.0' },
  roles: [
    { name: 'worker', permissions: [{ entity: 'Item', actions: ['read', 'create', 'update', 'delete'] }] },
  ],
  entities: [
    {
      name: 'Item',
      key: 'id',
      fields: [
        { name: 'id', type: 'string', required: true },
        { name: 'title', type: 'string' },
        { name: 'status', type: 'enum', values: ['open', 'done'] },
        { name: 'qty', type: 'integer' },
      ],
      indexes: [{ fields: ['status'] }],
      offline: { availability: 'read-write' },
      sync: { priority: 'normal', direction: 'both', batchSize: 500 },
      conflict: { strategy: 'last-writer-wins' },
    },
  ],
  offlineStates: {
    initial: 'online',
    states: [{ name: 'online', network: 'online', sync: { enabled: true }, writes: 'allow' }],
    transitions: [],
  },
  retry: { initialDelay: '1s', maxDelay: '1m', multiplier: 2, jitter: 'full', maxAttempts: 5 },
};

const caller = { userId: 'u1', roles: ['worker'], params: {}, now: Date.now() };
const item = (i: number) => ({
  id: `item-${i}`,
  title: `Item number ${i}`,
  status: i % 2 ? 'open' : 'done',
  qty: i,
});

function client(server: InMemorySyncServer, transport?: SyncTransport) {
  return createSyncClient({
    spec,
    transport: transport ?? createMemoryTransport(server, caller),
    user: { id: 'u1', roles: ['worker'] },
    clientId: 'bench',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    network: null,
  });
}

function bareDexie() {
  const db = new Dexie('bare', { indexedDB: new IDBFactory(), IDBKeyRange });
  db.version(1).stores({ Item: 'id, _t, status', _outbox: '++seq, &id, [entity+key], [entity+seq]' });
  return db;
}

/**
 * CPU milliseconds the process spent on `fn` (user + system). On a shared machine wall time mostly
 * measures the neighbours; both sides of every comparison are timed the same way.
 */
async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function report(bench: string, figures: Record<string, number>, baseline: number, measured: number) {
  const round = (n: number) => Math.round(n * 100) / 100;
  const out: Record<string, unknown> = { bench };
  for (const [k, v] of Object.entries(figures)) out[k] = round(v);
  out.baseline = round(baseline);
  out.ratio = round(measured / baseline);
  console.log(JSON.stringify(out));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Local writes and bare puts alternate in rounds, so load from other processes on a shared
 * machine hits both alike; the figures are medians over rounds.
 */
async function localWrite(rounds: number, perRound: number) {
  const db = bareDexie();
  await db.open();
  const c = await client(new InMemorySyncServer({ spec }));
  const table = c.table('Item');
  for (let i = 0; i < 200; i++) {
    await db.table('Item').put(item(-i - 1));
    await table.put(item(-i - 1));
  }
  const bare: number[] = [];
  const floor: number[] = [];
  const engine: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const from = r * perRound;
    // The same three requests the engine makes (read the row, write it, append to the outbox),
    // in one bare Dexie transaction: what any atomic record + outbox write costs here.
    floor.push(
      await time(async () => {
        for (let i = from; i < from + perRound; i++) {
          await db.transaction('rw', ['Item', '_outbox'], async () => {
            const row = item(i + 1_000_000);
            await db.table('Item').get(row.id);
            await db.table('Item').put(row);
            await db.table('_outbox').add({ id: `op-${i}`, entity: 'Item', key: row.id, changes: row });
          });
        }
      }),
    );
    bare.push(
      await time(async () => {
        for (let i = from; i < from + perRound; i++) await db.table('Item').put(item(i));
      }),
    );
    engine.push(
      await time(async () => {
        for (let i = from; i < from + perRound; i++) await table.put(item(i));
      }),
    );
  }
  const b = median(bare);
  const f = median(floor);
  const e = median(engine);
  report(
    'local-write (record + outbox in one transaction) vs bare Dexie put',
    {
      writes: rounds * perRound,
      writesPerCpuSec: (perRound / e) * 1000,
      usPerWrite: (e / perRound) * 1000,
      usPerBarePut: (b / perRound) * 1000,
      usPerBareGetPutAdd: (f / perRound) * 1000,
      ratioToGetPutAdd: e / f,
      target: 1.5,
    },
    b,
    e,
  );
  await c.close();
  db.close();
}

/**
 * Batched local writes (`table.bulkPut`, one transaction for a batch of records and their outbox
 * entries) beside bare Dexie: single `put`s of the same rows (what one write each costs at least)
 * and one `bulkPut` of the rows plus one `bulkAdd` of the entries in one transaction (the floor of
 * any atomic batched record + outbox write). Rounds alternate; medians over rounds.
 */
async function localWriteBatched(rounds: number, perRound: number) {
  const db = bareDexie();
  await db.open();
  const c = await client(new InMemorySyncServer({ spec }));
  const table = c.table('Item');
  const bare: number[] = [];
  const floor: number[] = [];
  const engine: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const from = 1_000_000 + r * perRound;
    const batch = Array.from({ length: perRound }, (_, i) => item(from + i));
    bare.push(
      await time(async () => {
        for (const row of batch) await db.table('Item').put({ ...row, id: `bare-${row.id}` });
      }),
    );
    floor.push(
      await time(() =>
        db.transaction('rw', ['Item', '_outbox'], async () => {
          await db.table('Item').bulkPut(batch.map((row) => ({ ...row, id: `floor-${row.id}` })));
          await db
            .table('_outbox')
            .bulkAdd(
              batch.map((row, i) => ({ id: `op-${from + i}`, entity: 'Item', key: row.id, changes: row })),
            );
        }),
      ),
    );
    engine.push(await time(() => table.bulkPut(batch)));
  }
  const b = median(bare);
  const f = median(floor);
  const e = median(engine);
  report(
    `local-write batched (bulkPut of ${perRound}) vs bare Dexie put one by one`,
    {
      writes: rounds * perRound,
      writesPerCpuSec: (perRound / e) * 1000,
      usPerWrite: (e / perRound) * 1000,
      usPerBarePut: (b / perRound) * 1000,
      usPerBareBulkPutAdd: (f / perRound) * 1000,
      ratioToBulkPutAdd: e / f,
    },
    b,
    e,
  );
  await c.close();
  db.close();
}

async function pushThroughput(n: number) {
  const server = new InMemorySyncServer({ spec });
  const c = await client(server);
  const table = c.table('Item');
  for (let i = 0; i < n; i++) await table.put(item(i));
  const engine = await time(() => c.syncNow());
  // Baseline: the same operations pushed straight into an identical server, without a device.
  const queued = (await c.storage.table('_outbox').count()) === 0;
  const direct = new InMemorySyncServer({ spec });
  const ops: PushRequest['operations'][number][] = [];
  for (let i = 0; i < n; i++) {
    ops.push({
      id: `op-${i}`,
      entity: 'Item',
      key: `item-${i}`,
      kind: 'upsert',
      changes: item(i),
      base: {},
      baseVersion: 0,
      hlc: `${String(Date.now()).padStart(13, '0')}-${String(i % 999_999).padStart(6, '0')}-direct`,
      clientId: 'direct',
    });
  }
  const transport = createMemoryTransport(direct, caller);
  const bare = await time(async () => {
    for (let i = 0; i < n; i += 500) {
      await transport.push({
        protocol: 1,
        specVersion: '1.0.0',
        clientId: 'direct',
        operations: ops.slice(i, i + 500),
      });
    }
  });
  report(
    'push 10k queued operations through the in-memory transport',
    {
      n,
      engineMs: engine,
      opsPerSec: (n / engine) * 1000,
      serverOnlyOpsPerSec: (n / bare) * 1000,
      drained: queued ? 1 : 0,
    },
    bare,
    engine,
  );
  await c.close();
}

async function pullApply(n: number) {
  const server = new InMemorySyncServer({ spec });
  const seeder = createMemoryTransport(server, caller);
  for (let i = 0; i < n; i += 500) {
    const operations = [];
    for (let j = i; j < Math.min(n, i + 500); j++) {
      operations.push({
        id: `seed-${j}`,
        entity: 'Item',
        key: `item-${j}`,
        kind: 'upsert' as const,
        changes: item(j),
        base: {},
        baseVersion: 0,
        hlc: `${String(Date.now()).padStart(13, '0')}-000000-seed`,
        clientId: 'seed',
      });
    }
    await seeder.push({ protocol: 1, specVersion: '1.0.0', clientId: 'seed', operations });
  }
  // Record the server's pages first, so the timing covers only applying them on the device.
  const pages: PullResponse[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await seeder.pull({
      protocol: 1,
      specVersion: '1.0.0',
      clientId: 'x',
      limit: 500,
      ...(cursor ? { cursor } : {}),
    });
    pages.push(page);
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  let next = 0;
  const replay: SyncTransport = {
    push: async () => ({ protocol: 1, results: [] }),
    pull: async (_request: PullRequest) => pages[Math.min(next++, pages.length - 1)]!,
  };
  const c = await client(server, replay);
  const engine = await time(() => c.syncNow());
  const count = await c.storage.table('Item').count();
  const db = bareDexie();
  await db.open();
  const rows = pages.flatMap((p) => p.changes.map((ch) => (ch.kind === 'upsert' ? ch.record : {})));
  const bare = await time(() => db.table('Item').bulkPut(rows));
  report(
    'pull-apply 10k records into an empty store vs bare Dexie bulkPut',
    { n, stored: count, engineMs: engine, bareMs: bare, target: 1.5 },
    bare,
    engine,
  );
  await c.close();
  db.close();
}

await localWrite(10, 200);
await localWriteBatched(10, 200);
await pushThroughput(10_000);
await pullApply(10_000);
