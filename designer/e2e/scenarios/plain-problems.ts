import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { fileURLToPath } from 'node:url';
import { startBlank } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

const template = fileURLToPath(new URL('../../../templates/field-service.json', import.meta.url));

/**
 * Problems speak the person's language: each problem in the panel starts with its title from the
 * catalogue; an imported file's problems name the place (entity “Job” › sync › priority) before the
 * code and pointer; a file that is not JSON names the line and column and shows the line itself.
 */
export const problemsInPlainWords: Scenario = {
  name: 'problems and import errors name the kind of problem, the place, and the line of broken JSON',
  async run({ page, url }) {
    await startBlank(page, url);
    const first = page.locator('[data-testid^="problem-"]').first();
    await first.waitFor();
    const title = (await first.locator('.sc-problem__title').textContent()) ?? '';
    assert.match(title, /^[A-Z][a-z].+:$/, `the first problem has no title: "${title}"`);
    assert.notEqual(title, 'Problem:');

    const wrong = JSON.parse(readFileSync(template, 'utf8'));
    const job = wrong.entities.findIndex((e: { name: string }) => e.name === 'Job');
    wrong.entities[job].sync.priority = 'urgent';
    await page.getByTestId('import-input').setInputFiles({
      name: 'wrong.sync.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(wrong, null, 2)),
    });
    const dialog = page.getByTestId('import-error-dialog');
    await dialog.getByText('entity “Job” › sync › priority', { exact: false }).first().waitFor();
    await dialog.getByText('Value not allowed').first().waitFor();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const broken = JSON.stringify(wrong, null, 2).replace('"specVersion": 1,', '"specVersion": 1');
    await page.getByTestId('import-input').setInputFiles({
      name: 'broken.sync.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    await dialog.getByText('Not valid JSON', { exact: true }).waitFor();
    const text = (await dialog.textContent()) ?? '';
    assert.match(text, /not valid JSON at line 3, column 3/);
    assert.match(text, /Line 3 reads “"app": \{”/);
    assert.doesNotMatch(text, /position \d+/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  },
};
