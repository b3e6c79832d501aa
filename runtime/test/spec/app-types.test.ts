import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { appTypes, type SyncSpec, validate } from '../../src/spec';
import { entityOf, template, templatesDir } from './fixtures';

const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'syncraft-app-types-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Type-checks files with the project's TypeScript in strict mode; returns the compiler's report. */
function typecheck(files: Record<string, string>): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(work, 'case-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        exactOptionalPropertyTypes: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        types: [],
      },
      include: ['*.ts'],
    }),
  );
  const run = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** A spec with awkward names and values: a reserved word as entity name, quotes in enum values. */
function awkwardSpec(): SyncSpec {
  const spec = template();
  const site = entityOf(spec, 'Site');
  site.description = 'Ends a comment */ on purpose\nand spans two lines.';
  spec.entities.push({
    name: 'class',
    key: 'n',
    fields: [
      { name: 'n', type: 'integer', required: true },
      {
        name: 'label',
        type: 'enum',
        values: ["it's", 'back\\slash', 'line\nbreak', 'Entities'],
        required: true,
      },
      { name: 'payload', type: 'json' },
      { name: 'flag', type: 'boolean', default: false },
      { name: 'score', type: 'number' },
    ],
    offline: { availability: 'read-write' },
    sync: { priority: 'low', direction: 'both' },
    conflict: { strategy: 'last-writer-wins' },
  });
  entityOf(spec, 'Job').fields.push({ name: 'classRef', type: 'reference', entity: 'class' });
  spec.roles[0]!.permissions.push({ entity: 'class', actions: ['read'] });
  return spec;
}

describe('appTypes', { timeout: 120_000 }, () => {
  it('maps each field type to the type app code uses', () => {
    const text = appTypes(template());
    expect(text).toContain("  status: 'open' | 'in_progress' | 'on_hold' | 'done' | 'cancelled';");
    expect(text).toContain('  siteId: string;');
    // Optional fields are absent until set and null once cleared.
    expect(text).toContain('  minutesWorked?: number | null;');
    expect(text).toContain('  partsUsed?: string[] | null;');
    expect(text).toContain('  completedAt?: string | null;');
    expect(text).toContain("export type EntityName = 'Site' | 'Job' | 'Visit';");
    expect(text).toContain('export interface Entities {\n  Site: Site;\n  Job: Job;\n  Visit: Visit;\n}');
    expect(text).toContain(
      'export interface AppSchema {\n  entities: Entities;\n  keys: EntityKeys;\n  subscriptions: Subscriptions;\n}',
    );
  });

  it('types the parameters of each subscription, optional ones optional', () => {
    const spec = validate(readFileSync(join(templatesDir, 'issue-tracker.json'), 'utf8'));
    if (!spec.valid) throw new Error('issue-tracker is not valid');
    expect(appTypes(spec.spec)).toContain(
      "'issuesBetween': { 'from': string; 'to': string; 'projectId'?: string; };",
    );
  });

  it('is deterministic', () => {
    expect(appTypes(template())).toBe(appTypes(template()));
  });

  it('renames an entity whose name is a reserved word, and keys integer references as numbers', () => {
    const text = appTypes(awkwardSpec());
    expect(text).toContain('export interface ClassRecord {');
    expect(text).toContain('  class: ClassRecord;');
    expect(text).toContain('  classRef?: number | null;');
    expect(text).toContain('  payload?: unknown;');
  });

  it('produces types that compile, for every template and an awkward spec', () => {
    const files: Record<string, string> = {};
    for (const file of readdirSync(templatesDir).filter((f) => f.endsWith('.json'))) {
      const result = validate(`${readFileSync(`${templatesDir}${file}`)}`);
      if (!result.valid) throw new Error(`${file} is not valid`);
      files[file.replace(/\.json$/, '.ts')] = appTypes(result.spec);
    }
    expect(validate(awkwardSpec()).valid).toBe(true);
    files['awkward.ts'] = appTypes(awkwardSpec());
    files['use.ts'] = [
      "import type { Entities, EntityKeys, EntityName, Job } from './field-service';",
      "import type { ClassRecord } from './awkward';",
      "const job: Job = { id: 'j1', title: 'Fix boiler', siteId: 's1', assigneeId: 'u1', region: 'north', status: 'done', scheduledAt: '2026-01-01T08:00:00Z' };",
      "const name: EntityName = 'Visit';",
      "const key: EntityKeys['Job'] = 'j1';",
      "const record: Entities['Site'] = { id: 's1', name: 'Depot' };",
      'const odd: ClassRecord = { n: 1, label: "it\'s" };',
      'export const all = [job, name, key, record, odd];',
    ].join('\n');
    const result = typecheck(files);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('produces types that reject wrong values', () => {
    const result = typecheck({
      'field-service.ts': appTypes(template()),
      'misuse.ts': [
        "import type { Job } from './field-service';",
        "export const job: Job = { id: 'j1', title: 'x', siteId: 's1', assigneeId: 'u1', region: 'r', status: 'finished', scheduledAt: 'now' };",
      ].join('\n'),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('misuse.ts');
    expect(result.output).toContain('"finished"');
  });
});
