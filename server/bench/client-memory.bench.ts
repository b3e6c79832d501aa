// A device's peak resident memory for N small records (issue target: ≤ 120 MB for 10k), each phase
// in a plain Node process of its own on the built runtime (http/memory-device.mjs; runtime/dist is
// built first when stale), against the real server process on SQLite:
// a Syncraft device writing N records offline and pushing them; a fresh Syncraft device pulling
// them. Same-run floors: bare IndexedDB and bare fetch doing the same work (rows and a durable
// outbox, batches posted to the minimal floor route; pull pages written with bare puts), and an
// idle process with the same imports. Both sides keep their data in fake-indexeddb's memory,
// which a browser keeps on disk, so the ratios say more than the absolute figures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_SECRET, tokenFor } from '../test/helpers/app';
import { type ServerProcess, startServerProcess } from '../test/helpers/server-process';
import { APP, item, operationBatches, publish, spec } from './http/push-app';
import { report, round } from './support';

const N = Number(process.env.BENCH_RECORDS ?? 10_000);
const DEVICE = fileURLToPath(new URL('./http/memory-device.mjs', import.meta.url));
const ENSURE_BUILT = fileURLToPath(new URL('../../scripts/ensure-built.mjs', import.meta.url));

/** Runs one phase in its own process; returns its peak resident memory in MB. */
function peakOf(mode: string, fixture: string, url: string, token: string): number {
  const run = spawnSync(process.execPath, [DEVICE, mode, fixture, url, token], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${mode} failed (${run.status}):\n${run.stderr}${run.stdout}`);
  const line = run.stdout.trim().split('\n').at(-1)!;
  return (JSON.parse(line) as { maxRssMB: number }).maxRssMB;
}

const built = spawnSync(process.execPath, [ENSURE_BUILT, 'runtime'], { stdio: 'inherit' });
if (built.status !== 0) throw new Error('building @syncraft/runtime failed');
const dataDir = mkdtempSync(join(tmpdir(), 'syncraft-memory-'));
const fixture = join(dataDir, 'fixture.json');
writeFileSync(
  fixture,
  JSON.stringify({
    app: APP,
    spec,
    items: Array.from({ length: N }, (_, i) => item(i)),
    batches: operationBatches(N),
  }),
);
let server: ServerProcess | undefined;
let floor: ServerProcess | undefined;
try {
  server = await startServerProcess({
    SYNCRAFT_JWT_SECRET: TEST_SECRET,
    SYNCRAFT_RATE_LIMIT_MAX: '0',
    SYNCRAFT_DATA_DIR: dataDir,
  });
  floor = await startServerProcess({}, 'bench/http/floor-server.ts');
  await publish(server.url);
  const token = await tokenFor('wes', ['worker']);
  const idle = peakOf('idle', fixture, server.url, token);
  const push = peakOf('push', fixture, server.url, token);
  const barePush = peakOf('bare-push', fixture, floor.url, token);
  const pull = peakOf('pull', fixture, server.url, token);
  const barePull = peakOf('bare-pull', fixture, server.url, token);
  const peak = Math.max(push, pull);
  report({
    bench: 'client-memory',
    records: N,
    peakMB: peak,
    pushMB: push,
    pullMB: pull,
    target: 120,
    withinTarget: peak <= 120,
    baseline: Math.max(barePush, barePull),
    baselineWhat:
      'bare IndexedDB (fake-indexeddb) and bare fetch: each row and outbox entry written in one transaction, pushed in batches to the floor route; the pull pages written with bare puts',
    barePushMB: barePush,
    barePullMB: barePull,
    idleMB: idle,
    ratio: round(peak / Math.max(barePush, barePull), 2),
    aboveIdleRatio: round((peak - idle) / (Math.max(barePush, barePull) - idle), 2),
  });
} finally {
  for (const child of [server, floor]) {
    if (!child) continue;
    child.child.kill('SIGTERM');
    await child.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
}
