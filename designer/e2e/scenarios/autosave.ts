import assert from 'node:assert/strict';
import { openTemplate, startBlank, waitForDesigner } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

/** Work survives a reload: the document comes back from IndexedDB and the gallery stays closed. */
export const reloadKeepsWork: Scenario = {
  name: 'a reload restores the work saved on this device',
  async run({ page, url }) {
    await startBlank(page, url);
    await openTemplate(page, 'field-service');
    // Loading lays the drawing out first: wait for the template itself, then for its save.
    const name = 'Field service jobs';
    await page.getByTestId('app-name').filter({ hasText: name }).waitFor();
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    const nodesBefore = await page.locator('.react-flow__node').count();
    await page.reload();
    await waitForDesigner(page);
    assert.equal(await page.getByTestId('app-name').textContent(), name);
    assert.equal(await page.getByTestId('template-gallery').isVisible(), false, 'the gallery reopened');
    await page
      .locator('.react-flow__node')
      .nth(nodesBefore - 1)
      .waitFor();
    assert.equal(await page.locator('.react-flow__node').count(), nodesBefore);
    await page.getByTestId('save-status').getByText('Saved on this device').waitFor();
  },
};

/** An edit made just before a reload is kept, even though the debounced save had not run yet. */
export const reloadRightAfterEdit: Scenario = {
  name: 'a reload right after an edit keeps the edit',
  async run({ page, url }) {
    await startBlank(page, url);
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await page.getByTestId('inspector').getByLabel('App name').fill('Typed just before reload');
    await page.reload();
    await waitForDesigner(page);
    assert.equal(await page.getByTestId('app-name').textContent(), 'Typed just before reload');
  },
};
