import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { addFromPalette, startBlank } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

const inspector = (page: Page) => page.getByTestId('inspector');

/** Types into a labelled inspector input key by key, as a person does, then leaves it with Tab. */
async function typeInto(page: Page, label: string, text: string) {
  const input = inspector(page).getByLabel(label, { exact: true });
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.press('Backspace');
  await input.pressSequentially(text);
  await input.press('Tab');
  return input;
}

/**
 * Lists and names are typed key by key: commas stay in comma lists, and a name that is not valid
 * ("Work Order", "due date", a taken "title") becomes the nearest valid one, with a notice, instead
 * of being cut at the space.
 */
export const typingNamesAndLists: Scenario = {
  name: 'comma lists and invalid names can be typed key by key',
  async run({ page, url }) {
    await startBlank(page, url);
    await addFromPalette(page, 'entity');
    await typeInto(page, 'Name', 'Work Order');
    await page.getByTestId('node-entity-WorkOrder').waitFor();
    await inspector(page).getByText('“Work Order” is not a valid name: saved as “WorkOrder”.').waitFor();

    await inspector(page).getByRole('button', { name: 'Add field' }).click();
    const due = await typeInto(page, 'Field 2 name', 'due date');
    assert.equal(await due.inputValue(), 'dueDate');

    await inspector(page).getByRole('button', { name: 'Add field' }).click();
    await typeInto(page, 'Field 3 name', 'title');
    await inspector(page).getByRole('button', { name: 'Add field' }).click();
    const twice = inspector(page).getByLabel('Field 4 name', { exact: true });
    await twice.click();
    await twice.press('ControlOrMeta+a');
    await twice.pressSequentially('title');
    // While typing, the problem says what would do.
    await inspector(page).getByText('“title2” would do.', { exact: false }).waitFor();
    await twice.press('Tab');
    assert.equal(await twice.inputValue(), 'title2');

    await inspector(page).getByRole('button', { name: 'Add field' }).click();
    await typeInto(page, 'Field 5 name', 'status');
    // A new field opens its details: make it an enum.
    await inspector(page).getByLabel('Type').selectOption('enum');
    const values = inspector(page).getByLabel('Allowed values', { exact: true });
    await values.click();
    await values.press('ControlOrMeta+a');
    await values.press('Backspace');
    await values.pressSequentially('open, in-progress, done');
    assert.equal(await values.inputValue(), 'open, in-progress, done');
    await values.press('Tab');
    // Out of focus, the input shows the saved list again: the three values were saved.
    assert.equal(await values.inputValue(), 'open, in-progress, done');
  },
};
