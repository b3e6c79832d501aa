import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { createRegistryClient } from '@syncraft/runtime/registry';
import { signDevToken } from '@syncraft/server';
import type { Page } from 'playwright-core';
import { showValue } from '../../src/simulator/timeline';
import { waitForDesigner } from '../harness/designer';
import type { Scenario } from '../harness/scenario';
import { onServer } from '../harness/served';

/** The sandbox the server column names once the simulation runs on the server (another than `old`). */
async function sandboxShown(page: Page, old?: string): Promise<string> {
  const shown = page.locator(
    `[data-testid="server-place"][data-sandbox]${old ? `:not([data-sandbox="${old}"])` : ''}`,
  );
  await shown.waitFor({ timeout: 30_000 });
  const id = await shown.getAttribute('data-sandbox');
  if (!id?.startsWith('sandbox-')) throw new Error(`the server column names no sandbox: ${id}`);
  return id;
}

/** Waits until the server says `done` (the deletion runs after the page moved on), at most 10 s. */
async function eventually(done: () => Promise<boolean>, message: string): Promise<void> {
  const until = Date.now() + 10_000;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The rows of the server column's table, cell by cell. */
function serverRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId('server-records')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

/**
 * Simulate on the Syncraft server: choosing it asks for a sign-in (a dev builder here), runs the
 * field-service draft in a fresh sandbox, plays the two-device conflict over HTTP, shows in the
 * server column exactly what the sandbox's records endpoint answers, and deletes the sandbox on
 * reset and when going back to this browser.
 */
export const simulatorRunsOnServer: Scenario = {
  name: 'the simulator runs the conflict on the Syncraft server in a sandbox it deletes on reset',
  timeoutMs: 150_000,
  async run({ context }) {
    await onServer(context, { devTokens: true }, async ({ server, page }) => {
      const token = await signDevToken(server.secret, { sub: 'dev-builder', roles: ['builder'] });
      const builder = createRegistryClient({ baseUrl: `${server.url}/api`, token: () => token });
      const gone = async (id: string) => {
        const answer = await builder.sandboxRecords(id);
        return !answer.ok && answer.failure.kind === 'refused' && answer.failure.status === 404;
      };
      await page.goto(server.url);
      await waitForDesigner(page);
      await page.getByTestId('template-field-service').click();
      await page.getByTestId('template-gallery').waitFor({ state: 'hidden' });
      await page.getByTestId('node-entity-Job').waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[data-severity="error"]').length === 0);
      await page.getByTestId('view-simulate').click();
      await page.locator('[data-testid="simulator"][data-state="running"]').waitFor({ timeout: 20_000 });
      await page.getByTestId('server-place').getByText('In this browser').waitFor();

      // The server needs a sign-in: the choice says so and offers the dev users.
      await page.getByTestId('run-on-server').check();
      await page.locator('[data-testid="simulator"][data-state="waiting"]').waitFor();
      const signIn = page.getByTestId('run-on-sign-in');
      await page.getByText('Sign in to run on the server.').waitFor();
      await signIn.getByTestId('signin-dev-dev-builder').waitFor();
      const axe = await new AxeBuilder({ page }).include('[data-testid="simulator"]').analyze();
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(
        serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        [],
        'the Run on choice and its sign-in have serious accessibility violations',
      );
      await signIn.getByTestId('signin-dev-dev-builder').click();
      await page.getByTestId('run-on-signed-in').getByText('dev-builder').waitFor();
      const first = await sandboxShown(page);

      await page.getByTestId('simulate-entity').selectOption('Job');
      await page.getByTestId('run-scenario').click();
      const resolution = page.getByTestId('timeline-resolution');
      await resolution.waitFor({ timeout: 60_000 });
      assert.match(
        (await resolution.getByTestId('resolution-status').textContent()) ?? '',
        /enum-precedence/,
      );
      assert.match(
        (await resolution.getByTestId('resolution-minutesWorked').textContent()) ?? '',
        /counter.*65.*both increments add up/,
      );
      assert.match(
        (await resolution.textContent()) ?? '',
        /both devices and the server now hold the same values/,
      );

      // The column is what the sandbox holds, as its records endpoint answers.
      const listed = await builder.sandboxRecords(first);
      assert.ok(listed.ok, `the sandbox's records: ${JSON.stringify(listed.ok || listed.failure)}`);
      const jobs = listed.value.records.Job ?? [];
      assert.equal(jobs.length, 1, 'the scenario seeds one Job on the server');
      const fields = await page
        .getByTestId('server-records')
        .locator('thead th')
        .evaluateAll((ths) => ths.map((th) => th.textContent ?? ''));
      const expected = jobs.map((job) => fields.map((f) => (f in job ? showValue(job[f], false) : '')));
      await page.waitForFunction(
        (want) =>
          JSON.stringify(
            [...document.querySelectorAll('[data-testid="server-records"] tbody tr')].map((r) =>
              [...r.querySelectorAll('td')].map((td) => td.textContent ?? ''),
            ),
          ) === want,
        JSON.stringify(expected),
      );
      assert.deepEqual(await serverRows(page), expected);
      assert.equal(listed.value.conflicts, 1, 'the notes conflict is kept on the server');
      await page.getByTestId('server-conflicts').getByText('1 conflicts recorded').waitFor();

      // Reset: a run starts once the one before is gone, so the old sandbox is deleted by now.
      await page.getByTestId('reset-simulation').click();
      const second = await sandboxShown(page, first);
      assert.ok(await gone(first), `the sandbox ${first} is still there after a reset`);
      await page.getByTestId('simulate-entity').selectOption('Job');
      await page.getByTestId('server-records').getByText('No Job records here yet.').waitFor();

      // Back to this browser: the second sandbox goes too.
      await page.getByTestId('run-on-browser').check();
      await page.getByTestId('server-place').getByText('In this browser').waitFor({ timeout: 20_000 });
      assert.ok(await gone(second), `the sandbox ${second} is still there after choosing this browser`);

      // Leaving Simulate deletes the sandbox, and so does leaving the page (sent as it goes away).
      await page.getByTestId('run-on-server').check();
      const third = await sandboxShown(page);
      await page.getByTestId('view-canvas').click();
      await eventually(() => gone(third), `the sandbox ${third} is still there after leaving Simulate`);
      // Reopened, Simulate still runs on the server: the choice is remembered for the session.
      await page.getByTestId('view-simulate').click();
      assert.equal(await page.getByTestId('run-on-server').isChecked(), true, 'Run on was reset');
      const fourth = await sandboxShown(page);
      // Into the browser's page cache and back (the events it sends): the sandbox goes as the page
      // hides, and a new one runs when it shows again.
      await page.evaluate(() => {
        window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      });
      await eventually(() => gone(fourth), `the sandbox ${fourth} is still there after the page hid`);
      const fifth = await sandboxShown(page, fourth);

      // Signing out deletes the sandbox too (with the token that opened it).
      await page.getByTestId('run-on-sign-out').click();
      await page.locator('[data-testid="simulator"][data-state="waiting"]').waitFor();
      await eventually(() => gone(fifth), `the sandbox ${fifth} is still there after signing out`);
      await page.getByTestId('run-on-sign-in').getByTestId('signin-dev-dev-builder').click();
      const sixth = await sandboxShown(page, fifth);
      await page.reload();
      await eventually(() => gone(sixth), `the sandbox ${sixth} is still there after a reload`);
      // The reloaded tab keeps the choice (and the sign-in): it runs on the server again.
      await page.getByTestId('run-on-server').waitFor();
      assert.equal(await page.getByTestId('run-on-server').isChecked(), true, 'Run on was reset by a reload');
      await sandboxShown(page, sixth);
    });
  },
};
