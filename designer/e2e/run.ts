/**
 * End-to-end tests of the built designer in Debian's Chromium (never a downloaded browser).
 *
 * Builds `dist/` (or reuses a fresh one), serves it on a free loopback port, runs every scenario in its
 * own fresh browser context, saves screenshots to `designer/artifacts/`, prints `N passed, N failed` and
 * exits non-zero on any failure.
 *
 * Usage: node --import tsx e2e/run.ts [name-filter]
 */
import { launchChromium } from './harness/browser';
import { distDir, ensureBuild } from './harness/build';
import { runScenario } from './harness/scenario';
import { serveStatic } from './harness/server';
import { scenarios } from './scenarios';

async function main(): Promise<number> {
  const filter = process.argv[2]?.toLowerCase() ?? '';
  const selected = scenarios.filter((s) => s.name.toLowerCase().includes(filter));
  if (selected.length === 0) {
    console.error(`no scenario matches "${filter}"`);
    return 1;
  }
  await ensureBuild();
  const server = await serveStatic(distDir);
  const browser = await launchChromium();
  let passed = 0;
  let failed = 0;
  try {
    for (const scenario of selected) {
      const result = await runScenario(browser, server.url, scenario);
      const ms = Math.round(result.ms);
      if (result.ok) {
        passed++;
        console.log(`✓ ${result.name} (${ms} ms)`);
      } else {
        failed++;
        console.log(`✗ ${result.name} (${ms} ms)\n${result.error.replace(/^/gm, '    ')}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
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
