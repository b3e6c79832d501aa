#!/usr/bin/env node
// Runs every `*.bench.ts` in the given folder, one process each (so one benchmark's heap and JIT
// state cannot colour the next), with tsx. Each benchmark prints its figures as JSON lines.
// Usage: node ../scripts/run-benches.mjs bench [name-filter]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [dir = 'bench', filter = ''] = process.argv.slice(2);
const files = readdirSync(resolve(dir))
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
if (files.length === 0) {
  console.error(`no *.bench.ts files in ${resolve(dir)}${filter ? ` matching "${filter}"` : ''}`);
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`benchmark ${file} failed with exit code ${result.status}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
