/**
 * Start time and memory of the server as operators run it, beside the same-run baseline of the
 * TypeScript source through tsx (how it ran before it was built):
 *
 * - `built`: `node dist/main.js`, the production entry (built by this benchmark first);
 * - `tsx`: `node --import tsx src/main.ts` (baseline);
 * - `npm-start`: `npm start` at the repository root, nothing to build (npm itself included).
 *
 * Each start is timed from spawn until `/readyz` answers 200 on an already migrated SQLite file
 * (a first, untimed start of each variant migrates it and warms the file cache). Memory is the
 * resident set of every process of the tree after 50 light requests. Starts alternate between the
 * variants so machine noise spreads evenly. `BENCH_STARTS` (default 5) starts per variant.
 *
 * Prints one JSON line per variant, then one with the ratios against tsx.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alive, descendants, residentBytes } from '../test/helpers/processes';
import { followOutput, listeningUrl } from '../test/helpers/server-process';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STARTS = Number(process.env.BENCH_STARTS ?? 5);

interface Variant {
  readonly name: 'built' | 'tsx' | 'npm-start';
  readonly start: (env: NodeJS.ProcessEnv) => ChildProcess;
}

const pipes = { stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'] };
const VARIANTS: readonly Variant[] = [
  {
    name: 'built',
    start: (env) => spawn(process.execPath, ['dist/main.js'], { cwd: SERVER_DIR, env, ...pipes }),
  },
  {
    name: 'tsx',
    start: (env) =>
      spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: SERVER_DIR, env, ...pipes }),
  },
  {
    name: 'npm-start',
    start: (env) => spawn('npm', ['start'], { cwd: ROOT, env, detached: true, ...pipes }),
  },
];

interface Sample {
  readonly ms: number;
  readonly rss: number;
  readonly processes: number;
}

async function startOnce(variant: Variant, dataDir: string, designerDir: string): Promise<Sample> {
  const env = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SYNCRAFT_DATA_DIR: dataDir,
    SYNCRAFT_DESIGNER_DIR: designerDir,
  };
  const started = performance.now();
  const child = variant.start(env);
  const followed = followOutput(child);
  let sample: Sample | undefined;
  let failure: unknown;
  try {
    const url = await listeningUrl(followed);
    const ready = await fetch(`${url}/readyz`);
    if (ready.status !== 200) throw new Error(`${variant.name}: /readyz answered ${ready.status}`);
    const ms = performance.now() - started;
    for (let i = 0; i < 50; i++)
      await (await fetch(`${url}${i % 5 === 0 ? '/api/openapi.json' : '/readyz'}`)).text();
    const tree = [child.pid!, ...descendants(child.pid!).map((p) => p.pid)];
    sample = { ms, rss: tree.reduce((sum, pid) => sum + residentBytes(pid), 0), processes: tree.length };
  } catch (error) {
    failure = error;
  }
  child.kill('SIGTERM');
  const code = await followed.exited;
  if (failure !== undefined || sample === undefined) throw failure;
  if (code !== 0)
    throw new Error(`${variant.name} exited with ${String(code)} on SIGTERM:\n${followed.output()}`);
  if (variant.name === 'npm-start' && alive(child.pid!)) throw new Error('npm start left a process behind');
  return sample;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (value: number, digits = 0) => Number(value.toFixed(digits));

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: SERVER_DIR, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);

const designerDir = mkdtempSync(join(tmpdir(), 'syncraft-bench-designer-'));
writeFileSync(join(designerDir, 'index.html'), '<!doctype html><title>designer</title>');
const dataDirs = new Map<string, string>();
for (const variant of VARIANTS) {
  const dataDir = mkdtempSync(join(tmpdir(), `syncraft-bench-start-${variant.name}-`));
  mkdirSync(dataDir, { recursive: true });
  dataDirs.set(variant.name, dataDir);
  await startOnce(variant, dataDir, designerDir);
}

const samples = new Map<string, Sample[]>(VARIANTS.map((v) => [v.name, []]));
for (let round = 0; round < STARTS; round++) {
  for (const variant of VARIANTS) {
    samples.get(variant.name)!.push(await startOnce(variant, dataDirs.get(variant.name)!, designerDir));
  }
}

const summary = new Map<string, { startMs: number; rssMb: number }>();
for (const variant of VARIANTS) {
  const runs = samples.get(variant.name)!;
  const startMs = median(runs.map((s) => s.ms));
  const rssMb = median(runs.map((s) => s.rss)) / 2 ** 20;
  summary.set(variant.name, { startMs, rssMb });
  console.log(
    JSON.stringify({
      bench: 'server-start',
      variant: variant.name,
      baseline: variant.name === 'tsx',
      starts: runs.length,
      startMsMedian: round(startMs),
      startMsMin: round(Math.min(...runs.map((s) => s.ms))),
      startMsMax: round(Math.max(...runs.map((s) => s.ms))),
      rssMbMedian: round(rssMb, 1),
      processes: median(runs.map((s) => s.processes)),
      node: process.version,
    }),
  );
}
const built = summary.get('built')!;
const tsx = summary.get('tsx')!;
console.log(
  JSON.stringify({
    bench: 'server-start',
    ratio: 'built/tsx',
    startTime: round(built.startMs / tsx.startMs, 2),
    rss: round(built.rssMb / tsx.rssMb, 2),
  }),
);
