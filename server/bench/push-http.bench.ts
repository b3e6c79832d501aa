// Push and pull end to end over HTTP: a runtime client (fake-indexeddb) writes N small records
// offline, then syncs them to the real server process (src/main.ts, SQLite and PostgreSQL, spec
// published through the registry); then a fresh device pulls them all. Wall-clock figures (client
// and server are separate processes), each beside a floor measured in the same run:
// - push floor: a minimal Express route inserting each batch with one cached prepared multi-row
//   INSERT (http/floor-server.ts), fed by a minimal client posting the same batches one after another;
// - pull floor: the same pages fetched with bare HTTP and written with bare IndexedDB puts.
// Beside the wall clock, the CPU time the server process and the floor process spent (Linux /proc):
// on a shared machine it moves far less with other work than the wall clock does.
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PullResponse } from '@syncraft/runtime/protocol';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TEST_SECRET, tokenFor } from '../test/helpers/app';
import { freshDatabaseConfig, type TestDialect } from '../test/helpers/databases';
import { type ServerProcess, startServerProcess } from '../test/helpers/server-process';
import { APP, BATCH_SIZE, call, device, item, operationBatches, publish } from './http/push-app';
import { report, round } from './support';

const N = Number(process.env.BENCH_RECORDS ?? 10_000);
/** A bare IndexedDB database with one object store keyed by `id`. */
function bareStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = new IDBFactory().open('bare', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('Item', { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

/** Puts `rows` in one transaction. */
function bulkPut(db: IDBDatabase, rows: readonly unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('Item', 'readwrite');
    const store = tx.objectStore('Item');
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** Resolves when `request` succeeds. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The least any device keeping records and a durable outbox in IndexedDB does to have N queued
 * records acknowledged, in bare IndexedDB (no Dexie, no engine): per batch, read the batch's
 * entries in one getAll; then, in one transaction, read each record's row, write it back as
 * confirmed and delete the entries as one key range. The rows carry the same `_t` index the
 * engine keeps and the outbox its `id` and `[entity+key]` indexes. Returns milliseconds.
 */
async function clientFloor(n: number, batchSize: number): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = new IDBFactory().open('client-floor', 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('Item', { keyPath: 'id' }).createIndex('_t', '_t');
      const outbox = open.result.createObjectStore('_outbox', { keyPath: 'seq', autoIncrement: true });
      outbox.createIndex('id', 'id', { unique: true });
      outbox.createIndex('[entity+key]', ['entity', 'key']);
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const fill = db.transaction(['Item', '_outbox'], 'readwrite');
  for (let i = 0; i < n; i++) {
    fill.objectStore('Item').put({ ...item(i), _v: 0, _t: 0, _p: 1, _s: null });
    fill.objectStore('_outbox').add({
      id: `op-${i}`,
      entity: 'Item',
      key: `item-${i}`,
      kind: 'upsert',
      changes: item(i),
      base: {},
      baseVersion: 0,
      hlc: `${Date.now()}-000000-floor`,
      clientId: 'floor',
      rank: 2,
      attempts: 0,
      queuedAt: 0,
    });
  }
  await new Promise((resolve) => {
    fill.oncomplete = resolve;
  });
  const start = performance.now();
  for (let first = 1; first <= n; first += batchSize) {
    const range = IDBKeyRange.bound(first, Math.min(n, first + batchSize - 1));
    const entries = (await done(
      db.transaction('_outbox', 'readonly').objectStore('_outbox').getAll(range),
    )) as { key: string }[];
    const tx = db.transaction(['Item', '_outbox'], 'readwrite');
    const rows = tx.objectStore('Item');
    const found = await Promise.all(entries.map((e) => done(rows.get(e.key))));
    for (const row of found) rows.put({ ...(row as object), _v: 1, _t: Date.now(), _p: 0, _s: undefined });
    tx.objectStore('_outbox').delete(range);
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
  }
  const ms = performance.now() - start;
  db.close();
  return ms;
}

/** CPU time (user + system, ms) a process has used so far, from Linux's /proc; undefined elsewhere. */
function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** CPU time `pid` spends while `work` runs (ms; undefined without /proc). */
async function cpuDuring(pid: number | undefined, work: () => Promise<void>): Promise<number | undefined> {
  const before = processCpuMs(pid);
  await work();
  const after = processCpuMs(pid);
  return before === undefined || after === undefined ? undefined : after - before;
}

/**
 * Pushes the same operations the device sent, in the same batch size, to the floor server: the
 * wall time and the floor process's CPU time.
 */
async function floorPush(batches: readonly unknown[][]): Promise<{ ms: number; cpuMs: number | undefined }> {
  const floor = await startServerProcess({}, 'bench/http/floor-server.ts');
  try {
    const start = performance.now();
    const cpuMs = await cpuDuring(floor.child.pid, async () => {
      for (const operations of batches) await call(`${floor.url}/push`, '', { operations });
    });
    return { ms: performance.now() - start, cpuMs };
  } finally {
    floor.child.kill('SIGTERM');
    await floor.exited;
  }
}

async function measure(dialect: TestDialect): Promise<void> {
  const { config, cleanup } = freshDatabaseConfig(dialect, 'pushhttp');
  const dataDir = mkdtempSync(join(tmpdir(), 'syncraft-pushhttp-'));
  const env: Record<string, string> = {
    SYNCRAFT_JWT_SECRET: TEST_SECRET,
    SYNCRAFT_RATE_LIMIT_MAX: '0',
    SYNCRAFT_DATA_DIR: config.kind === 'sqlite' ? config.file.replace(/\/test\.sqlite$/, '') : dataDir,
    ...(config.kind === 'postgres' ? { DATABASE_URL: config.url, SYNCRAFT_DB_SCHEMA: config.schema! } : {}),
  };
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess(env);
    await publish(server.url);
    const token = await tokenFor('wes', ['worker']);

    // Push: written offline, then one sync.
    const writer = await device(server.url, token, 'writer');
    const table = writer.table('Item');
    for (let i = 0; i < N; i++) await table.put(item(i));
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    let result: Awaited<ReturnType<typeof writer.syncNow>> | undefined;
    const serverCpuMs = await cpuDuring(server.child.pid, async () => {
      result = await writer.syncNow();
    });
    const pushMs = performance.now() - start;
    const pushCpu = process.cpuUsage(cpuStart);
    if (result?.kind !== 'synced' || result.pushed !== N)
      throw new Error(`push did not complete: ${JSON.stringify(result)}`);
    await writer.close();
    const batchSize = BATCH_SIZE;
    const sent = operationBatches(N);
    const { ms: floorMs, cpuMs: floorCpuMs } = await floorPush(sent);
    const clientFloorMs = await clientFloor(N, batchSize);
    const pushRate = (N / pushMs) * 1000;
    const floorRate = (N / floorMs) * 1000;
    const clientFloorRate = (N / clientFloorMs) * 1000;
    report({
      bench: 'push-http',
      db: dialect,
      records: N,
      recPerSec: round(pushRate),
      ms: round(pushMs),
      clientCpuMs: round((pushCpu.user + pushCpu.system) / 1000),
      cycle: 'push then pull (what syncNow does)',
      target: 35_000,
      baseline: round(floorRate),
      baselineWhat: `bare Express route, one prepared multi-row INSERT per batch of ${batchSize} (SQLite), batches posted one at a time`,
      ratio: round(pushRate / floorRate, 3),
      targetRatio: 0.4,
      ...(serverCpuMs === undefined || floorCpuMs === undefined
        ? {}
        : {
            serverCpuMs: round(serverCpuMs),
            serverCpuWhat: 'CPU time of the server process during the push and the pull that follows',
            floorCpuMs: round(floorCpuMs),
            cpuRatio: round(floorCpuMs / serverCpuMs, 3),
          }),
      clientFloor: round(clientFloorRate),
      clientFloorWhat: `bare IndexedDB (fake-indexeddb), per batch of ${batchSize}: read the entries, read each row, write it back confirmed, delete the entries as one range; no network, no server`,
      ratioToClientFloor: round(pushRate / clientFloorRate, 3),
    });

    // Pull: a fresh device takes everything.
    const reader = await device(server.url, token, 'reader');
    const pullStart = performance.now();
    const pulled = await reader.syncNow();
    const pullMs = performance.now() - pullStart;
    const stored = await reader.storage.table('Item').count();
    await reader.close();
    const bare = await bareStore();
    const floorStart = performance.now();
    let cursor: string | undefined;
    for (;;) {
      const page = (await call(`${server.url}/api/apps/${APP}/sync/pull`, token, {
        protocol: 1,
        specVersion: '1.0.0',
        clientId: 'bare',
        limit: 1000,
        ...(cursor ? { cursor } : {}),
      })) as unknown as PullResponse;
      await bulkPut(
        bare,
        page.changes.map((c) => (c.kind === 'upsert' ? c.record : {})),
      );
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    const pullFloorMs = performance.now() - floorStart;
    bare.close();
    const pullRate = (N / pullMs) * 1000;
    const pullFloor = (N / pullFloorMs) * 1000;
    report({
      bench: 'pull-http',
      db: dialect,
      records: N,
      stored,
      pulled: pulled.kind === 'synced' ? pulled.pulled : -1,
      recPerSec: round(pullRate),
      ms: round(pullMs),
      target: 50_000,
      baseline: round(pullFloor),
      baselineWhat:
        'the same server pages fetched with bare HTTP (1000 a page), each written in one bare IndexedDB transaction',
      ratio: round(pullRate / pullFloor, 3),
    });
  } finally {
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
    await cleanup();
  }
}

for (const dialect of (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',') as TestDialect[])
  await measure(dialect);
