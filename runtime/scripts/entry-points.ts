/**
 * The package's entry points, read from package.json `exports` (the one list): each subpath with
 * its source file and the name of its build output. The build (tsdown.config.ts), the workspace's
 * source paths (tsconfig.base.json, checked by test/package/entry-points.test.ts) and the API
 * reference all follow it.
 */
import packageJson from '../package.json' with { type: 'json' };

/** One entry of `exports`: `@syncraft/runtime/spec` is `{ subpath: './spec', source: 'src/spec/index.ts', name: 'spec' }`. */
export interface EntryPoint {
  /** The key in `exports`: `.` or `./<name>`. */
  readonly subpath: string;
  /** The module that defines it, relative to the package folder. */
  readonly source: string;
  /** The build's file name without extension: `dist/<name>.js` and `dist/<name>.d.ts`. */
  readonly name: string;
}

interface Conditions {
  readonly types: string;
  readonly import: string;
}

/** Every entry point of the package, in `exports` order (`./package.json` left out). */
export function entryPoints(): EntryPoint[] {
  return Object.entries(packageJson.exports as Record<string, Conditions | string>).flatMap(
    ([subpath, target]) => {
      if (typeof target === 'string') return [];
      const name = /^\.\/dist\/([a-z-]+)\.js$/.exec(target.import)?.[1];
      if (!name)
        throw new Error(`exports["${subpath}"].import must be ./dist/<name>.js, not ${target.import}`);
      const source = subpath === '.' ? 'src/index.ts' : `src/${subpath.slice(2)}/index.ts`;
      return [{ subpath, source, name }];
    },
  );
}
