import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { openTemplate, startBlank } from '../harness/designer';
import { artifactsDir, type Scenario } from '../harness/scenario';

/**
 * On field service, a citizen developer fixes the technician's Job status after create, lets them
 * update only jobs whose stored status matches, and adds a second, broader grant on Job, which lint
 * reports as shadowing the first; the exported spec holds exactly that, as two grants.
 */
export const writeRulesDrawn: Scenario = {
  name: 'fixed fields, a before condition and a second grant drawn in the permission inspector reach the exported spec; a shadowing grant is reported',
  async run({ page, url, screenshot }) {
    await startBlank(page, url);
    await openTemplate(page, 'field-service');
    const inspector = page.getByTestId('inspector');
    // The technician's first grant is on Job.
    await page.getByTestId('edge-label-permission-0-0').dispatchEvent('click');
    await inspector.getByRole('group', { name: 'Fixed after create' }).getByLabel('status').check();
    await inspector.getByLabel('Only when the stored record matches (before)').check();
    const before = inspector.getByRole('group', { name: 'Condition before the change' });
    await before.getByLabel('Field', { exact: true }).selectOption('status');
    await before.scrollIntoViewIfNeeded();
    await screenshot('designer-write-rules');
    await inspector.getByRole('button', { name: 'Add another grant of technician on Job' }).click();
    await inspector.getByText('Grant 2: update · may change no field').waitFor();
    // A second grant that may read and update every job, any field: the first one's limits no longer
    // restrict anything, and lint says so (the count also shows the drawing was compiled).
    await inspector.getByRole('group', { name: 'Allowed actions' }).getByLabel('read').check();
    await inspector.getByLabel('Limit which fields this grant may change').uncheck();
    await page.getByTestId('problems-count').getByText('0 errors, 1 warning').waitFor();
    await page.getByText(/Grant 0 of role “technician” on “Job” is shadowed by grant 4/).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-spec').click(),
    ]);
    const file = join(artifactsDir, 'write-rules.sync.json');
    await download.saveAs(file);
    const spec = JSON.parse(readFileSync(file, 'utf8')) as SyncSpec;
    const grants = spec.roles
      .find((r) => r.name === 'technician')
      ?.permissions.filter((p) => p.entity === 'Job');
    assert.equal(grants?.length, 2, JSON.stringify(grants));
    assert.deepEqual(grants?.[0]?.fixedFields, ['status']);
    assert.equal((grants?.[0]?.before as { field?: string } | undefined)?.field, 'status');
    assert.deepEqual(grants?.[1], { entity: 'Job', actions: ['read', 'update'] });
  },
};
