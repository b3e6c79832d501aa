#!/usr/bin/env node
// Builds what runs as built (the example app, the client-memory benchmark), when it is missing or
// older than its sources:
//   runtime — @syncraft/runtime's dist/: the app imports the package as an app outside this
//             repository does (package.json `exports`), never the runtime's source;
//   server  — server/dist/main.js: the e2e run starts the server as `npm start` runs it.
// Usage: node scripts/ensure-built.mjs runtime [server]   (from the repository root)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path))
    if (entry !== 'node_modules') latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const runtimeInputs = ['src', 'package.json', 'tsdown.config.ts', 'tsconfig.build.json'].map((p) =>
  join(root, 'runtime', p),
);
const targets = {
  runtime: {
    name: '@syncraft/runtime',
    output: join(root, 'runtime', 'dist', 'index.js'),
    inputs: runtimeInputs,
  },
  server: {
    name: '@syncraft/server',
    output: join(root, 'server', 'dist', 'main.js'),
    inputs: [
      ...['src', 'scripts', 'package.json'].map((p) => join(root, 'server', p)),
      join(root, 'runtime', 'src'),
      join(root, 'pnpm-lock.yaml'),
    ],
  },
};

for (const which of process.argv.slice(2)) {
  const target = targets[which];
  if (!target) {
    console.error(`ensure-built: unknown target "${which}" (runtime or server)`);
    process.exit(2);
  }
  const built = existsSync(target.output) ? statSync(target.output).mtimeMs : 0;
  if (built !== 0 && built >= Math.max(...target.inputs.map(newest))) continue;
  console.log(`building ${target.name}…`);
  // Through the workspace's pnpm launcher, which finds the pinned pnpm wherever this runs.
  const pnpm = join(root, 'scripts', 'pnpm.mjs');
  const run = spawnSync(process.execPath, [pnpm, '--filter', target.name, 'run', 'build'], {
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
