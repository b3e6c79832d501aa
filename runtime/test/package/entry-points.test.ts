import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { entryPoints } from '../../scripts/entry-points';

const runtimeDir = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, runtimeDir), 'utf8');

/** tsconfig.base.json's compiler options (JSON with `//` comments on their own lines). */
function baseCompilerOptions(): { paths?: Record<string, string[]> } {
  const text = read('../tsconfig.base.json').replace(/^\s*\/\/.*$/gm, '');
  return (JSON.parse(text) as { compilerOptions: { paths?: Record<string, string[]> } }).compilerOptions;
}

describe('the package entry points', () => {
  it('are the subpaths a user is promised, each built to dist/<name>.js with its types', () => {
    expect(entryPoints().map((entry) => entry.subpath)).toEqual([
      '.',
      './spec',
      './merge',
      './access',
      './authority',
      './protocol',
      './registry',
      './react',
    ]);
    for (const entry of entryPoints()) {
      expect(existsSync(new URL(entry.source, runtimeDir)), entry.source).toBe(true);
      const conditions = (packageJson.exports as Record<string, unknown>)[entry.subpath];
      expect(conditions).toEqual({ types: `./dist/${entry.name}.d.ts`, import: `./dist/${entry.name}.js` });
    }
  });

  it('resolve to their source inside the workspace, one tsconfig path per entry', () => {
    const expected = Object.fromEntries(
      entryPoints().map((entry) => [
        `@syncraft/runtime${entry.subpath.slice(1)}`,
        [`./runtime/${entry.source}`],
      ]),
    );
    expect(baseCompilerOptions().paths).toEqual(expected);
  });

  it('ship only the build, the readme and the licence, with the bin built', () => {
    expect(packageJson.files).toEqual(['dist', '!dist/bin.d.ts', 'README.md', 'LICENSE']);
    expect(packageJson.bin).toEqual({ syncraft: './dist/bin.js' });
    expect(read('LICENSE')).toBe(read('../LICENSE'));
    const build = ['tsx', 'esbuild', 'typescript', 'vite', 'tsdown'];
    expect(Object.keys(packageJson.dependencies).filter((name) => build.includes(name))).toEqual([]);
  });
});
