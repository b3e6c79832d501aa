import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  createSyncClient,
  type Subscription,
  type SyncClient,
  type SyncClientOptions,
  type SyncTable,
} from '../../src';
import type { RecordValues } from '../../src/protocol';
import { appTypes, validate } from '../../src/spec';
import type { AppSchema, Job, Site, Visit } from './field-service.generated';
import { dispatcherClient, fieldServiceSpec, job, templatePath } from './fixtures';
import type { AppSchema as IssueSchema } from './issue-tracker.generated';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

describe('a client typed by the generated AppSchema', () => {
  it('reads and writes Job records as the Job type', async () => {
    const client = await dispatcherClient();
    const jobs = client.table('Job');
    expectTypeOf(jobs).toEqualTypeOf<SyncTable<Job, string>>();
    const created = await jobs.put(job('job-1'));
    expectTypeOf(created).toEqualTypeOf<Job>();
    await jobs.put(job('job-2', { status: 'done' }));
    await jobs.update('job-1', { status: 'in_progress', notes: 'gate code at the office' });
    await jobs.increment('job-1', 'minutesWorked', 15);
    await jobs.addToSet('job-1', 'partsUsed', 'valve-22');

    const open: Job[] = await jobs.query({ where: { status: 'in_progress' } });
    expect(open.map((j) => j.id)).toEqual(['job-1']);
    const first = open[0]!;
    expect(first.minutesWorked).toBe(15);
    expect(first.partsUsed).toEqual(['valve-22']);
    const one = await jobs.get('job-2');
    expectTypeOf(one).toEqualTypeOf<Job | undefined>();
    expect(one?.status).toBe('done');
    const cleared = await jobs.update('job-1', { notes: null });
    expect(cleared.notes).toBeNull();

    const seen: Job[][] = [];
    const stop = jobs.live({ where: { assigneeId: 'tech-1' }, orderBy: 'scheduledAt' }, (r) => seen.push(r));
    await client.idle();
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    expect(
      seen
        .at(-1)
        ?.map((j) => j.id)
        .sort(),
    ).toEqual(['job-1', 'job-2']);
    stop();

    const sites: Site[] = await client.table('Site').query();
    const visits: Visit[] = await client.table('Visit').query({ where: { jobId: 'job-1' } });
    expect([sites, visits]).toEqual([[], []]);
    await client.close();
  });

  it('passes a typed client where an untyped one is expected', () => {
    const widen = (client: SyncClient<AppSchema>): SyncClient => client;
    expectTypeOf(widen).returns.toEqualTypeOf<SyncClient>();
  });

  it('keeps a client without a type argument untyped', () => {
    expectTypeOf<SyncClient['table']>().parameter(0).toEqualTypeOf<string>();
    const open = (options: SyncClientOptions) => createSyncClient(options);
    expectTypeOf<Awaited<ReturnType<typeof open>>>().toEqualTypeOf<SyncClient>();
    const table = (client: SyncClient) => client.table('Anything');
    expectTypeOf<ReturnType<typeof table>>().toEqualTypeOf<SyncTable>();
    expectTypeOf<Awaited<ReturnType<SyncTable['get']>>>().toEqualTypeOf<RecordValues | undefined>();
    expectTypeOf<Awaited<ReturnType<SyncTable['query']>>>().toEqualTypeOf<RecordValues[]>();
    expectTypeOf<Parameters<SyncTable['get']>[0]>().toEqualTypeOf<string | number>();
  });

  it('types subscription parameters: required ones required', () => {
    expectTypeOf<SyncClient<IssueSchema>['subscribe']>()
      .parameter(0)
      .toEqualTypeOf<'issuesBetween' | 'issue'>();
    // The template's `issue` subscription takes an id; `issuesBetween` a window.
    const open = (client: SyncClient<IssueSchema>) => [
      client.subscribe('issue', { id: 'i1' }),
      client.subscribe('issuesBetween', { from: '2026-12-07T00:00:00Z', to: '2026-12-13T23:59:59Z' }),
    ];
    expectTypeOf(open).returns.toEqualTypeOf<Promise<Subscription>[]>();
  });

  it('the committed test types are what `syncraft types` writes for the templates', () => {
    for (const name of ['field-service', 'issue-tracker']) {
      const result = validate(readFileSync(templatePath(name), 'utf8'));
      if (!result.valid) throw new Error(`${name} is not valid`);
      // If this fails, run `node src/cli/bin.mjs types ../templates/<name>.json -o test/typed/<name>.generated.ts`.
      expect(readFileSync(here(`./${name}.generated.ts`), 'utf8')).toBe(appTypes(result.spec));
    }
    expect(fieldServiceSpec.app.id).toBe('field-service');
  });
});

/**
 * Each line is a misuse the compiler must refuse, with a piece of the message it must give. They are
 * written to a scratch file beside imports of the runtime and the generated types, and type-checked
 * in one run of the project's TypeScript under the repository's strict options.
 */
