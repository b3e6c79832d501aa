import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@syncraft/runtime/spec';
import type { Page } from 'playwright-core';
import { addFromPalette, connect, startBlank } from '../harness/designer';
import { artifactsDir, type Scenario } from '../harness/scenario';

const handle = (nodeTestId: string, which: 'source' | string) =>
  which === 'source'
    ? `[data-testid="${nodeTestId}"] .react-flow__handle.source`
    : `[data-testid="${nodeTestId}"] .react-flow__handle[data-handleid="${which}"]`;

const inspector = (page: Page) => page.getByTestId('inspector');

/** The test id of the newest node of a kind (new nodes are named after their defaults). */
async function newest(page: Page, kind: string): Promise<string> {
  const id = await page.locator(`[data-testid^="node-${kind}-"]`).last().getAttribute('data-testid');
  assert.ok(id, `no ${kind} node on the canvas`);
  return id;
}

/**
 * From a blank app, with the palette, the inspector and edges only: a Job entity in the high lane,
 * its conflict rule, and a technician allowed to read it. Then a counter rule on a text field shows a
 * problem, which goes away once the field becomes a counter. The result exports as a valid spec.
 */
export const buildFromBlank: Scenario = {
  name: 'a small field-service spec is built from blank, and a broken rule is flagged until fixed',
  timeoutMs: 90_000,
  async run({ page, url, screenshot }) {
    await startBlank(page, url);
    await screenshot('blank');

    // An entity named Job, synced in the high lane.
    await addFromPalette(page, 'entity');
    await inspector(page).getByLabel('Name', { exact: true }).fill('Job');
    await page.getByTestId('node-entity-Job').waitFor();
    await connect(page, handle('node-entity-Job', 'source'), handle('node-priority-high', 'in'));

    // A title field.
    await page.getByTestId('node-entity-Job').click();
    await inspector(page).getByRole('button', { name: 'Add field' }).click();
    await inspector(page).getByLabel('Field 2 name').fill('title');
    await inspector(page).getByLabel('Required').check();

    // The entity's conflict rule: last writer wins.
    await addFromPalette(page, 'conflictRule');
    await connect(
      page,
      handle(await newest(page, 'conflictRule'), 'source'),
      handle('node-entity-Job', 'in'),
    );

    // A technician who can read jobs.
    await addFromPalette(page, 'role');
    await inspector(page).getByLabel('Name', { exact: true }).fill('technician');
    await connect(page, handle('node-role-technician', 'source'), handle('node-entity-Job', 'in'));
    await page.getByTestId('problems-count').getByText('none').waitFor();
    await screenshot('built-from-blank');

    // A counter rule on a text field is flagged on the canvas and in the problems panel.
    await page.getByTestId('node-entity-Job').click();
    await inspector(page).getByRole('button', { name: 'Add field' }).click();
    await inspector(page).getByLabel('Field 3 name').fill('minutesWorked');
    await inspector(page).getByLabel('Type').selectOption('text');
    await addFromPalette(page, 'conflictRule');
    await inspector(page).getByLabel('Strategy').selectOption('counter');
    await connect(
      page,
      handle(await newest(page, 'conflictRule'), 'source'),
      handle('node-entity-Job', 'field:minutesWorked'),
    );
    // Attached to a field, the rule is named after it.
    const counterRule = 'node-conflictRule-Job.minutesWorked';
    await page.getByTestId('problem-SPEC120').waitFor();
    await page.getByTestId(counterRule).getByTestId('badge-error').waitFor();
    await screenshot('broken-rule');

    // Clicking the problem leads to the rule; making the field a counter fixes it.
    await page.getByTestId('problem-SPEC120').click();
    await page.getByTestId('node-entity-Job').click();
    await inspector(page).getByRole('button', { name: 'More about field minutesWorked' }).click();
    await inspector(page).getByLabel('Type').selectOption('counter');
    await page.getByTestId('problem-SPEC120').waitFor({ state: 'detached' });
    await page.getByTestId('problems-count').getByText('none').waitFor();
    assert.equal(await page.getByTestId(counterRule).getByTestId('badge-error').count(), 0);

    // The result is a valid spec with what was drawn.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-spec').click(),
    ]);
    const file = join(artifactsDir, 'built-from-blank.sync.json');
    await download.saveAs(file);
    const spec = JSON.parse(readFileSync(file, 'utf8'));
    const result = check(spec);
    assert.equal(result.valid, true, JSON.stringify(result.diagnostics.slice(0, 3)));
    const job = spec.entities.find((e: { name: string }) => e.name === 'Job');
    assert.equal(job.sync.priority, 'high');
    assert.equal(job.conflict.strategy, 'last-writer-wins');
    assert.deepEqual(
      job.fields.map((f: { name: string; type: string }) => `${f.name}:${f.type}`),
      ['id:string', 'title:string', 'minutesWorked:counter'],
    );
    assert.equal(job.fields[2].conflict.strategy, 'counter');
    assert.equal(spec.roles[0].name, 'technician');
    assert.equal(spec.roles[0].permissions[0].entity, 'Job');
  },
};
