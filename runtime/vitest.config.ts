import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Installs an in-memory IndexedDB as the global before any test module loads Dexie, as a
    // browser would have one (Dexie's liveQuery looks for it when it loads). Harmless elsewhere.
    setupFiles: ['./test/engine/setup-indexeddb.ts'],
    // Engine, CLI and property tests run many IndexedDB transactions or child processes; on a shared
    // 2-core machine one can pass vitest's 5 s default (the 413-split pipeline test did, under load).
    // A timeout only stops a hung test: speed is measured by the benchmarks (bench/).
    testTimeout: 30_000,
  },
});
