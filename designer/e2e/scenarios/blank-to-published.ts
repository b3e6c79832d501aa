import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { isolatedContext } from '../harness/browser';
import type { Scenario } from '../harness/scenario';
import { onServer } from '../harness/served';

/** The data a citizen developer starts from: an export of jobs and a list of sites. */
const jobsCsv = [
  'id,site id,title,status,assigneeId,partsCount',
  'j1,s1,Fix pump,open,ana,0',
  'j2,s1,Check valve,in-progress,ben,2',
  'j3,s2,Replace filter,done,ana,1',
  'j4,s2,Inspect,open,ben,0',
  'j5,s1,Paint,done,ana,3',
  'j6,s2,Sweep,in-progress,ben,0',
].join('\n');
const sitesJson = JSON.stringify([
  { id: 's1', name: 'North depot' },
  { id: 's2', name: 'South depot' },
]);

/**
 * Counts what a person does: a click (or a choice in a select, a tick, a file picked) and a key
 * pressed. The walk goes through these helpers only, so the counts are the walk.
 */
class Person {
  clicks = 0;
  keystrokes = 0;
  constructor(readonly page: Page) {}
  async click(target: Locator, position?: { x: number; y: number }) {
    this.clicks++;
    await target.click(position ? { position } : {});
  }
  async choose(target: Locator, value: string) {
    this.clicks++;
    await target.selectOption(value);
  }
  async tick(target: Locator) {
    this.clicks++;
    await target.check();
  }
  async pick(target: Locator, files: { name: string; mimeType: string; buffer: Buffer }[]) {
    this.clicks += 2; // open the picker, confirm the selection
    await target.setInputFiles(files);
  }
  async type(target: Locator, text: string) {
    this.clicks++; // into the box
    this.keystrokes += text.length;
    await target.fill(text);
  }
  async retype(target: Locator, text: string) {
    this.keystrokes += 2; // select all, then type over
    await this.type(target, text);
  }
}

/**
 * From a blank designer to a published spec, as a citizen developer and a reviewer do it, against
 * the real server: start from data (a CSV and a JSON file), who gets what offline for a technician,
 * the two-device conflict in the simulator, send for review; a reviewer approves and publishes in the
 * console. Prints the clicks and keystrokes it took as a JSON line (goal: ≤ 40 clicks).
 */
export const blankToPublished: Scenario = {
  name: 'from blank to published in at most 40 clicks',
  timeoutMs: 180_000,
  async run({ context }) {
    await onServer(context, { devTokens: true }, async ({ server, page, refused }) => {
      const browser = context.browser();
      assert.ok(browser, 'the scenario context has no browser');
      const started = performance.now();
      const me = new Person(page);
      await page.goto(server.url);

      // 1. Start from data.
      await me.click(page.getByTestId('template-data'));
      await me.pick(page.getByTestId('data-files'), [
        { name: 'jobs.csv', mimeType: 'text/csv', buffer: Buffer.from(jobsCsv) },
        { name: 'sites.json', mimeType: 'application/json', buffer: Buffer.from(sitesJson) },
      ]);
      await page.getByTestId('data-entity-Job').waitFor();
      await me.click(page.getByTestId('data-add'));
      await page.getByTestId('node-entity-Job').waitFor();

      // 2. Name the app.
      await me.click(page.locator('.react-flow__pane'), { x: 8, y: 8 });
      const inspector = page.getByTestId('inspector');
      await me.retype(inspector.getByLabel('App name'), 'Field jobs');

      // 3. A technician, and what they get offline.
      await me.click(page.getByTestId('palette-role'));
      await me.type(inspector.getByLabel('Name', { exact: true }), 'technician');
      await me.click(page.getByTestId('open-who-gets-what'));
      await me.tick(page.getByTestId('reach-Job-mine'));
      await me.tick(page.getByTestId('edit-Job'));
      await me.tick(page.getByTestId('reach-Site-all'));
      await me.click(page.getByTestId('who-gets-what-apply'));
      await page
        .getByTestId('problems-count')
        .getByText(/^(none|\d+ warnings?)$/)
        .waitFor();

      // 4. The two-device conflict: one technician's phone and tablet, both offline on one job.
      await me.click(page.getByTestId('view-simulate'));
      await page.locator('[data-testid="simulator"][data-state="running"]').waitFor({ timeout: 30_000 });
      await me.choose(page.getByTestId('simulate-entity'), 'Job');
      await me.click(page.getByTestId('run-scenario'));
      await page
        .getByTestId('timeline')
        .getByText(/sign Ben in as ana/)
        .waitFor();
      await me.click(page.getByTestId('device-setup').locator('summary'));
      await me.retype(page.getByTestId('device-setup').getByLabel('User id').nth(1), 'ana');
      await me.click(page.getByTestId('apply-devices'));
      await page.locator('[data-testid="simulator"][data-state="running"]').waitFor({ timeout: 30_000 });
      await me.click(page.getByTestId('run-scenario'));
      const resolution = page.getByTestId('timeline-resolution');
      await resolution.waitFor({ timeout: 30_000 });
      assert.match((await resolution.textContent()) ?? '', /enum-precedence/);
      assert.match(
        (await resolution.textContent()) ?? '',
        /both devices and the server now hold the same values/,
      );

      // 5. Send for review, signed in as the local server's dev builder.
      await me.click(page.getByTestId('open-publish'));
      await me.click(page.getByTestId('signin-dev-dev-builder'));
      await page.getByTestId('publish-signed-in').getByText('dev-builder').waitFor();
      await me.click(page.getByTestId('publish-save'));
      await page.getByTestId('publish-version').waitFor();
      await me.click(page.getByTestId('publish-submit'));
      await page.getByTestId('publish-done').getByText('Submitted for review').waitFor();

      // 6. The reviewer, on their own computer, approves and publishes in the console.
      const { context: office, refused: officeRefused } = await isolatedContext(browser, server.url);
      try {
        const desk = await office.newPage();
        await desk.goto(`${server.url}/console/`);
        await me.click(desk.getByTestId('signin-dev-dev-reviewer'));
        await desk.getByTestId('console-user').getByText('dev-reviewer').waitFor();
        await me.click(desk.locator('[data-testid^="queue-row-"]').first().getByTestId('queue-open'));
        await me.click(desk.getByTestId('decision-approve'));
        await desk.getByTestId('action-done').getByText('Approved').waitFor();
        await me.click(desk.getByTestId('decision-publish'));
        await desk.getByTestId('action-done').getByText('Published').waitFor();
        refused.push(...officeRefused);
      } finally {
        await office.close();
      }

      const scriptMs = Math.round(performance.now() - started);
      // A person's time, by the keystroke-level model: 1.1 s to point and click, 0.28 s a key,
      // plus 1.35 s of thought before each click.
      const personSeconds = Math.round(me.clicks * (1.1 + 1.35) + me.keystrokes * 0.28);
      console.log(
        JSON.stringify({
          walk: 'blank-to-published',
          clicks: me.clicks,
          keystrokes: me.keystrokes,
          scriptMs,
          estimatedPersonSeconds: personSeconds,
          goal: { clicks: 40, personSeconds: 600 },
        }),
      );
      assert.ok(me.clicks <= 40, `the walk took ${me.clicks} clicks; the goal is 40`);
      assert.ok(
        personSeconds <= 600,
        `the walk takes about ${personSeconds} s of a person's time; the goal is 600`,
      );
    });
  },
};
