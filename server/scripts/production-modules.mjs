#!/usr/bin/env node
// Puts into <dir>/node_modules the packages the built server still imports at run time (the
// dependencies named in <dir>/package.json, which scripts/build.mjs writes beside main.js) and
// everything they depend on, copied from this workspace's install: the lockfile's versions, with
// the native addon built and tested here, and nothing else. The production image runs from <dir>.
//
//   cp -R dist /app/server && node scripts/production-modules.mjs /app/server
import { cpSync, existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const [dest] = process.argv.slice(2);
if (!dest) {
  console.error(
    'usage: node scripts/production-modules.mjs <folder holding the built main.js and package.json>',
  );
  process.exit(2);
}
const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The real folder of package `name` as Node resolves it from `fromDir` (every node_modules upward). */
function packageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return dirname(realpathSync(candidate));
    if (dirname(dir) === dir) throw new Error(`${name} is not installed (looked upward from ${fromDir})`);
  }
}

const copied = new Map();
function copy(name, fromDir) {
  const source = packageDir(name, fromDir);
  const { version, dependencies = {} } = readJson(join(source, 'package.json'));
  const already = copied.get(name);
  if (already === version) return;
  if (already !== undefined)
    throw new Error(`two versions of ${name} are needed (${already}, ${version}); a flat folder holds one`);
  copied.set(name, version);
  cpSync(source, join(dest, 'node_modules', name), {
    recursive: true,
    dereference: true,
    // A package's own node_modules holds links to its dependencies, which are copied beside it.
    filter: (path) => !path.slice(source.length).split(sep).includes('node_modules'),
  });
  for (const dependency of Object.keys(dependencies)) copy(dependency, source);
}

const { dependencies = {} } = readJson(join(dest, 'package.json'));
for (const name of Object.keys(dependencies)) copy(name, serverDir);
console.log(
  `copied into ${join(dest, 'node_modules')}: ${[...copied].map(([name, version]) => `${name}@${version}`).join(', ')}`,
);
