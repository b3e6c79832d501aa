import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { openTemplate, startBlank } from '../harness/designer';
import { artifactsDir, type Scenario } from '../harness/scenario';

/**
 * A person types a change and clicks "Export spec" at once (well within the compile debounce): the
 * file holds the change. Then the same for "Publish": the dialog opened right after an edit names the
 * version just typed.
 */
export const exportRightAfterEdit: Scenario = {
  name: 'an export or publish right after an edit includes the edit',
  async run({ page, url }) {
    await startBlank(page, url);
    await openTemplate(page, 'field-service');
    await page.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
    const description = page.getByTestId('inspector').getByLabel('App description');
    await description.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Jobs for the north depot');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-spec').click(),
    ]);
    const file = join(artifactsDir, `fresh-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const spec = JSON.parse(readFileSync(file, 'utf8')) as SyncSpec;
    assert.equal(spec.app.description, 'Jobs for the north depot');

    const version = page.getByTestId('inspector').getByLabel('Version');
    await version.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2.0.0');
    await page.getByTestId('open-publish').click();
    const dialog = page.getByTestId('publish-dialog');
    await dialog.getByText('version 2.0.0').waitFor();
  },
};
