#!/usr/bin/env node
/**
 * Writes the API reference of @syncraft/runtime to docs/api/ with TypeDoc (typedoc.config.mjs).
 * With --check (`pnpm --filter @syncraft/api-docs test`, part of `npm test`) it writes to a temporary
 * folder instead and fails when docs/api/ differs from what the doc comments give, or when TypeDoc
 * warns: an exported declaration naming a type that is not exported, a broken {@link}, an unknown tag.
 *
 * Usage: node generate.mjs [--check]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const committed = join(here, '../../docs/api');
const check = process.argv.includes('--check');
const out = check ? mkdtempSync(join(tmpdir(), 'syncraft-api-')) : committed;

/** Every file under `dir`, as paths relative to it. */
function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

const typedoc = join(here, 'node_modules/typedoc/bin/typedoc');
const run = spawnSync(
  process.execPath,
  [typedoc, '--options', join(here, 'typedoc.config.mjs'), '--out', out],
  {
    cwd: here,
    encoding: 'utf8',
    timeout: 300_000,
  },
);
process.stdout.write(run.stdout ?? '');
process.stderr.write(run.stderr ?? '');
if (run.status !== 0) {
  console.error('TypeDoc failed: fix the warnings above (export the type it names, or mark it @internal).');
  process.exit(1);
}

if (check) {
  const want = files(out);
  const have = files(committed);
  const stale = [
    ...want.filter(
      (file) =>
        !have.includes(file) ||
        readFileSync(join(out, file), 'utf8') !== readFileSync(join(committed, file), 'utf8'),
    ),
    ...have.filter((file) => !want.includes(file)),
  ];
  rmSync(out, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`docs/api is out of date (${stale.join(', ')}): run pnpm --filter @syncraft/api-docs gen`);
    process.exit(1);
  }
  console.log(`docs/api is up to date (${want.length} pages)`);
} else {
  console.log(`wrote ${files(out).length} pages to docs/api`);
}
