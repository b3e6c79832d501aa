#!/usr/bin/env node
/**
 * The consumer test: uses @syncraft/runtime as an app team does, from the packed tarball, outside
 * this workspace. Packs the runtime (`pnpm pack`, which builds it first), checks what the tarball
 * holds, installs it with npm into a scratch app in the system's temp folder, then
 *   (a) imports every entry point from plain Node,
 *   (b) type-checks an app under strict tsconfigs (nodenext and bundler) with skipLibCheck off, its
 *       records typed by what the installed `syncraft types` generates,
 *   (c) bundles a browser entry with Vite's defaults,
 *   (d) renders the React hooks with react-dom/server over a real client,
 * and runs the `syncraft` bin. The app's tools (TypeScript, Vite, React) are the versions this
 * workspace uses, installed through npm's cache first (`--prefer-offline`).
 *
 * Usage, from runtime/: node consumer/run.mjs   (SYNCRAFT_CONSUMER_KEEP=1 keeps the scratch app)
 * Prints one line per check and `N passed, N failed`; exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runtimeDir = fileURLToPath(new URL('..', import.meta.url));
const fixture = fileURLToPath(new URL('./app', import.meta.url));
const repoRoot = join(runtimeDir, '..');
const scratch = mkdtempSync(join(tmpdir(), 'syncraft-consumer-'));
const app = join(scratch, 'app');

/** Runs a command; answers its output, or throws with it when the command fails. */
function run(cmd, args, { cwd = app, timeout = 300_000 } = {}) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, CI: '1' } });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error) throw new Error(`${cmd} ${args.join(' ')}: ${result.error.message}\n${output}`);
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${result.status}\n${output}`);
  return output;
}

/** The version of a package this workspace has installed, as a dependency of one of its packages. */
function workspaceVersion(name, from) {
  return JSON.parse(readFileSync(join(repoRoot, from, 'node_modules', name, 'package.json'), 'utf8')).version;
}

// The pnpm running this script (through npx on a machine without pnpm), else the one on the PATH.
// npm_execpath is a script for Node or, for pnpm 12, the executable itself.
const execpath = process.env.npm_execpath ?? '';
const pnpm = !/pnpm/.test(execpath)
  ? { cmd: 'pnpm', args: [] }
  : /\.[cm]?js$/.test(execpath)
    ? { cmd: process.execPath, args: [execpath] }
    : { cmd: execpath, args: [] };
const manifest = JSON.parse(readFileSync(join(runtimeDir, 'package.json'), 'utf8'));
let tarball = '';
let files = [];

const checks = [
  [
    'pnpm pack builds the runtime and packs it',
    () => {
      run(pnpm.cmd, [...pnpm.args, 'pack', '--pack-destination', scratch], { cwd: runtimeDir });
      const name = readdirSync(scratch).find((file) => file.endsWith('.tgz'));
      if (!name) throw new Error(`no tarball in ${scratch}`);
      tarball = join(scratch, name);
      files = run('tar', ['-tzf', tarball], { cwd: scratch })
        .split('\n')
        .filter(Boolean)
        .map((path) => path.replace(/^package\//, ''));
    },
  ],
  [
    'the tarball holds the build, README and LICENSE, and no sources, tests or configs',
    () => {
      for (const needed of ['README.md', 'LICENSE', 'package.json', 'dist/bin.js']) {
        if (!files.includes(needed)) throw new Error(`missing ${needed}`);
      }
      for (const target of Object.values(manifest.exports)) {
        for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
          if (!files.includes(path.replace(/^\.\//, '')))
            throw new Error(`exports names ${path}, not packed`);
        }
      }
      const stray = files.filter(
        (path) =>
          !/^(README\.md|LICENSE|package\.json|dist\/[\w.-]+\.(js|d\.ts))$/.test(path) ||
          /\.(test|spec|bench)\./.test(path),
      );
      if (stray.length > 0) throw new Error(`unexpected files: ${stray.join(', ')}`);
      const packed = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], { cwd: scratch }));
      const tools = Object.keys(packed.dependencies ?? {}).filter((name) =>
        ['tsx', 'esbuild', 'typescript', 'vite', 'tsdown'].includes(name),
      );
      if (tools.length > 0) throw new Error(`build tools among dependencies: ${tools.join(', ')}`);
      if (/workspace:|catalog:/.test(JSON.stringify(packed)))
        throw new Error('unresolved workspace versions');
    },
  ],
  [
    'npm installs the tarball into a scratch app outside the workspace',
    () => {
      cpSync(fixture, app, { recursive: true });
      cpSync(join(repoRoot, 'templates/shared-lists.json'), join(app, 'src/spec.json'));
      writeFileSync(
        join(app, 'package.json'),
        `${JSON.stringify({ name: 'syncraft-consumer', private: true, type: 'module' }, null, 2)}\n`,
      );
      const tools = [
        ['react', 'runtime'],
        ['react-dom', 'designer'],
        ['@types/react', 'runtime'],
        ['@types/react-dom', 'designer'],
        ['typescript', 'runtime'],
        ['vite', 'designer'],
        ['fake-indexeddb', 'runtime'],
      ].map(([name, from]) => `${name}@${workspaceVersion(name, from)}`);
      run('npm', [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        tarball,
        ...tools,
      ]);
    },
  ],
  ['(a) every entry point imports from plain Node', () => run(process.execPath, ['src/node.mjs'])],
  [
    '(b) an app type-checks under strict nodenext and bundler tsconfigs, skipLibCheck off, records typed by `syncraft types`',
    () => {
      run(join(app, 'node_modules/.bin/syncraft'), ['types', 'src/spec.json', '-o', 'src/sync-types.ts']);
      run(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.node.json']);
      run(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.bundler.json']);
    },
  ],
  [
    '(c) Vite bundles a browser entry with its defaults, with no Node built-in in it',
    () => {
      const output = run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']);
      if (/externalized for browser|node:/.test(output)) throw new Error(output);
      const assets = join(app, 'dist/assets');
      const bundle = readdirSync(assets)
        .filter((file) => file.endsWith('.js'))
        .map((file) => readFileSync(join(assets, file), 'utf8'))
        .join('\n');
      if (/from\s*["']node:|import\(["']node:/.test(bundle))
        throw new Error('the bundle imports a Node built-in');
      if (!bundle.includes('SyncClientProvider') && !bundle.includes('syncraft')) {
        throw new Error('the bundle does not hold the runtime');
      }
    },
  ],
  ['(d) the React hooks render with the app’s React', () => run(process.execPath, ['src/render.mjs'])],
  [
    'the syncraft bin runs: --help, --version and validate',
    () => {
      const help = run('npx', ['--no-install', 'syncraft', '--help']);
      if (!help.includes('validate')) throw new Error(help);
      // The same bin as npx runs, without npx's start-up each time.
      const bin = join(app, 'node_modules/.bin/syncraft');
      const version = run(bin, ['--version']).trim();
      if (version !== manifest.version) throw new Error(`--version printed ${version}`);
      const valid = run(bin, ['validate', 'src/spec.json']);
      if (!valid.includes('1 valid, 0 invalid')) throw new Error(valid);
    },
  ],
];

let passed = 0;
let failed = 0;
for (const [index, [name, check]] of checks.entries()) {
  const started = performance.now();
  if (failed > 0) {
    // Each step needs the one before it (the tarball, the install): stop at the first failure.
    console.log(`${checks.length - index} later checks not run`);
    break;
  }
  try {
    check();
    passed++;
    console.log(`✓ ${name} (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    failed++;
    const message = error instanceof Error ? error.message : String(error);
    console.log(`✗ ${name}\n${message.replace(/^/gm, '    ')}`);
  }
}
if (process.env.SYNCRAFT_CONSUMER_KEEP === '1') console.log(`scratch app kept in ${app}`);
else rmSync(scratch, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
