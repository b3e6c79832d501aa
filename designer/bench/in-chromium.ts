import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/harness/browser';
import { distDir, ensureBuild } from '../e2e/harness/build';
import { serveStatic } from '../e2e/harness/server';

/**
 * Runs a browser benchmark: builds the designer if `dist/` is stale, serves it on loopback (with
 * `extraPages`, e.g. a baseline page), launches Chromium, runs `bench` with the browser and the
 * server's address, always closes both, and ends the process with 0, or 1 after printing the error.
 */
export function benchInChromium(
  bench: (browser: Browser, url: string) => Promise<void>,
  extraPages: Readonly<Record<string, string>> = {},
): void {
  const run = async () => {
    await ensureBuild(() => {});
    const server = await serveStatic(distDir, extraPages);
    const browser = await launchChromium();
    try {
      await bench(browser, server.url);
    } finally {
      await browser.close();
      await server.close();
    }
  };
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
