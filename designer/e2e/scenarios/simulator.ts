import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { openTemplate, startBlank } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

/**
 * Open a template, open Simulate, run the conflict scenario on Job and read how each field was
 * resolved in the timeline; a write the role may not make shows the runtime's refusal.
 */
export const simulatorExplainsConflicts: Scenario = {
  name: 'the simulator runs the conflict scenario and the timeline shows how each field was resolved',
  timeoutMs: 90_000,
  async run({ page, url, screenshot }) {
    await startBlank(page, url);
    // A blank app has no entity yet: the simulator explains why it is off and leads to the problems.
    await page.getByTestId('view-simulate').click();
    await page.getByTestId('simulator-disabled').getByText('it needs a spec without errors').waitFor();
    await page.getByTestId('show-problems').click();
    await page.getByTestId('view-canvas').and(page.locator('[aria-pressed="true"]')).waitFor();

    await openTemplate(page, 'field-service');
    await page.waitForFunction(() => document.querySelectorAll('[data-severity="error"]').length === 0);
    await page.getByTestId('view-simulate').click();
    await page.locator('[data-testid="simulator"][data-state="running"]').waitFor({ timeout: 20_000 });
    await page.getByTestId('device-ana').getByRole('heading', { name: 'Ana — technician' }).waitFor();
    await page.getByTestId('device-ben').getByRole('heading', { name: 'Ben — dispatcher' }).waitFor();

    await page.getByTestId('simulate-entity').selectOption('Job');
    await page.getByTestId('records-ana').getByText('No Job records here yet.').waitFor();
    await screenshot('simulator-devices');
    await page.getByTestId('run-scenario').click();
    const resolution = page.getByTestId('timeline-resolution');
    await resolution.waitFor({ timeout: 30_000 });
    const status = resolution.getByTestId('resolution-status');
    assert.match((await status.textContent()) ?? '', /enum-precedence.*cancelled.*earlier in the order/);
    assert.match(
      (await resolution.getByTestId('resolution-minutesWorked').textContent()) ?? '',
      /counter.*65.*both increments add up/,
    );
    await page
      .getByTestId('timeline')
      .getByText(/Conflict for a person on Job .* \(notes\)/)
      .waitFor();
    assert.match(
      (await resolution.textContent()) ?? '',
      /both devices and the server now hold the same values/,
    );
    await screenshot('simulator-conflict');
    const axe = await new AxeBuilder({ page }).include('[data-testid="simulator"]').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
      'the simulator has serious accessibility violations',
    );

    // Ben decides the notes conflict: every device ends with the value he kept.
    await page.getByTestId('conflict-ben').getByRole('button', { name: "Keep the other side's" }).click();
    await page
      .getByTestId('timeline')
      .getByText(/Ben decided the conflict on Job .*notes = “notes by Ana”/)
      .waitFor();
    await page.getByTestId('conflict-ben').waitFor({ state: 'detached' });

    // A technician may not create jobs: the form shows the runtime's refusal and so does the timeline.
    const ana = page.getByTestId('device-ana');
    await ana.getByText('Create or edit a Job').click();
    await ana.getByRole('textbox', { name: /^id\b/ }).fill('job-new');
    await page.getByTestId('record-save-ana').click();
    const outcome = page.getByTestId('record-outcome-ana');
    await outcome.waitFor();
    assert.match((await outcome.textContent()) ?? '', /technician|create/i);
    await page.locator('[data-testid="timeline"] [data-kind="write-refused"]').first().waitFor();

    // Offline, a change stays pending on the device and the server does not see it.
    await page.getByTestId('online-ben').click();
    await page.getByTestId('state-ben').filter({ hasText: 'offline' }).waitFor();
    await page.getByTestId('online-ben').click();
    await page.getByTestId('state-ben').filter({ hasText: 'online' }).waitFor();

    // On a metered network the device enters the spec's limited state, and leaves it after.
    await page.getByTestId('metered-ben').check();
    await page.getByTestId('state-ben').filter({ hasText: 'metered' }).waitFor();
    await page.getByTestId('metered-ben').uncheck();
    await page.getByTestId('state-ben').filter({ hasText: 'online' }).waitFor();

    // Reset starts over on fresh databases and deletes the old ones: one database per device remains.
    await page.getByTestId('reset-simulation').click();
    await page.locator('[data-testid="simulator"][data-state="running"]').waitFor();
    await page.getByTestId('timeline').waitFor({ state: 'detached' });
    await page.waitForFunction(
      async () =>
        (await indexedDB.databases()).filter((d) => d.name?.startsWith('syncraft-simulator:')).length === 2,
    );
  },
};
