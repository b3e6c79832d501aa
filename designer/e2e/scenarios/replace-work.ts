import assert from 'node:assert/strict';
import { openTemplate, startBlank } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

/**
 * Choosing a template over finished work asks first: Enter keeps working (the focus starts on the
 * dialog's Close) and the drawing is untouched; Replace goes ahead. A blank drawing is replaced without a question.
 */
export const templateAsksBeforeReplacing: Scenario = {
  name: 'choosing a template over finished work asks first, and keeping working keeps it',
  async run({ page, url }) {
    await startBlank(page, url);
    // Blank has no entity: the template replaces it without a question.
    await page.getByTestId('open-gallery').click();
    await page.getByTestId('template-field-service').click();
    await page.getByTestId('node-entity-Job').waitFor();
    assert.equal(await page.getByTestId('replace-work').isVisible(), false);

    await page.getByTestId('open-gallery').click();
    await page.getByTestId('template-inspections').click();
    const ask = page.getByTestId('replace-work');
    await ask.getByText('Starting from the “', { exact: false }).waitFor();
    await ask.getByText('entities (', { exact: false }).waitFor();
    await page.keyboard.press('Enter');
    await ask.waitFor({ state: 'hidden' });
    await page.getByTestId('node-entity-Job').waitFor();
    const appName = await page.getByTestId('app-name').textContent();

    // Escape keeps working too.
    await page.getByTestId('open-gallery').click();
    await page.getByTestId('template-blank').click();
    await ask.getByText('Starting from a blank app', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'hidden' });
    assert.equal(await page.getByTestId('app-name').textContent(), appName);

    // Replace goes ahead.
    await openTemplate(page, 'inspections');
    assert.notEqual(await page.getByTestId('app-name').textContent(), appName);
    assert.equal(await page.getByTestId('node-entity-Job').count(), 0);
  },
};
