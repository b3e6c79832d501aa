import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openTemplate, startBlank } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

const fieldService = readFileSync(new URL('../../../templates/field-service.json', import.meta.url), 'utf8');

/**
 * Replaces the whole text of the Monaco editor by pasting, as a person would. (Typing it would go
 * through auto-indent and auto-closing brackets and garble the JSON.)
 */
async function replaceEditorText(page: Page, text: string) {
  // Monaco takes input on an EditContext element in Chromium (a textarea elsewhere).
  await page.locator('.monaco-editor :is(.native-edit-context, textarea.inputarea)').first().focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/** The field-service template renamed, with one more entity (a copy of Site called Invoice). */
function editedSpec(): string {
  const spec = JSON.parse(fieldService);
  spec.app.name = 'Edited in JSON';
  const site = spec.entities.find((e: { name: string }) => e.name === 'Site');
  spec.entities.push({ ...site, name: 'Invoice', description: 'Added in the JSON view.' });
  return JSON.stringify(spec, null, 2);
}

/** Valid JSON edits drive the canvas; invalid ones are refused with reasons and the canvas stays. */
export const jsonEditsDriveCanvas: Scenario = {
  name: 'editing the JSON updates the canvas, and a broken edit is refused with reasons',
  async run({ page, context, url, screenshot }) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    await startBlank(page, url);
    await openTemplate(page, 'field-service');
    await page.getByTestId('view-split').click();
    await page.locator('.monaco-editor .view-line').first().waitFor({ timeout: 45_000 });
    await page.getByTestId('json-status').getByText('In step with the canvas').waitFor();
    await page.locator('.monaco-editor').getByText('"specVersion"').waitFor();
    const nodeCount = await page.locator('.react-flow__node').count();

    // A valid edit: rename the app and add an entity; the canvas follows.
    await replaceEditorText(page, editedSpec());
    await page.getByTestId('app-name').filter({ hasText: 'Edited in JSON' }).waitFor();
    await page.getByTestId('json-status').getByText('In step with the canvas').waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length > n, nodeCount);
    await screenshot('json-split');

    // A broken edit: the canvas keeps its state and the editor says why.
    await replaceEditorText(page, '{ "specVersion": 1, "app": { "id": "x" } }');
    await page.getByTestId('json-status').getByText('Not applied').waitFor();
    await page.locator('.sc-json__rejected').getByText('SPEC010').first().waitFor();
    assert.equal(await page.getByTestId('app-name').textContent(), 'Edited in JSON');
    assert.ok((await page.locator('.react-flow__node').count()) > nodeCount, 'the canvas lost its state');
    await screenshot('json-rejected');
  },
};
