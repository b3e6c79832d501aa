import { defineConfig } from 'vitest/config';

export default defineConfig({
  // @syncraft/runtime resolves to its source through the paths in tsconfig.base.json, as in `tsc`.
  resolve: { tsconfigPaths: true },
});
