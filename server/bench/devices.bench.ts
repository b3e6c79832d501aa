// 50 concurrent devices pushing and pulling over HTTP on loopback against a real listening
// server (SQLite, then PostgreSQL) for BENCH_SECONDS (default 30) each; stops itself. Reports
// operations/s, request latency p50/p99 and errors (must be 0). Baseline, same run and same
// concurrency: 50 clients calling GET /healthz for a third of the time (the HTTP floor).
// Two workloads (BENCH_WORKLOADS, default both): `dispatchers`, where every device is a dispatcher
// of the one region and so pulls every other device's changes (pull-heavy: up to 200 records a
// round), and `technicians`, where each device is a technician pulling only its own jobs.
import type { AddressInfo } from 'node:net';
import type { Operation } from '@syncraft/runtime/protocol';
import { createApp } from '../src/app';
import { signDevToken } from '../src/auth/dev-tokens';
import { testConfig } from '../src/config';
import { mapPublishedSpecSource } from '../src/sync/published-spec';
import {
  benchDatabase,
  createJob,
  createLogger,
  fieldService,
  hlc,
  percentile,
  report,
  round,
} from './support';

const DEVICES = Number(process.env.BENCH_DEVICES ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const OPS_PER_PUSH = 10;
type Workload = 'dispatchers' | 'technicians';
const WORKLOADS = (process.env.BENCH_WORKLOADS ?? 'dispatchers,technicians').split(',') as Workload[];
const SECRET = 'bench-secret-bench-secret-bench-secret-01';
const spec = fieldService();

async function loop(seconds: number, clients: number, step: (client: number) => Promise<number>) {
  const latencies: number[] = [];
  let errors = 0;
  let units = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < deadline) {
        const start = performance.now();
        try {
          const done = await step(client);
          units += done;
        } catch (error) {
          errors++;
          if (errors <= 3) console.error(String(error));
        }
        latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { latencies, errors, units };
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  const { opened, dispose } = await benchDatabase(dialect, 'devices');
  const app = createApp({
    config: testConfig({
      auth: { kind: 'secret', secret: SECRET },
      rateLimit: { windowMs: 60_000, max: 0 },
      designerDir: '/nonexistent',
    }),
    db: opened,
    logger: createLogger('silent'),
    published: mapPublishedSpecSource([spec]),
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    for (const workload of WORKLOADS) {
      const dispatcher = await signDevToken(SECRET, {
        sub: 'dora',
        roles: ['dispatcher'],
        claims: { region: 'north' },
      });
      // Each device's own token: the dispatcher's, or a technician of its own.
      const tokens = await Promise.all(
        Array.from({ length: DEVICES }, (_, d) =>
          workload === 'dispatchers'
            ? dispatcher
            : signDevToken(SECRET, { sub: `${workload}-tech${d}`, roles: ['technician'], claims: {} }),
        ),
      );
      const call = async (path: string, body: unknown, token = dispatcher) => {
        const res = await fetch(`${base}/api/apps/field-service/sync/${path}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        const json = (await res.json()) as Record<string, unknown>;
        if (res.status !== 200) throw new Error(`${path} → ${res.status} ${JSON.stringify(json)}`);
        return json;
      };
      // Each device owns ten jobs and then, in a loop, logs time on them (counter increments) and pulls.
      const versions: number[][] = [];
      const cursors: (string | undefined)[] = [];
      for (let d = 0; d < DEVICES; d++) {
        const node = `${workload}-dev${d}`;
        const assignee = workload === 'dispatchers' ? 'ana' : `${workload}-tech${d}`;
        const created = await call('push', {
          protocol: 1,
          specVersion: '1.0.0',
          clientId: node,
          operations: Array.from({ length: OPS_PER_PUSH }, (_, j) =>
            createJob(`${workload}-d${d}-j${j}`, node, assignee),
          ),
        });
        versions.push((created.results as Array<{ version: number }>).map((r) => r.version));
        cursors.push(undefined);
      }
      let sequence = 0;
      let pulledRecords = 0;
      const run = await loop(SECONDS, DEVICES, async (d) => {
        const node = `${workload}-dev${d}`;
        const operations: Operation[] = Array.from({ length: OPS_PER_PUSH }, (_, j) => ({
          id: `${node}-${++sequence}`,
          entity: 'Job',
          key: `${workload}-d${d}-j${j}`,
          kind: 'upsert',
          changes: { minutesWorked: 1 },
          base: { minutesWorked: 0 },
          baseVersion: versions[d]![j]!,
          hlc: hlc(node),
          clientId: node,
        }));
        await call('push', { protocol: 1, specVersion: '1.0.0', clientId: node, operations }, tokens[d]);
        const pulled = await call(
          'pull',
          {
            protocol: 1,
            specVersion: '1.0.0',
            clientId: node,
            limit: 200,
            ...(cursors[d] ? { cursor: cursors[d] } : {}),
          },
          tokens[d],
        );
        cursors[d] = pulled.cursor as string;
        pulledRecords += (pulled.changes as unknown[]).length;
        return OPS_PER_PUSH;
      });

      const floor = await loop(Math.max(2, SECONDS / 3), DEVICES, async () => {
        const res = await fetch(`${base}/healthz`);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`healthz ${res.status}`);
        return 1;
      });
      const opsPerSec = run.units / SECONDS;
      const syncRoundsPerSec = run.latencies.length / SECONDS;
      const floorPerSec = floor.latencies.length / Math.max(2, SECONDS / 3);
      report({
        bench: 'devices',
        db: dialect,
        workload,
        devices: DEVICES,
        seconds: SECONDS,
        opsPerPush: OPS_PER_PUSH,
        opsPerSec: round(opsPerSec),
        roundsPerSec: round(syncRoundsPerSec),
        pulledPerSec: round(pulledRecords / SECONDS),
        p50Ms: round(percentile(run.latencies, 50), 2),
        p99Ms: round(percentile(run.latencies, 99), 2),
        errors: run.errors,
        baseline: round(floorPerSec),
        baselineWhat: 'GET /healthz requests/s at the same concurrency (one round = push + pull)',
        baselineP50Ms: round(percentile(floor.latencies, 50), 2),
        ratio: round(syncRoundsPerSec / floorPerSec, 4),
      });
      if (run.errors > 0 || floor.errors > 0) process.exitCode = 1;
    }
  } finally {
    await app.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await dispose();
  }
}
