#!/usr/bin/env node
// `npm start`: the server on the embedded database, serving the designer. Installs the workspace
// and builds what is out of date as short-lived steps (through scripts/pnpm.mjs), then runs the
// built server in THIS process: one long-lived `node`, which SIGTERM and SIGINT stop gracefully.
// (package.json starts it with `exec`, so no shell stays between npm and this process.)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => join(root, ...parts);

/** What never goes into a build: installs, builds, tests, benchmarks, and the server's data. */
const NOT_INPUT = new Set(['node_modules', 'dist', 'test', 'e2e', 'bench', '.data']);

/** Newest modification time under `paths` (files or folders, missing ones skipped), in ms. */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (!NOT_INPUT.has(entry)) visit(join(path, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const path of paths) visit(path);
  return latest;
}

/** True when `output` is missing or older than any of `inputs`. */
const stale = (output, inputs) => !existsSync(output) || statSync(output).mtimeMs < newest(inputs);

// The lockfile is an input of every build: after a dependency change both are built again (and
// scripts/pnpm.mjs installs first). Without node_modules there is nothing to compare against.
const installed = existsSync(at('node_modules', '.modules.yaml'));
const shared = ['pnpm-lock.yaml', 'tsconfig.base.json', 'runtime/src', 'runtime/package.json'].map((path) =>
  at(path),
);
// An operator who points SYNCRAFT_DESIGNER_DIR elsewhere serves their own build of the designer.
const ownDesigner = Boolean(process.env.SYNCRAFT_DESIGNER_DIR);
const designerInputs = [...shared, at('designer')];
const serverInputs = [...shared, at('server')];
const builds = [];
if (!ownDesigner && (!installed || stale(at('designer', 'dist', 'index.html'), designerInputs)))
  builds.push('@syncraft/designer');
if (!installed || stale(at('server', 'dist', 'main.js'), serverInputs)) builds.push('@syncraft/server');

if (builds.length > 0) {
  console.log(`Building ${builds.join(' and ')}…`);
  const filters = builds.flatMap((name) => ['--filter', name]);
  // The build runs in a process group of its own, so a stop during the build ends all of it.
  const build = spawn(process.execPath, [at('scripts', 'pnpm.mjs'), ...filters, 'run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    detached: true,
  });
  const stopBuild = (signal) => {
    try {
      process.kill(-build.pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  process.on('SIGTERM', stopBuild).on('SIGINT', stopBuild);
  const [code, signal] = await once(build, 'exit');
  process.off('SIGTERM', stopBuild).off('SIGINT', stopBuild);
  if (signal !== null) process.exit(128 + (osConstants.signals[signal] ?? 0));
  if (code !== 0) process.exit(code ?? 1);
}

// From the server's folder, as `pnpm --filter @syncraft/server start` runs it: relative paths in the
// settings (the default data dir ./.data among them) keep meaning what they meant.
process.chdir(at('server'));
await import(pathToFileURL(at('server', 'dist', 'main.js')).href);
