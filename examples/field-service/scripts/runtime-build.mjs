#!/usr/bin/env node
// The app uses @syncraft/runtime as an installed package: its imports resolve to the built files in
// runtime/dist (package.json `exports`), never to the runtime's source. This builds them when they
// are missing or older than the runtime's sources, before the app is type-checked, built or tested.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const runtime = join(root, 'runtime');

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path))
    if (entry !== 'node_modules') latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const output = join(runtime, 'dist', 'index.js');
const inputs = ['src', 'package.json', 'tsdown.config.ts', 'tsconfig.build.json'].map((p) =>
  join(runtime, p),
);
const built = existsSync(output) ? statSync(output).mtimeMs : 0;
if (built === 0 || built < Math.max(...inputs.map(newest))) {
  console.log('building @syncraft/runtime (runtime/dist)…');
  // Through the workspace's pnpm launcher, which finds the pinned pnpm wherever this runs.
  const pnpm = join(root, 'scripts', 'pnpm.mjs');
  const run = spawnSync(process.execPath, [pnpm, '--filter', '@syncraft/runtime', 'run', 'build'], {
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
