import { defineConfig } from 'vitest/config';

export default defineConfig({
  // @syncraft/runtime resolves to its source through the paths in tsconfig.base.json, as in `tsc`.
  resolve: { tsconfigPaths: true },
  test: {
    // Most tests here drive a real database (and some the HTTP server) through many round trips; on a
    // shared 2-core machine one can take several seconds. A timeout only stops a hung test: speed is
    // measured by the benchmarks (bench/), never by a test's clock.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
