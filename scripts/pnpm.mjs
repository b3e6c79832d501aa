#!/usr/bin/env node
// Runs pnpm for people who only have Node and npm: uses the pinned pnpm (through npx when it is
// not installed), installs the workspace when the lockfile changed, then runs the given pnpm command.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The pnpm version the lockfile is written with. (Not the `packageManager` field: with it, pnpm 12
// records itself in the lockfile and a frozen install on a fresh machine refuses to proceed.)
const pinned = '12.21.0';

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) return { status: 127, error: result.error };
  return { status: result.status ?? 1 };
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim() === pinned) return ['pnpm', []];
  return ['npx', ['--yes', `pnpm@${pinned}`]];
}

// Native addons (the SQLite driver) build against the local Node headers when npm is configured with
// a nodedir; pnpm does not read that npm setting, so hand it over through the environment.
if (!process.env.npm_config_nodedir) {
  const nodedir = spawnSync('npm', ['config', 'get', 'nodedir'], { encoding: 'utf8' }).stdout?.trim();
  if (nodedir && nodedir !== 'undefined' && nodedir !== 'null') process.env.npm_config_nodedir = nodedir;
}

const [cmd, prefix] = pnpmCommand();
const marker = join(root, 'node_modules', '.modules.yaml');
const lock = join(root, 'pnpm-lock.yaml');
const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs);
if (stale) {
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  const install = run(cmd, [...prefix, 'install', ...frozen]);
  if (install.status !== 0) process.exit(install.status);
}
const result = run(cmd, [...prefix, ...process.argv.slice(2)]);
process.exit(result.status);