const MISUSES: readonly (readonly [code: string, message: string])[] = [
  ["client.table('Jobs');", '"Jobs"'],
  ["void client.table('Job').update('j1', { titel: 'x' });", "'titel' does not exist"],
  ["void client.table('Job').update('j1', { status: 'finished' });", '"finished"'],
  ["void client.table('Job').update('j1', { title: null });", 'null'],
  ["void client.table('Job').put({ id: 'j1', title: 'x' });", 'missing the following properties'],
  ["void client.table('Job').put({ ...job, color: 'red' });", "'color' does not exist"],
  ["void client.table('Job').get(1);", "'number' is not assignable"],
  ["void client.table('Job').increment('j1', 'title');", '"title"'],
  ["void client.table('Job').addToSet('j1', 'notes', 'x');", '"notes"'],
  ["void client.table('Job').query({ where: { state: 'open' } });", "'state' does not exist"],
  ["void client.table('Job').query({ where: { status: 'finished' } });", '"finished"'],
  ["void client.table('Job').query({ orderBy: 'when' });", '"when"'],
  [
    "const sites: Site[] = await client.table('Job').query(); void sites;",
    "is not assignable to type 'Site[]'",
  ],
  ["client.table('Job').live({}, (records: Visit[]) => records);", 'Visit'],
  ["void issues.subscribe('issuesBetween', { from: 'x' });", "to'' is missing"],
  ["void issues.subscribe('issue');", 'Expected 2 arguments'],
  ["void issues.subscribe('issues', {});", '"issues"'],
  ["hooks.useLiveQuery('Jobs');", '"Jobs"'],
  ["hooks.useLiveQuery('Job', { where: { state: 'open' } });", "'state' does not exist"],
  [
    "const done: Visit[] = hooks.useSuspenseLiveQuery('Job'); void done;",
    "is not assignable to type 'Visit[]'",
  ],
];

const work = mkdtempSync(join(tmpdir(), 'syncraft-typed-client-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Type-checks one scratch file with the project's TypeScript under the repository's strict options. */
function typecheck(lines: readonly string[]): { status: number | null; output: string } {
  const dir = mkdtempSync(join(work, 'case-'));
  writeFileSync(join(dir, 'misuse.ts'), lines.join('\n'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: here('../../../tsconfig.base.json'),
      compilerOptions: { lib: ['ES2023', 'DOM'], types: [], jsx: 'react-jsx', skipLibCheck: true },
      files: ['misuse.ts'],
    }),
  );
  const tsc = here('../../node_modules/typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('misuse of a typed client fails to compile', { timeout: 120_000 }, () => {
  it('refuses a wrong entity, field, value, key or subscription, each with a message naming it', () => {
    const header = [
      `import type { SyncClient } from ${JSON.stringify(here('../../src/index.ts'))};`,
      `import type { AppSchema, Job, Site, Visit } from ${JSON.stringify(here('./field-service.generated.ts'))};`,
      `import type { AppSchema as IssueSchema } from ${JSON.stringify(here('./issue-tracker.generated.ts'))};`,
      `import type { SyncHooks } from ${JSON.stringify(here('../../src/react/index.ts'))};`,
      'export async function misuse(',
      '  client: SyncClient<AppSchema>,',
      '  issues: SyncClient<IssueSchema>,',
      '  job: Job,',
      '  hooks: SyncHooks<AppSchema>,',
      ') {',
    ];
    const { output } = typecheck([...header, ...MISUSES.map(([code]) => `  ${code}`), '}', '']);
    // Errors by line of misuse.ts (1-based); a message may continue on indented lines.
    const byLine = new Map<number, string>();
    let current = 0;
    for (const line of output.split('\n')) {
      const at = /misuse\.ts\((\d+),\d+\): error (.*)$/.exec(line);
      if (at) current = Number(at[1]);
      if (current > 0) byLine.set(current, `${byLine.get(current) ?? ''}${at ? at[2] : line}\n`);
    }
    const outside = [...byLine.keys()].filter(
      (n) => n <= header.length || n > header.length + MISUSES.length,
    );
    expect(outside, output).toEqual([]);
    MISUSES.forEach(([code, message], i) => {
      const errors = byLine.get(header.length + 1 + i);
      expect(errors, `no error for: ${code}\n${output}`).toBeDefined();
      expect(errors, code).toContain(message);
    });
  });

  it('accepts the same calls written correctly (the scratch file is sound)', () => {
    const right = [
      `import type { SyncClient } from ${JSON.stringify(here('../../src/index.ts'))};`,
      `import type { AppSchema, Job } from ${JSON.stringify(here('./field-service.generated.ts'))};`,
      'export async function use(client: SyncClient<AppSchema>, job: Job) {',
      "  await client.table('Job').update('j1', { title: 'x', status: 'done', notes: null });",
      "  await client.table('Job').put({ ...job, partsUsed: ['a'] });",
      "  await client.table('Job').increment('j1', 'minutesWorked');",
      "  await client.table('Job').addToSet('j1', 'partsUsed', 'x');",
      "  const jobs: Job[] = await client.table('Job').query({ where: { status: 'open' }, orderBy: 'scheduledAt' });",
      '  return jobs;',
      '}',
      '',
    ];
    const run = typecheck(right);
    expect(run.output).toBe('');
    expect(run.status).toBe(0);
  });
});
