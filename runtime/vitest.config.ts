import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Installs an in-memory IndexedDB as the global before any test module loads Dexie, as a
    // browser would have one (Dexie's liveQuery looks for it when it loads). Harmless elsewhere.
    setupFiles: ['./test/engine/setup-indexeddb.ts'],
  },
});
