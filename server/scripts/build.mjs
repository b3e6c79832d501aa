#!/usr/bin/env node
// Builds the server into one ES module, dist/main.js: our code, the runtime's source and every
// pure-JavaScript dependency bundled, so production starts without a TypeScript loader and
// without resolving hundreds of modules. Only native addons stay outside (see EXTERNAL).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the build goes: `dist/` unless given (`node scripts/build.mjs /tmp/out`). */
const outDir = resolve(process.argv[2] ?? join(serverDir, 'dist'));

/**
 * Left to `node_modules` at run time: the SQLite driver (a compiled addon) and pg's optional native
 * binding, which pg only loads when asked (`pg.native`) and the server never does.
 */
const EXTERNAL = ['better-sqlite3', 'pg-native'];

const started = performance.now();
const result = await build({
  absWorkingDir: serverDir,
  entryPoints: ['src/main.ts'],
  outfile: join(outDir, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  // @syncraft/runtime resolves to its TypeScript source through the paths of tsconfig.base.json,
  // which esbuild reads as tsc, tsx and Vite do: the bundle never picks up a stale runtime/dist.
  tsconfig: 'tsconfig.json',
  sourcemap: 'linked',
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
  // Bundled CommonJS modules call require() for Node's built-ins; an ES module has none of its own.
  banner: {
    js: "import { createRequire as __syncraftRequire } from 'node:module';\nconst require = __syncraftRequire(import.meta.url);",
  },
});

// What the bundle still imports from node_modules, at the versions it was built and tested with:
// the production tree gets exactly these (scripts/production-modules.mjs), nothing else.
const require = createRequire(join(serverDir, 'package.json'));
const manifest = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8'));
const dependencies = Object.fromEntries(
  EXTERNAL.filter((name) => manifest.dependencies?.[name]).map((name) => [
    name,
    JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version,
  ]),
);
writeFileSync(
  join(outDir, 'package.json'),
  `${JSON.stringify({ name: '@syncraft/server-dist', private: true, type: 'module', dependencies }, null, 2)}\n`,
);
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(
  `server built: ${relative(process.cwd(), join(outDir, 'main.js'))} (${(bytes / 1e6).toFixed(1)} MB with its source map) in ${Math.round(performance.now() - started)} ms`,
);
