import { defineConfig } from 'vitest/config';

/** Unit tests (framework-free parts in Node, screens in jsdom); the browser proof is `e2e/run.ts`. */
export default defineConfig({ test: { include: ['test/**/*.test.{ts,tsx}'] } });
