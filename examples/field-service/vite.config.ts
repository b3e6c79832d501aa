import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Where `npm run dev` / `preview` forward `/api`: the Syncraft server (`npm start` at the repository root). */
const server = process.env.SYNCRAFT_SERVER ?? 'http://localhost:4310';
const proxy = { '/api': { target: server, changeOrigin: true } };

/**
 * A static single-page app plus a service worker that precaches the app shell (Workbox through
 * vite-plugin-pwa), so a reload with no network opens the app; the data comes from IndexedDB.
 * `/api` is never cached by the service worker: the sync runtime owns the data.
 */
export default defineConfig({
  base: '/',
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'Field service',
        short_name: 'Field service',
        description: 'Jobs, visits and parts, offline first.',
        theme_color: '#1d4ed8',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The runtime carries the spec validator and the wire contract's checks: one chunk, cached by the service worker.
    chunkSizeWarningLimit: 1200,
    // Workbox writes the service worker after the bundle; its timing report is noise in every build log.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});
