import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { addFromPalette, startBlank } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

const inspector = (page: Page) => page.getByTestId('inspector');

/** Presses Enter on an inspector button, as a keyboard user does. */
async function press(page: Page, name: string) {
  const button = inspector(page).getByRole('button', { name });
  await button.focus();
  await button.press('Enter');
}

/**
 * Everything drawn as a connection can also be set from the entity's inspector with the keyboard:
 * its priority lane, its rule, its scope and the roles granted access.
 */
export const connectionsFromInspector: Scenario = {
  name: 'priority, rule, scope and permissions are set from the inspector without drawing',
  async run({ page, url }) {
    await startBlank(page, url);
    await addFromPalette(page, 'role');
    await inspector(page).getByLabel('Name', { exact: true }).fill('technician');
    await addFromPalette(page, 'entity');
    const name = inspector(page).getByLabel('Name', { exact: true });
    await name.fill('Job');
    await press(page, 'Add field');
    await inspector(page).getByLabel('Field 2 name').fill('assigneeId');

    await inspector(page).getByLabel('Sync priority').selectOption('high');
    await press(page, 'Add a scope');
    await inspector(page).getByRole('button', { name: 'Edit scope' }).waitFor();
    assert.match((await inspector(page).textContent()) ?? '', /Offline scope: assigneeId = user\.id/);
    await inspector(page).getByLabel('Give a role access').selectOption('technician');
    await press(page, 'Grant read');
    await inspector(page).getByText('technician: read').waitFor();
    await page.getByTestId('problems-count').getByText('none').waitFor();

    // The lane moved: Job is drawn into the high lane, and nothing into normal.
    const lanes = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid^="rf__edge-priority-"]')].map((e) =>
        e.getAttribute('aria-label'),
      ),
    );
    assert.equal(lanes.length, 1);
    await press(page, 'Edit rule');
    await inspector(page).getByLabel('Strategy').waitFor();
  },
};
