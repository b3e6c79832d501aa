import assert from 'node:assert/strict';
import { openTemplate, startBlank, waitForDesigner } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

/** Undo history survives a reload: the steps are kept with the document in IndexedDB. */
export const undoSurvivesReload: Scenario = {
  name: 'undo history survives a reload',
  async run({ page, url }) {
    await startBlank(page, url);
    await openTemplate(page, 'field-service');
    await page.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
    const name = page.getByTestId('inspector').getByLabel('App name');
    await name.fill('Jobs north');
    await page.keyboard.press('Tab');
    await page.getByTestId('app-name').getByText('Jobs north').waitFor();
    // Wait on the stored steps themselves (they are written a moment after the edit).
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('syncraft-designer');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const get = open.result.transaction('documents').objectStore('documents').get('undo');
            get.onsuccess = () => {
              const json = (get.result as { json?: string } | undefined)?.json ?? '';
              open.result.close();
              resolve(json.includes('Field service jobs'));
            };
            get.onerror = () => resolve(false);
          };
        }),
      undefined,
      { polling: 100 },
    );
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await page.reload();
    await waitForDesigner(page);
    assert.equal(await page.getByTestId('app-name').textContent(), 'Jobs north');
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    assert.equal(await undo.isEnabled(), true, 'Undo is off after the reload');
    await undo.click();
    await page.getByTestId('app-name').getByText('Field service jobs').waitFor();
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await page.getByTestId('app-name').getByText('Jobs north').waitFor();
  },
};
