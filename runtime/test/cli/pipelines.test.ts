import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandGlob } from '../../src/cli/glob';
import { runInProcess } from './in-process';

const bin = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));
const template = readFileSync(new URL('../../../templates/field-service.json', import.meta.url), 'utf8');
let dir = '';

const cli = (args: string[], stdin?: string) => runInProcess(dir, args, stdin);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'syncraft-pipes-'));
  for (const folder of ['specs', 'specs/nested', 'specs/.hidden', 'other']) mkdirSync(join(dir, folder));
  const broken = JSON.parse(template) as Record<string, unknown>;
  delete broken.retry;
  writeFileSync(join(dir, 'specs/a.json'), template);
  writeFileSync(join(dir, 'specs/b.json'), template);
  writeFileSync(join(dir, 'specs/nested/c.json'), template);
  writeFileSync(join(dir, 'specs/.hidden/d.json'), template);
  writeFileSync(join(dir, 'specs/notes.txt'), 'not a spec');
  writeFileSync(join(dir, 'other/broken.json'), JSON.stringify(broken));
});

describe('quoted globs', () => {
  it('expand *, ?, [..], {a,b} and ** relative to the working folder, sorted, skipping dot folders', async () => {
    expect(await expandGlob(dir, 'specs/*.json')).toEqual(['specs/a.json', 'specs/b.json']);
    expect(await expandGlob(dir, 'specs/?.json')).toEqual(['specs/a.json', 'specs/b.json']);
    expect(await expandGlob(dir, 'specs/[b-z].json')).toEqual(['specs/b.json']);
    expect(await expandGlob(dir, '{specs,other}/*.json')).toEqual([
      'other/broken.json',
      'specs/a.json',
      'specs/b.json',
    ]);
    expect(await expandGlob(dir, 'specs/**/*.json')).toEqual([
      'specs/a.json',
      'specs/b.json',
      'specs/nested/c.json',
    ]);
    expect(await expandGlob(dir, 'specs/.hidden/*.json')).toEqual(['specs/.hidden/d.json']);
    expect(await expandGlob(dir, `${dir}/specs/a.*`)).toEqual([`${dir}/specs/a.json`]);
  });

  it('are expanded by validate and lint when the shell passed them through', async () => {
    const run = await cli(['validate', 'specs/**/*.json', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).files.map((f: { file: string }) => f.file)).toEqual([
      'specs/a.json',
      'specs/b.json',
      'specs/nested/c.json',
    ]);
    const lint = await cli(['lint', 'specs/*.json', 'other/*.json']);
    expect(lint.code).toBe(1);
    expect(lint.out).toContain('other/broken.json');
  });

  it('that match nothing are a usage error, like a missing file', async () => {
    const run = await cli(['validate', 'nowhere/*.json']);
    expect(run).toMatchObject({ code: 2, err: 'syncraft: no files match nowhere/*.json\n' });
  });
});

describe('a spec on standard input', () => {
  it('is read for "-" by validate, lint, diff and types', async () => {
    const valid = await cli(['validate', '-', '--format', 'json'], template);
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.out).files).toEqual([expect.objectContaining({ file: '<stdin>', valid: true })]);
    const broken = readFileSync(join(dir, 'other/broken.json'), 'utf8');
    expect((await cli(['lint', '-', '--format', 'json'], broken)).code).toBe(1);
    expect((await cli(['diff', 'specs/a.json', '-'], template)).code).toBe(0);
    expect((await cli(['types', '-'], template)).out).toContain('export interface');
  });

  it('can be named only once, and only where there is one', async () => {
    expect(await cli(['diff', '-', '-'], template)).toMatchObject({
      code: 2,
      err: expect.stringContaining('"-" (standard input) may be given only once'),
    });
    expect(await cli(['validate', '-'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('none here'),
    });
  });

  it('is piped in from a real process, as a CI step does', { timeout: 60_000 }, () => {
    const run = spawnSync(process.execPath, [bin, 'validate', '-', '--format', 'json'], {
      cwd: dir,
      input: template,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).files).toEqual([expect.objectContaining({ file: '<stdin>', valid: true })]);
  });
});
