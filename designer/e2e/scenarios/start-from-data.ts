import assert from 'node:assert/strict';
import { waitForDesigner } from '../harness/designer';
import type { Scenario } from '../harness/scenario';
import { assertNoSeriousViolations } from './a11y';

const jobsCsv = [
  'id,site id,title,status,partsCount',
  'j1,s1,Fix pump,open,0',
  'j2,s1,Check valve,in-progress,2',
  'j3,s2,Replace filter,done,1',
  'j4,s2,Inspect,open,0',
  'j5,s1,Paint,done,3',
  'j6,s2,Sweep,in-progress,0',
].join('\n');
const sitesJson = JSON.stringify([
  { id: 's1', name: 'North depot', tags: ['water'] },
  { id: 's2', name: 'South depot', tags: [] },
]);

/** From the first-run gallery, two sample files become two related entities on the canvas. */
export const startFromData: Scenario = {
  name: 'start from data: sample files become entities, relations and fitting rules',
  async run({ page, url }) {
    await page.goto(url);
    await waitForDesigner(page);
    await page.getByTestId('template-data').click();
    await page.getByTestId('start-from-data').waitFor();
    await page.getByTestId('data-files').setInputFiles([
      { name: 'jobs.csv', mimeType: 'text/csv', buffer: Buffer.from(jobsCsv) },
      { name: 'sites.json', mimeType: 'application/json', buffer: Buffer.from(sitesJson) },
    ]);
    const job = page.getByTestId('data-entity-Job');
    await job.waitFor();
    assert.match((await job.textContent()) ?? '', /siteId → Site/);
    assert.match((await job.textContent()) ?? '', /merges by enum-precedence/);
    assert.match((await page.getByTestId('data-entity-Site').textContent()) ?? '', /merges by set-union/);
    await assertNoSeriousViolations(page, 'start from data preview');
    await page.getByTestId('data-add').click();
    await page.getByTestId('start-from-data').waitFor({ state: 'hidden' });
    await page.getByTestId('node-entity-Job').waitFor();
    await page.getByTestId('node-entity-Site').waitFor();
    // Job's relation to Site is drawn; what is left to do is a role.
    await page.locator('[data-testid^="rf__edge-relation-"]').first().waitFor({ state: 'attached' });
    const problems = await page.getByTestId('problems').textContent();
    assert.match(problems ?? '', /no role yet/);
  },
};
