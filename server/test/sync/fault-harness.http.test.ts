// The fault-injection harness over real HTTP: runtime clients (each on its own fake IndexedDB)
// against the server on loopback — SQLite, and two server instances on one PostgreSQL database —
// with requests dropped before they leave, answers lost after the server applied the push,
// 503s, devices that crash and reopen on the same IndexedDB, and a real server process (one device
// talks to it always, others when the fault strikes) SIGKILLed while a push is in flight and
// restarted on the same database. Seeded; a failing seed prints its steps (the moment of a kill
// within the push is a race, so a seed replays the same steps, not always the same kill point).
// SYNCRAFT_HTTP_HARNESS_SEEDS=1,2,3,… runs other or more seeds; SYNCRAFT_HTTP_HARNESS_RUNS=20 runs
// seeds 1…20; SYNCRAFT_HTTP_HARNESS_KILLS sets the server kills per scenario (1 by default, each
// costs a server start of about a second).
import 'fake-indexeddb/auto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpTransport, createSyncClient, ManualScheduler, type SyncClient } from '@syncraft/runtime';
import type { RecordValues } from '@syncraft/runtime/protocol';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncraftApp } from '../../src/app';
import { createTestApp, secondProcess, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { seedSite } from '../helpers/records';
import {
  publishOverHttp,
  type ServerProcess,
  serverProcessEnv,
  startServerProcess,
} from '../helpers/server-process';

const spec = templateSpec('field-service');
const RUNS = Number(process.env.SYNCRAFT_HTTP_HARNESS_RUNS ?? 0);
const SEEDS =
  RUNS > 0
    ? Array.from({ length: RUNS }, (_, i) => i + 1)
    : (process.env.SYNCRAFT_HTTP_HARNESS_SEEDS ?? '1,2').split(',').map(Number);
const KILLS = Number(process.env.SYNCRAFT_HTTP_HARNESS_KILLS ?? 1);
const STEPS = 36;
const KEYS = ['k1', 'k2', 'k3'];
const DISPATCHERS = ['dora', 'dan', 'dee'];
type Fault = 'drop' | 'lose-answer' | '503' | 'server-kill';
/** Stands for the server process in a device's base URL; requests go to wherever it runs now. */
const PROCESS_URL = 'http://server-process';

/** A small seeded generator (mulberry32), so a seed replays the same scenario. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Dev {
  client: SyncClient;
  readonly name: string;
  readonly idb: IDBFactory;
  readonly time: ManualScheduler;
  readonly faults: Fault[];
  /** How long after a push leaves the next server kill strikes (0 to 40 ms: before, during or after it applies). */
  killAfterMs: number;
  /** Kept across a crash, like a key in the platform's keystore. */
  readonly key: CryptoKey;
}

const job = (id: string, title: string): RecordValues => ({
  id,
  title,
  siteId: 'site-1',
  assigneeId: 'bob',
  region: 'north',
  status: 'open',
  // Within the template's offline window, so devices keep it.
  scheduledAt: new Date().toISOString(),
});

