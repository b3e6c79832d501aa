import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The designer is a static single-page app: `vite build` writes `dist/`, which the server serves at `/`;
 * the reviewer's console is a second page of the same build (`console/index.html`, served at `/console/`),
 * sharing the canvas code, the registry client and the chunks below.
 * Everything is bundled locally (no CDN): Monaco and its workers come from the npm package and land in
 * their own lazily loaded chunks, so the canvas never waits for the editor.
 */
export default defineConfig({
  base: '/',
  plugins: [react()],
  // @syncraft/runtime resolves to its source through the paths in tsconfig.base.json (as in `tsc`),
  // so the dev server, the build and the tests never read a stale runtime/dist.
  resolve: { tsconfigPaths: true },
  worker: { format: 'es' },
  server: { fs: { allow: ['..'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Monaco's chunk is large by nature and only loaded on demand.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: {
        designer: fileURLToPath(new URL('./index.html', import.meta.url)),
        console: fileURLToPath(new URL('./console/index.html', import.meta.url)),
      },
      // The Monaco worker transform is slow by nature; the timing report is noise in every build log.
      checks: { bundlerTimings: false },
      output: {
        codeSplitting: {
          groups: [
            // Vite's preload helper is used by the entry too; keep it out of the lazy Monaco chunk.
            { name: 'preload', test: /preload-helper/, priority: 4 },
            // Only reached through the lazy JSON view, so this chunk is never part of the first load.
            { name: 'monaco', test: /[/]node_modules[/]monaco-editor[/]/, priority: 3 },
            { name: 'flow', test: /[/]node_modules[/](@xyflow|d3-[a-z-]+|classcat)[/]/, priority: 2 },
            {
              name: 'react',
              test: /[/]node_modules[/](react|react-dom|scheduler)[/]/,
              priority: 2,
            },
          ],
        },
      },
    },
  },
});
