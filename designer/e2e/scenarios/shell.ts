import assert from 'node:assert/strict';
import { startBlank } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

/** The frame loads offline, shows the canvas without fetching Monaco, and loads Monaco on demand. */
export const shellLoadsWithoutMonaco: Scenario = {
  name: 'the canvas appears without loading Monaco, and the JSON view loads it on demand',
  async run({ page, url }) {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await startBlank(page, url);
    await page.waitForLoadState('networkidle');
    assert.equal(
      scripts.filter((s) => /monaco|JsonView/.test(s)).length,
      0,
      `Monaco was fetched before it was needed: ${scripts.join(', ')}`,
    );
    await page.getByTestId('view-json').click();
    await page.locator('.monaco-editor').first().waitFor({ timeout: 45_000 });
    assert.ok(
      scripts.some((s) => s.includes('monaco')),
      'the JSON view did not load Monaco',
    );
  },
};