describe.each(DIALECTS)('fault-injection harness over HTTP on %s', (dialect) => {
  let t: TestApp;
  let other: { app: SyncraftApp; close: () => Promise<void> } | undefined;
  const servers: Server[] = [];
  const totals = {
    scenarios: 0,
    steps: 0,
    operations: 0,
    faults: {} as Record<string, number>,
    /** Server kills by whether the push's answer had come back before the process died. */
    kills: { answered: 0, unanswered: 0 },
    violations: 0,
  };
  const urls: string[] = [];
  let child: ServerProcess;
  let childEnv: Record<string, string>;

  /** SIGKILLs the server process `afterMs` after a push left for it, and starts it again. */
  const killDuring = async (push: Promise<Response>, afterMs: number): Promise<Response> => {
    const settled = push.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, afterMs));
    totals.faults['server-kill'] = (totals.faults['server-kill'] ?? 0) + 1;
    child.child.kill('SIGKILL');
    const signal = await child.exited;
    if (signal !== 'SIGKILL')
      throw new Error(`server process ended with ${String(signal)}:\n${child.output()}`);
    const answer = await settled;
    totals.kills[answer === undefined ? 'unanswered' : 'answered']++;
    child = await startServerProcess(childEnv);
    // An answer that arrived before the kill is lost with the connection, as a device would see it.
    if (answer !== undefined) await answer.body?.cancel();
    throw new TypeError('fetch failed (server killed)');
  };

  const listen = async (app: SyncraftApp) => {
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    servers.push(server);
    urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, 'http-harness', [spec], { rateLimit: { windowMs: 60_000, max: 0 } });
    await seedSite(t.database, spec.app.id);
    await listen(t.app);
    if (dialect === 'postgres') {
      other = await secondProcess(t, [spec], { rateLimit: { windowMs: 60_000, max: 0 } });
      await listen(other.app);
    }
    childEnv = serverProcessEnv(t.database.config, `/tmp/syncraft-http-harness-${process.pid}`);
    child = await startServerProcess(childEnv);
    await publishOverHttp(child.url, spec);
    urls.push(PROCESS_URL);
  }, 60_000);
  afterAll(async () => {
    console.log(JSON.stringify({ harness: 'faults-http', dialect, ...totals }));
    for (const server of servers) await new Promise<void>((resolve) => server.close(() => resolve()));
    if (child) {
      child.child.kill('SIGTERM');
      await child.exited;
    }
    await other?.close();
    await t.dispose();
  });

  /** `url` with the server process's stand-in replaced by where it runs now. */
  const at = (url: string) => url.replace(PROCESS_URL, child.url);

  async function open(dev: Omit<Dev, 'client'>, index: number, seed: number): Promise<SyncClient> {
    const token = await tokenFor(dev.name, ['dispatcher'], { region: 'north' });
    const url = urls[index % urls.length]!;
    const faulty: typeof fetch = async (input, init) => {
      const isPush = String(input).endsWith('/sync/push');
      // A server kill waits for the device's next push.
      if (dev.faults[0] === 'server-kill' && !isPush) return fetch(at(String(input)), init);
      const fault = dev.faults.shift();
      if (fault === 'server-kill') {
        const target = String(input).replace(/^http:\/\/[^/]+/, PROCESS_URL);
        return killDuring(fetch(at(target), init), dev.killAfterMs);
      }
      if (fault === 'drop') throw new TypeError('fetch failed (dropped before sending)');
      if (fault === '503') {
        const body = { error: { code: 'unavailable', message: 'overloaded' } };
        return new Response(JSON.stringify(body), { status: 503 });
      }
      const res = await fetch(at(String(input)), init);
      if (fault === 'lose-answer') throw new TypeError('fetch failed (answer lost)');
      return res;
    };
    return createSyncClient({
      spec,
      transport: createHttpTransport({ baseUrl: url, appId: spec.app.id, token: () => token, fetch: faulty }),
      user: { id: dev.name, roles: ['dispatcher'], params: { region: 'north' } },
      clientId: `${dialect}-s${seed}-${dev.name}`,
      dbName: `harness-${dialect}-${seed}-${dev.name}`,
      indexedDB: dev.idb,
      IDBKeyRange,
      scheduler: dev.time,
      network: null,
      encryptionKey: dev.key,
    });
  }

  it.each(SEEDS)(
    'seed %i: no lost or doubled write, every device ends equal to the server',
    async (seed) => {
      const next = random(seed);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
      const c1 = `c1-${seed}`;
      const s1 = `s1-${seed}`;
      const keys = KEYS.map((k) => `${k}-${seed}`);
      const devs: Dev[] = [];
      for (const [i, name] of DISPATCHERS.entries()) {
        const base = {
          name,
          idb: new IDBFactory(),
          time: new ManualScheduler(Date.now()),
          faults: [],
          killAfterMs: 0,
          key: await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
            'encrypt',
            'decrypt',
          ]),
        };
        devs.push({ ...base, client: await open(base, i, seed) });
      }
      const jobs = devs[0]!.client.table('Job');
      await jobs.put({ ...job(c1, 'counter'), minutesWorked: 0 });
      await jobs.put({ ...job(s1, 'parts'), partsUsed: [] });
      for (const d of devs) await d.client.syncNow();

      let counted = 0;
      const collected: string[] = [];
      const log: string[] = [];
      // Steps that kill the server process during a push, drawn up front so the count stays bounded.
      const killSteps = new Set(Array.from({ length: KILLS }, () => 1 + Math.floor(next() * (STEPS - 1))));
      for (let n = 0; n < STEPS; n++) {
        const i = Math.floor(next() * devs.length);
        const d = devs[i]!;
        const table = d.client.table('Job');
        const drawn = pick([
          'count',
          'collect',
          'create',
          'title',
          'delete',
          'sync',
          'sync',
          'fault',
          'crash',
        ] as const);
        const kind = killSteps.has(n) ? 'server-kill' : drawn;
        const key = pick(keys);
        const has = (await table.get(key)) !== undefined;
        log.push(`${d.name} ${kind}${['create', 'title', 'delete'].includes(kind) ? ` ${key}` : ''}`);
        if (kind === 'count') {
          const by = 1 + Math.floor(next() * 5);
          await table.increment(c1, 'minutesWorked', by);
          counted += by;
          totals.operations++;
        } else if (kind === 'collect') {
          const part = `p${collected.length}`;
          await table.addToSet(s1, 'partsUsed', part);
          collected.push(part);
          totals.operations++;
        } else if (kind === 'create' && !has) {
          await table.put(job(key, 'new'));
          totals.operations++;
        } else if (kind === 'title' && has) {
          await table.update(key, { title: pick(['a', 'b', 'c']) });
          totals.operations++;
        } else if (kind === 'delete' && has) {
          await table.delete(key);
          totals.operations++;
        } else if (kind === 'sync' || kind === 'fault') {
          if (kind === 'fault') {
            const fault = pick(['drop', 'lose-answer', '503'] as const);
            d.faults.push(fault);
            totals.faults[fault] = (totals.faults[fault] ?? 0) + 1;
          }
          await d.client.syncNow();
          d.client.dispatch('connection-restored');
        } else if (kind === 'server-kill') {
          // Something to push, then the process dies while the push is in flight.
          await table.increment(c1, 'minutesWorked', 1);
          counted += 1;
          totals.operations++;
          d.killAfterMs = Math.floor(next() * 40);
          d.faults.push('server-kill');
          log[log.length - 1] += ` after ${d.killAfterMs} ms`;
          await d.client.syncNow();
          d.client.dispatch('connection-restored');
        } else if (kind === 'crash') {
          totals.faults.crash = (totals.faults.crash ?? 0) + 1;
          await d.client.close();
          d.client = await open(d, i, seed);
        }
      }
      // Heal: no more faults; time passes retry.maxDelay so parked operations go back in the queue.
      for (let round = 0; round < 4; round++) {
        for (const d of devs) {
          d.faults.length = 0;
          d.time.advance(6 * 60_000);
          d.client.dispatch('connection-restored');
          await d.client.syncNow();
        }
      }
      try {
        const rows = await t.database.opened.db
          .selectFrom('sync_records')
          .select(['data'])
          .where('app_id', '=', spec.app.id)
          .where('entity', '=', 'Job')
          .where('deleted', '=', 0)
          .execute();
        const server = rows.map((r) => JSON.parse(r.data) as RecordValues);
        const byId = (rows: RecordValues[]) =>
          [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
        expect(server.find((r) => r.id === c1)?.minutesWorked).toBe(counted);
        expect(server.find((r) => r.id === s1)?.partsUsed).toEqual([...collected].sort());
        for (const d of devs) {
          const status = d.client.status.get();
          expect(status.pending).toEqual({ critical: 0, high: 0, normal: 0, low: 0 });
          expect(status.deadLetters).toBe(0);
          expect(byId(await d.client.table('Job').query())).toEqual(byId(server));
          for (const r of await d.client.rejected.list()) expect(r.reason).toBe('not-found');
        }
      } catch (error) {
        totals.violations++;
        console.error(`fault harness over HTTP (${dialect}), seed ${seed}, steps:\n${log.join('\n')}`);
        throw error;
      } finally {
        for (const d of devs) await d.client.close();
      }
      totals.scenarios++;
      totals.steps += STEPS;
    },
    120_000,
  );
});
