import { defineConfig } from 'vitest/config';

/** Unit tests of the app's framework-free parts; the browser proof is `e2e/run.ts`. */
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
