import { createRequire } from 'node:module';
import { defineConfig } from 'tsdown';
import { entryPoints } from './scripts/entry-points';

/**
 * Builds the published package into dist/: one ESM file per entry point of package.json's `exports`
 * and the `syncraft` bin, sharing chunks, with a bundled `.d.ts` beside each entry. Declarations come
 * from TypeScript 7's native compiler (`tsgo`), the one the workspace type-checks with.
 */
const require = createRequire(import.meta.url);
const typescriptDir = require.resolve('typescript/package.json').replace(/package\.json$/, '');
const { default: tsgoPath } = (await import(`${typescriptDir}lib/getExePath.js`)) as {
  default: () => string;
};

export default defineConfig({
  entry: {
    ...Object.fromEntries(entryPoints().map((entry) => [entry.name, entry.source])),
    bin: 'src/cli/bin.ts',
  },
  format: 'esm',
  // The library runs in browsers and Node; only the CLI's own modules import Node built-ins.
  platform: 'neutral',
  // Dependencies stay imports (installed beside the package); bundling anything from node_modules,
  // such as a devDependency imported by mistake, fails the build.
  deps: { neverBundle: [/^node:/], onlyBundle: [] },
  target: 'es2022',
  outDir: 'dist',
  tsconfig: 'tsconfig.build.json',
  dts: { tsgo: { path: tsgoPath() } },
});
