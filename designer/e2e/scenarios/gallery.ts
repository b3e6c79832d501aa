import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { check } from '@syncraft/runtime/spec';
import { startBlank } from '../harness/designer';
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
      await page.getByTestId('open-gallery').click();
      const gallery = page.getByTestId('template-gallery');
      await gallery.waitFor();
      if (id === ids[0]) await screenshot('gallery');
      await page.getByTestId(`template-${id}`).click();
      await gallery.waitFor({ state: 'hidden' });
      await page.getByTestId('app-name').filter({ hasText: spec.app.name }).waitFor();
      await page.locator('.react-flow__node').first().waitFor();
      // The designer's compiled spec must carry no error: the problems panel lists none.
      await page.waitForFunction(() => document.querySelectorAll('[data-severity="error"]').length === 0);
      if (id === 'field-service') await screenshot('template-field-service');
    }
  },
};
