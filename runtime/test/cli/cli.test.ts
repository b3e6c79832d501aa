import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncSpec } from '../../src/spec';

const bin = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));
const templates = fileURLToPath(new URL('../../../templates/', import.meta.url));
let dir = '';
// Each run starts node and tsx: a fraction of a second of CPU, more on a busy machine.

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI as a child process, the way a user or CI does. */
function cli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const env = { ...process.env, ...options.env };
  // The tests may themselves run under pnpm: start from a clean slate unless a test sets these.
  for (const key of ['INIT_CWD', 'PNPM_SCRIPT_SRC_DIR', 'npm_package_json'] as const) {
    if (!options.env || !(key in options.env)) delete env[key];
  }
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: options.cwd ?? dir, env, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const fieldService = () => JSON.parse(readFileSync(`${templates}field-service.json`, 'utf8')) as SyncSpec;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'syncraft-cli-'));
  const write = (name: string, spec: unknown) =>
    writeFileSync(join(dir, name), JSON.stringify(spec, null, 2));
  write('good.json', fieldService());
  const broken = fieldService() as unknown as Record<string, unknown>;
  delete broken.retry;
  write('broken.json', broken);
  const warned = fieldService();
  warned.entities[1]!.fields[1]!.conflict = { strategy: 'field-merge' };
  write('warned.json', warned);
  const wrong = fieldService();
  wrong.retry.maxDelay = '1ms';
  write('wrong.json', wrong);
  const changed = fieldService();
  changed.entities[1]!.fields = changed.entities[1]!.fields.filter((f) => f.name !== 'notes');
  changed.app.version = '1.1.0';
  write('changed.json', changed);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('syncraft validate', { timeout: 120_000 }, () => {
  it('exits 0 when every file is valid', async () => {
    const run = await cli(['validate', 'good.json', `${templates}inspections.json`]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('2 files checked: 2 valid, 0 invalid (0 errors, 0 warnings)\n');
    expect(run.code).toBe(0);
  });

  it('exits 1 and prints file:pointer, code, severity, message and hint for an invalid file', async () => {
    const run = await cli(['validate', 'good.json', 'broken.json']);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('broken.json  SPEC010 error  The spec is missing “retry”.');
    expect(lines[1]).toBe('    Add “retry”.');
    expect(lines[2]).toBe('2 files checked: 1 valid, 1 invalid (1 error, 0 warnings)');
  });

  it('prints one JSON object with every file in --format json', async () => {
    const run = await cli(['validate', '--format', 'json', 'good.json', 'broken.json']);
    expect(run.code).toBe(1);
    const parsed = JSON.parse(run.stdout) as {
      files: Array<{ file: string; valid: boolean; diagnostics: unknown[] }>;
    };
    expect(parsed.files.map((f) => [f.file, f.valid, f.diagnostics.length])).toEqual([
      ['good.json', true, 0],
      ['broken.json', false, 1],
    ]);
    expect(parsed.files[1]!.diagnostics[0]).toMatchObject({
      code: 'SPEC010',
      severity: 'error',
      pointer: '',
    });
  });

  it('exits 2 on usage errors: no file, unreadable file, unknown option, unknown format', async () => {
    const runs = await Promise.all([
      cli(['validate']),
      cli(['validate', 'missing.json']),
      cli(['validate', '--strict', 'good.json']),
      cli(['validate', '--format', 'xml', 'good.json']),
      cli(['frobnicate']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2]);
    expect(runs[0]!.stderr).toContain("missing required argument 'files'");
    expect(runs[1]!.stderr).toContain('cannot read missing.json: no such file');
    expect(runs[2]!.stderr).toContain("unknown option '--strict'");
    expect(runs[3]!.stderr).toContain('xml');
    expect(runs[4]!.stderr).toContain("unknown command 'frobnicate'");
  });
});

describe('syncraft lint', { timeout: 120_000 }, () => {
  it('passes a spec with warnings only, unless --max-warnings is exceeded', async () => {
    const [plain, strict, lenient] = await Promise.all([
      cli(['lint', 'warned.json']),
      cli(['lint', 'warned.json', '--max-warnings', '0']),
      cli(['lint', 'warned.json', '--max-warnings', '1']),
    ]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('warned.json:/entities/1/fields/1/conflict/strategy  SPEC123 warning  ');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('1 warnings, more than the 0 allowed');
    expect(lenient.code).toBe(0);
  });

  it('fails a structurally valid spec whose meaning is wrong, which validate accepts', async () => {
    const [linted, validated] = await Promise.all([
      cli(['lint', 'wrong.json']),
      cli(['validate', 'wrong.json']),
    ]);
    expect(linted.code).toBe(1);
    expect(linted.stdout).toContain('wrong.json:/retry/maxDelay  SPEC150 error');
    expect(validated.code).toBe(0);
  });

  it('refuses a --max-warnings that is not a number', async () => {
    const run = await cli(['lint', 'good.json', '--max-warnings', 'many']);
    expect(run.code).toBe(2);
  });
});

describe('syncraft diff', { timeout: 120_000 }, () => {
  it('summarises changes and exits 0, or 1 with --fail-on-breaking', async () => {
    const [text, failing, json] = await Promise.all([
      cli(['diff', 'good.json', 'changed.json']),
      cli(['diff', 'good.json', 'changed.json', '--fail-on-breaking']),
      cli(['diff', 'good.json', 'changed.json', '--format', 'json']),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      '2 changes, 1 breaking',
      '! high    Job.notes removed',
    ]);
    expect(failing.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { breaking: number; changes: Array<{ kind: string }> };
    expect(parsed.breaking).toBe(1);
    expect(parsed.changes.map((c) => c.kind)).toEqual(['app-changed', 'field-removed']);
  });

  it('passes --fail-on-breaking when nothing breaks', async () => {
    const run = await cli(['diff', 'good.json', 'good.json', '--fail-on-breaking']);
    expect(run.stdout).toBe('No changes.\n');
    expect(run.code).toBe(0);
  });

  it('exits 1 with the problems when a spec is not valid', async () => {
    const run = await cli(['diff', 'good.json', 'broken.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('broken.json  SPEC010 error');
  });
});

describe('syncraft types', { timeout: 120_000 }, () => {
  it('prints types, or writes them to -o relative to the working folder', async () => {
    const [printed, written] = await Promise.all([
      cli(['types', 'good.json']),
      cli(['types', 'good.json', '-o', 'types.ts']),
    ]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('export interface Job {');
    expect(written.code).toBe(0);
    expect(readFileSync(join(dir, 'types.ts'), 'utf8')).toBe(printed.stdout);
  });
});

describe('syncraft run from the repository root script', { timeout: 120_000 }, () => {
  it('resolves relative paths against INIT_CWD, where pnpm was run', async () => {
    const runtimeDir = fileURLToPath(new URL('../../', import.meta.url));
    const run = await cli(['validate', 'good.json'], {
      cwd: runtimeDir,
      env: { INIT_CWD: dir, PNPM_SCRIPT_SRC_DIR: runtimeDir },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('runs as the root `pnpm syncraft` script from a subfolder, with paths from there and exit codes kept', async () => {
    const docs = fileURLToPath(new URL('../../../docs/', import.meta.url));
    const pnpm = (args: string[]) =>
      new Promise<Run>((resolve) => {
        const env = { ...process.env };
        for (const key of ['INIT_CWD', 'PNPM_SCRIPT_SRC_DIR', 'npm_package_json'] as const) delete env[key];
        execFile(
          'pnpm',
          ['--silent', 'syncraft', ...args],
          { cwd: docs, env, encoding: 'utf8' },
          (error, stdout, stderr) =>
            resolve({
              code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
              stdout,
              stderr,
            }),
        );
      });
    const [valid, missing] = await Promise.all([
      pnpm(['validate', '../templates/field-service.json']),
      pnpm(['validate', 'no-such-spec.json']),
    ]);
    expect(valid.stdout).toContain('1 file checked: 1 valid, 0 invalid');
    expect(valid.code).toBe(0);
    expect(missing.stderr).toContain('cannot read no-such-spec.json');
    expect(missing.code).toBe(2);
  });

  it('shows help and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: syncraft');
  });
});
