/**
 * Validate + lint of a 1,000-entity spec against ajv alone on the same document, in one run.
 * Prints one JSON line: {"bench":"spec.validate+lint","entities":1000,"ms":…,"ajvMs":…,"ratio":…,…}.
 * Targets: under 50 ms, and at most 3x the bare schema check. "ajv alone" is the precompiled
 * schema check `validate()` itself calls (`validator.generated.ts`), with nothing around it.
 *
 * A second line, {"bench":"spec.cold-start",…}, is the cost of a fresh process's first check
 * (load + one validate of templates/field-service.json) with the precompiled validator, against the
 * baseline of ajv compiling the schema at run time as every process did before.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Entity, lint, type SyncSpec, validate } from '../src/spec';
import { root as schemaCheck } from '../src/spec/validator.generated';

const ENTITIES = 1000;
const WARMUP = 15;
const RUNS = 41;

/** A realistic entity: key, reference to the previous entity, enum with precedence, counter, set, scope. */
function entity(i: number): Entity {
  const name = `Entity${i}`;
  const parent = i > 0 ? `Entity${i - 1}` : undefined;
  return {
    name,
    description: `Generated entity number ${i}.`,
    key: 'id',
    fields: [
      { name: 'id', type: 'string', required: true },
      { name: 'title', type: 'string', required: true, maxLength: 200 },
      { name: 'ownerId', type: 'string', required: true },
      {
        name: 'status',
        type: 'enum',
        values: ['open', 'active', 'done'],
        default: 'open',
        conflict: { strategy: 'enum-precedence', order: ['done', 'active', 'open'] },
      },
      { name: 'hours', type: 'counter', default: 0, conflict: { strategy: 'counter' } },
      { name: 'labels', type: 'string-set', conflict: { strategy: 'set-union' } },
      { name: 'updatedAt', type: 'datetime', required: true, conflict: { strategy: 'max' } },
      {
        name: 'notes',
        type: 'text',
        conflict: { strategy: 'manual', interim: 'server', prompt: 'Pick the notes to keep.' },
      },
      { name: 'phone', type: 'string', tags: ['personal-data'] },
      parent ? { name: 'parentId', type: 'reference', entity: parent } : { name: 'parentId', type: 'string' },
    ],
    indexes: [{ fields: ['ownerId', 'updatedAt'] }, { fields: ['status'] }],
    ...(parent
      ? {
          relations: [
            { name: 'parent', kind: 'many-to-one', entity: parent, field: 'parentId', onDelete: 'cascade' },
          ],
        }
      : {}),
    offline: {
      availability: 'read-write',
      scope: {
        all: [
          { any: [{ field: 'ownerId', op: 'eq', param: 'user.id' }, { role: 'manager' }] },
          { field: 'updatedAt', within: { past: '30d' } },
          { field: 'status', op: 'in', value: ['open', 'active'] },
        ],
      },
      maxRecords: 5000,
      retention: '60d',
      encrypt: ['phone'],
    },
    sync: { priority: i % 10 === 0 ? 'critical' : 'normal', direction: 'both', batchSize: 100 },
    conflict: { strategy: 'field-merge' },
  } as Entity;
}

