// Plain Node, no loader and no bundler: every entry point of the installed package imports, and the
// CLI's building blocks work on a real spec.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('node_modules/@syncraft/runtime/package.json', 'utf8'));
const subpaths = Object.keys(manifest.exports).filter((subpath) => subpath !== './package.json');
for (const subpath of subpaths) {
  const name = `@syncraft/runtime${subpath.slice(1)}`;
  const module = await import(name);
  const names = Object.keys(module);
  if (names.length === 0) throw new Error(`${name} exports nothing`);
  console.log(`${name}: ${names.length} exports`);
}
const { check, diff } = await import('@syncraft/runtime/spec');
const spec = JSON.parse(readFileSync('src/spec.json', 'utf8'));
const result = check(spec);
if (!result.valid) throw new Error(`check: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
if (diff(spec, spec).length !== 0) throw new Error('diff of a spec with itself is not empty');
