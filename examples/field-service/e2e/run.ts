/**
 * End-to-end proof of the example app in Debian's Chromium: the real Syncraft server as its own
 * process (the built server/dist/main.js, SQLite), the built app with its service worker, phones as
 * browser contexts with their own IndexedDB, and a real network cut (`context.setOffline`).
 * Prints `N passed, N failed`.
 *
 * Usage: node --import tsx e2e/run.ts [name-filter]
 */
import { launchChromium } from './harness/browser';
import { ensureBuild } from './harness/build';
import { runScenario } from './harness/scenario';
import { World } from './harness/world';
import { scenarios } from './scenarios';

async function main(): Promise<number> {
  const filter = process.argv[2]?.toLowerCase() ?? '';
  const selected = scenarios.filter((s) => s.name.toLowerCase().includes(filter));
  await ensureBuild();
  const browser = await launchChromium();
  const world = new World(browser);
  let passed = 0;
  let failed = 0;
  try {
    await world.start();
    for (const scenario of selected) {
      const result = await runScenario(world, scenario);
      const ms = Math.round(result.ms);
      if (result.ok) {
        passed++;
        console.log(`✓ ${scenario.name} (${ms} ms)`);
      } else {
        failed++;
        console.log(`✗ ${scenario.name} (${ms} ms)\n${(result.error ?? '').replace(/^/gm, '    ')}`);
      }
    }
  } finally {
    await world.stop();
    await browser.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
