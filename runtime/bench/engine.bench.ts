// Engine benchmarks (fake-indexeddb in Node), each against a baseline measured in the same run.
// Prints one JSON line per figure: {"bench", ...figures, "baseline", "ratio"}; times are CPU ms.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createSyncClient, type SyncTransport } from '../src';
import type { PullRequest, PullResponse, PushRequest } from '../src/protocol';
import { createMemoryTransport, InMemorySyncServer } from '../src/transport/memory';
import { BARE_STORES, benchItem, benchSpec, report } from './fixtures';
import { seededFor, timeRounds } from './writes/rounds';
import { summarise, summariseDrain } from './writes/summary';
import { DRAIN_STEPS, type DrainStep, drainWorkload, localWrites } from './writes/workload';

const spec = benchSpec;

const caller = { userId: 'u1', roles: ['worker'], params: {}, now: Date.now() };
const item = benchItem;
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
  db.version(1).stores(BARE_STORES);
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

/** CPU milliseconds this process has used so far: the clock of the write workloads here. */
function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

const WHERE = { name: 'Node, fake-indexeddb', unit: 'CPU ms' };

/**
 * Local writes (`put`, `update`, `bulkPut`) beside bare Dexie, the same workload the Chromium
 * benchmark runs on real IndexedDB (bench/writes/), here on fake-indexeddb.
 */
async function localWriteFigures(rounds: number, perRound: number) {
  const options = { clock: cpuMs, indexedDB: new IDBFactory(), IDBKeyRange, prefix: 'bench' };
  const writes = await localWrites(options, seededFor(rounds, perRound));
  const times = await timeRounds(rounds, perRound, async (step, from, n) => ({
    ms: await writes.measure(step, from, n),
  }));
  await writes.close();
  summarise(WHERE, perRound, rounds, times.ms);
}

/** The device's share of a push: draining `n` queued writes to a server that accepts them. */
async function drainFigures(n: number) {
  const options = { clock: cpuMs, indexedDB: new IDBFactory(), IDBKeyRange, prefix: 'bench' };
  const drain = await drainWorkload(options, n);
  const ms = new Map<DrainStep, number>();
  for (const step of DRAIN_STEPS) ms.set(step, await drain.measure(step));
  const left = await drain.left();
  await drain.close();
  summariseDrain(WHERE, n, left, (step) => ms.get(step)!);
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

await localWriteFigures(10, 200);
await drainFigures(10_000);
await pushThroughput(10_000);
await pullApply(10_000);