function bigSpec(): SyncSpec {
  const entities = Array.from({ length: ENTITIES }, (_, i) => entity(i));
  return {
    specVersion: 1,
    app: { id: 'bench-app', name: 'Benchmark', version: '1.0.0' },
    parameters: [{ name: 'region', type: 'string' }],
    roles: [
      {
        name: 'worker',
        permissions: entities.map((e) => ({
          entity: e.name,
          actions: ['read', 'create', 'update'],
          writableFields: ['title', 'status', 'hours', 'labels', 'notes'],
          scope: { field: 'ownerId', op: 'eq', param: 'user.id' },
        })),
      },
      {
        name: 'manager',
        permissions: entities.map((e) => ({ entity: e.name, actions: ['read', 'delete'] })),
      },
    ],
    entities,
    offlineStates: {
      initial: 'online',
      states: [
        { name: 'online', network: 'online', sync: { enabled: true }, writes: 'allow' },
        {
          name: 'metered',
          network: 'limited',
          sync: { enabled: true, priorities: ['critical'] },
          writes: 'allow',
        },
        { name: 'offline', network: 'offline', sync: { enabled: false }, writes: 'queue' },
      ],
      transitions: [
        { from: '*', event: 'connection-lost', to: 'offline' },
        { from: 'offline', event: 'connection-restored', to: 'online' },
        { from: 'online', event: 'connection-metered', to: 'metered' },
        { from: 'metered', event: 'connection-restored', to: 'online' },
      ],
    },
    retry: { initialDelay: '1s', maxDelay: '5m', multiplier: 2, jitter: 'full', maxAttempts: 8 },
  };
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Median cost of `fn` in milliseconds over RUNS runs, after WARMUP unmeasured runs: CPU time (user +
 * system, what the work itself costs even on a busy shared machine) and wall time.
 */
function measure(fn: () => void): { cpu: number; wall: number } {
  for (let i = 0; i < WARMUP; i++) fn();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

const spec = bigSpec();
const first = validate(spec);
if (!first.valid)
  throw new Error(`benchmark spec is invalid: ${JSON.stringify(first.diagnostics.slice(0, 3))}`);
const findings = lint(first.spec);
if (findings.length > 0)
  throw new Error(`benchmark spec has lint findings: ${JSON.stringify(findings.slice(0, 3))}`);

const ajvValidate = schemaCheck;
if (!ajvValidate(spec)) throw new Error('the precompiled schema check rejects the benchmark spec');

// Interleave the two measurements so a change in machine load colours both alike.
const ajvSamples: Array<{ cpu: number; wall: number }> = [];
const oursSamples: Array<{ cpu: number; wall: number }> = [];
for (let round = 0; round < 3; round++) {
  ajvSamples.push(
    measure(() => {
      ajvValidate(spec);
    }),
  );
  oursSamples.push(
    measure(() => {
      const result = validate(spec);
      if (result.valid) lint(result.spec);
    }),
  );
}
const lintOnly = measure(() => {
  lint(spec);
});
const best = (samples: ReadonlyArray<{ cpu: number; wall: number }>) => ({
  cpu: Math.min(...samples.map((s) => s.cpu)),
  wall: Math.min(...samples.map((s) => s.wall)),
});
const ajvMs = best(ajvSamples);
const ours = best(oursSamples);

const round3 = (n: number) => Math.round(n * 1000) / 1000;
console.log(
  JSON.stringify({
    bench: 'spec.validate+lint',
    entities: ENTITIES,
    ms: round3(ours.cpu),
    ajvMs: round3(ajvMs.cpu),
    lintMs: round3(lintOnly.cpu),
    wallMs: round3(ours.wall),
    ajvWallMs: round3(ajvMs.wall),
    baseline: round3(ajvMs.cpu),
    baselineIs:
      'the precompiled ajv schema check alone on the same spec; ms are median CPU time per run, best of 3 rounds',
    ratio: round3(ours.cpu / ajvMs.cpu),
    targetMs: 50,
    targetRatio: 3,
    runs: RUNS,
  }),
);

/** One fresh process's first check in `mode`; see cold-start/first-validate.ts. */
function coldStart(mode: 'precompiled' | 'compile'): { cpuMs: number; wallMs: number } {
  const script = fileURLToPath(new URL('./cold-start/first-validate.ts', import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, mode], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cold start (${mode}) failed: ${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as { cpuMs: number; wallMs: number };
}

const COLD_RUNS = 5;
const cold = { precompiled: [] as number[], compile: [] as number[] };
const coldWall = { precompiled: [] as number[], compile: [] as number[] };
// Interleaved, like the rounds above; the first pair also warms tsx's transform cache for both.
coldStart('precompiled');
coldStart('compile');
for (let i = 0; i < COLD_RUNS; i++) {
  for (const mode of ['compile', 'precompiled'] as const) {
    const figures = coldStart(mode);
    cold[mode].push(figures.cpuMs);
    coldWall[mode].push(figures.wallMs);
  }
}
const coldMs = median(cold.precompiled);
const coldBaseline = median(cold.compile);
console.log(
  JSON.stringify({
    bench: 'spec.cold-start',
    ms: round3(coldMs),
    wallMs: round3(median(coldWall.precompiled)),
    baseline: round3(coldBaseline),
    baselineWallMs: round3(median(coldWall.compile)),
    baselineIs:
      'a fresh process loading ajv and compiling the schema at run time (as before), then one validate; ms are median CPU time from load to first answer',
    ratio: round3(coldMs / coldBaseline),
    savedMs: round3(coldBaseline - coldMs),
    runs: COLD_RUNS,
  }),
);
