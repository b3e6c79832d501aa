import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { check } from '@syncraft/runtime/spec';
import { openTemplate, startBlank } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

/** Every template opens from the gallery, shows its name, and compiles without errors. */
export const everyTemplateOpens: Scenario = {
  name: 'every template opens from the gallery without errors',
  timeoutMs: 120_000,
  async run({ page, url, screenshot }) {
    await startBlank(page, url);
    const ids = readdirSync(templatesDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    assert.ok(ids.length > 0, 'no templates found');
    for (const id of ids) {
      const spec = JSON.parse(readFileSync(`${templatesDir}${id}.json`, 'utf8'));
      assert.equal(
        check(spec).diagnostics.filter((d) => d.severity === 'error').length,
        0,
        `${id} has errors`,
      );
      // Back to Blank first, which has errors: the count then changing to none proves the template
      // itself was compiled, not a stale count.
      await openTemplate(page, 'blank');
      await page
        .getByTestId('problems-count')
        .getByText(/^[1-9]\d* errors?/)
        .waitFor();
      await page.getByTestId('open-gallery').click();
      const gallery = page.getByTestId('template-gallery');
      await gallery.waitFor();
      if (id === ids[0]) await screenshot('gallery');
      await page.getByTestId(`template-${id}`).click();
      await gallery.waitFor({ state: 'hidden' });
      await page.getByTestId('app-name').filter({ hasText: spec.app.name }).waitFor();
      await page.locator('.react-flow__node').first().waitFor();
      await page
        .getByTestId('problems-count')
        .getByText(/^(none|0 errors)/)
        .waitFor();
      if (id === 'field-service') await screenshot('template-field-service');
    }
  },
};
