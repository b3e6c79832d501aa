import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { signDevToken } from '@syncraft/server';
import type { Page } from 'playwright-core';
import { isolatedContext } from '../harness/browser';
import { designerDir } from '../harness/build';
import { artifactsDir, type Scenario } from '../harness/scenario';
import { startSyncraftServer } from '../harness/syncraft-server';
import { assertNoSeriousViolations } from './a11y';
import { assertMarksDrawn } from './review-marks';

const template = () =>
  JSON.parse(readFileSync(join(designerDir, '../templates/field-service.json'), 'utf8')) as SyncSpec;

/** Calls the API as a person's token would (the e2e's setup steps, outside the browser). */
async function api(url: string, token: string, method: 'GET' | 'POST', path: string, body?: unknown) {
  const response = await fetch(`${url}/api${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as Record<string, unknown>;
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

async function signIn(page: Page, token: string, who: string) {
  await page.getByTestId('signin-token').fill(token);
  await page.getByTestId('signin-claims').getByText(who).waitFor();
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('console-user').getByText(who).waitFor();
}

/**
 * The reviewer's console against the real server: a version saved and submitted by an admin (who
 * holds the reviewer role too) is in the queue with its counts; its review lists the semantic diff by
 * risk and, chosen, centres the changed node on the candidate drawing; the author's approval is refused
 * with the server's four-eyes answer; a second reviewer approves and publishes; the audit log shows
 * the entries, an intact chain, and exports JSON lines. axe finds nothing serious on any page.
 */
export const consoleReviewsAndPublishes: Scenario = {
  name: 'the review console shows the diff on the canvas, enforces four eyes, publishes and audits',
  timeoutMs: 150_000,
  async run({ context }) {
    const browser = context.browser();
    assert.ok(browser, 'the scenario context has no browser');
    const server = await startSyncraftServer(undefined, { devTokens: true });
    const { context: served, refused } = await isolatedContext(browser, server.url);
    const page = await served.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
    try {
      const admin = await signDevToken(server.secret, {
        sub: 'dev-admin',
        roles: ['admin', 'builder', 'reviewer'],
      });
      const reviewer = await signDevToken(server.secret, { sub: 'dev-reviewer', roles: ['reviewer'] });
      // 1.0.0 published (by the reviewer), then 1.1.0 saved and submitted by the admin.
      const first = await api(server.url, admin, 'POST', '/apps/field-service/versions', template());
      await api(server.url, admin, 'POST', `/apps/field-service/versions/${first.hash}/submit`);
      await api(server.url, reviewer, 'POST', `/apps/field-service/versions/${first.hash}/approve`, {});
      await api(server.url, reviewer, 'POST', `/apps/field-service/versions/${first.hash}/publish`);
      const next = template();
      next.app.version = '1.1.0';
      const job = next.entities.find((e) => e.name === 'Job');
      assert.ok(job, 'the template has a Job entity');
      job.conflict = { strategy: 'last-writer-wins', description: 'The latest edit of a job wins.' };
      // Notes lose their own (manual) rule: the overlaid drawing shows that rule ghosted.
      const notes = job.fields.find((f) => f.name === 'notes');
      assert.ok(notes && 'conflict' in notes, 'the template gives Job.notes a rule of its own');
      delete notes.conflict;
      // Job loses its title field: the overlaid Job card shows it struck through where it was.
      job.fields = job.fields.filter((f) => f.name !== 'title');
      const candidate = await api(server.url, admin, 'POST', '/apps/field-service/versions', next);
      const hash = String(candidate.hash);
      await api(server.url, admin, 'POST', `/apps/field-service/versions/${hash}/submit`);

      // A first version of another app: nothing published to compare with.
      const lists = JSON.parse(
        readFileSync(join(designerDir, '../templates/shared-lists.json'), 'utf8'),
      ) as SyncSpec;
      const firstLists = await api(server.url, admin, 'POST', `/apps/${lists.app.id}/versions`, lists);
      await api(server.url, admin, 'POST', `/apps/${lists.app.id}/versions/${firstLists.hash}/submit`);

      await page.goto(`${server.url}/console/`);
      await page.getByTestId('signin-token').waitFor();
      await assertNoSeriousViolations(page, 'console sign-in');
      await signIn(page, admin, 'dev-admin');

      const row = page.getByTestId(`queue-row-${hash}`);
      await row.getByText('4 changes').waitFor();
      await row.getByText('by dev-admin').waitFor();
      await page.screenshot({ path: join(artifactsDir, 'console-queue.png') });
      await assertNoSeriousViolations(page, 'review queue');
      // The first version's review lists what it brings and draws everything as added.
      await page.getByTestId(`queue-row-${firstLists.hash}`).getByText('first publication').waitFor();
      await page.getByTestId(`queue-row-${firstLists.hash}`).getByTestId('queue-open').click();
      await page
        .getByTestId('review-first')
        .getByText(/^Entity \w+: \d+ fields/)
        .first()
        .waitFor();
      const added = page.locator('[data-testid="canvas-candidate"] .react-flow__node');
      await added.first().waitFor();
      assert.equal(
        await page
          .locator('[data-testid="canvas-candidate"] .react-flow__node:not([data-mark="added"])')
          .count(),
        0,
        'every node of a first version is drawn as added',
      );
      await assertMarksDrawn(page.getByTestId('canvas-candidate'), 'first version');
      await page.goBack();
      await row.getByTestId('queue-open').click();

      const diff = page.getByTestId('review-diff');
      const change = diff.getByRole('button', { name: /Job conflict rule/ });
      await change.waitFor();
      await page.locator('[data-testid="canvas-candidate"] .react-flow__node').first().waitFor();
      await page.locator('[data-testid="canvas-published"] .react-flow__node').first().waitFor();
      // The keyboard reaches the list of changes in a few Tab presses (the drawings are passed over).
      let presses = 0;
      while (!(await change.evaluate((el) => el === document.activeElement))) {
        assert.ok(++presses <= 25, 'Tab did not reach the first change within 25 presses');
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      const focused = page.locator('[data-testid="canvas-candidate"] .react-flow__node[data-focused="true"]');
      await focused.waitFor();
      assert.equal(await focused.getAttribute('data-mark'), 'changed');
      assert.match((await focused.getAttribute('aria-label')) ?? '', /Job.*changed/);
      assert.equal(
        await page.getByTestId('review-focus-status').textContent(),
        'Centred on Conflict rule Job in both drawings.',
      );
      await page.locator('[data-testid="canvas-published"] .react-flow__node[data-focused="true"]').waitFor();
      // Marked cards are outlined, docked rules and scopes too (Job's rule changed, Job.notes' removed).
      const candidateDocked = await assertMarksDrawn(page.getByTestId('canvas-candidate'), 'candidate');
      assert.ok(candidateDocked > 0, 'the candidate drawing has a marked docked card');
      const publishedDocked = await assertMarksDrawn(page.getByTestId('canvas-published'), 'published');
      assert.ok(publishedDocked > 0, 'the published drawing has a marked docked card');
      await page.screenshot({ path: join(artifactsDir, 'console-review.png'), fullPage: true });
      await assertNoSeriousViolations(page, 'review page');

      // Overlaid: one drawing, the candidate with what it no longer has ghosted; the arrow keys switch.
      await page.getByTestId('review-view-side-by-side').focus();
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.getByTestId('review-view-overlaid').isChecked(), true);
      const overlay = page.getByTestId('canvas-overlay');
      await overlay.locator('.react-flow__node').first().waitFor();
      assert.equal(await page.getByTestId('canvas-candidate').count(), 0);
      await page.getByTestId('review-legend').getByText('removed (ghosted)').waitFor();
      const ghost = overlay.locator('.react-flow__node[data-mark="removed"]');
      await ghost.first().waitFor();
      assert.match((await ghost.first().getAttribute('aria-label')) ?? '', /removed/);
      await change.focus();
      await page.keyboard.press('Enter');
      const centred = overlay.locator('.react-flow__node[data-focused="true"]');
      await centred.waitFor();
      assert.equal(await centred.getAttribute('data-mark'), 'changed');
      assert.equal(
        await page.getByTestId('review-focus-status').textContent(),
        'Centred on Conflict rule Job in the overlaid drawing.',
      );
      // The removed field is back in the Job card, struck through and ghosted, and named so.
      const removedField = overlay.locator('[data-testid="node-entity-Job"] [data-field-mark="removed"]');
      assert.equal(await removedField.locator('.sc-node__field-name').textContent(), 'title');
      assert.match(
        await removedField
          .locator('.sc-node__field-name')
          .evaluate((el) => getComputedStyle(el).textDecorationLine),
        /line-through/,
      );
      assert.match(
        (await overlay
          .locator('.react-flow__node:has([data-testid="node-entity-Job"])')
          .getAttribute('aria-label')) ?? '',
        /field title removed/,
      );
      const overlayDocked = await assertMarksDrawn(overlay, 'overlaid');
      assert.ok(overlayDocked > 0, 'the overlaid drawing has a marked docked card');
      await page.screenshot({ path: join(artifactsDir, 'console-review-overlaid.png'), fullPage: true });
      await assertNoSeriousViolations(page, 'review page, overlaid');
      await page.getByTestId('review-view-side-by-side').check();
      await page.locator('[data-testid="canvas-candidate"] .react-flow__node').first().waitFor();

      // Four eyes: the admin saved this version, so the server refuses the admin's approval.
      await page.getByTestId('decision-approve').click();
      await page
        .getByTestId('action-refused')
        .getByText('you cannot approve it yourself', { exact: false })
        .waitFor();
      // A rejection needs a reason: the console says so before sending anything.
      await page.getByTestId('decision-reject').click();
      await page.getByTestId('decision-reason-missing').waitFor();

      await page.getByTestId('comment-body').fill('Why does the whole job follow the latest edit now?');
      await page.getByTestId('comment-add').click();
      await page.getByTestId('review-comments').getByText('Why does the whole job follow').waitFor();

      // The second reviewer uses dev sign-in: the local server offers its dev users, no token pasted.
      await page.getByTestId('sign-out').click();
      await page.getByTestId('signin-dev-dev-reviewer').click();
      await page.getByTestId('console-user').getByText('dev-reviewer').waitFor();
      await page.getByTestId('decision-note').fill('Job edits: the latest one wins, agreed with dispatch.');
      await page.getByTestId('decision-approve').click();
      await page.getByTestId('action-done').getByText('Approved').waitFor();
      await page.getByTestId('decision-publish').click();
      await page.getByTestId('action-done').getByText('Published').waitFor();

      // Roll back to 1.0.0 from the app's page: an earlier approved version published again.
      await page.getByRole('link', { name: 'field-service' }).first().click();
      await page.getByTestId(`rollback-${first.hash}`).click();
      await page.getByTestId('action-done').getByText('Rolled back: 1.0.0 is published again').waitFor();

      await page.getByTestId('nav-audit').click();
      await page.getByTestId('audit-intact').waitFor();
      for (const action of [
        'version.create',
        'version.submit',
        'version.comment',
        'version.approve',
        'version.publish',
        'app.rollback',
      ])
        await page.getByTestId(`audit-row-${action}`).first().waitFor();
      await page.getByTestId('audit-filter-action').selectOption('version.publish');
      await page.getByTestId('audit-apply').click();
      await page.getByTestId('audit-status').getByText('2 entries of action version.publish').waitFor();
      await assertNoSeriousViolations(page, 'audit log');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('audit-export-ndjson').click(),
      ]);
      assert.match(download.suggestedFilename(), /^syncraft-audit-all-\d{4}-\d{2}-\d{2}\.ndjson$/);
      const path = await download.path();
      const lines = readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { action: string });
      assert.deepEqual(
        lines.map((l) => l.action),
        ['version.publish', 'version.publish'],
      );
      await page.screenshot({ path: join(artifactsDir, 'console-audit.png'), fullPage: true });
      assert.deepEqual(pageErrors, [], 'uncaught errors in the page');
      assert.deepEqual(refused, [], 'the page tried to reach the network');
    } catch (error) {
      await page
        .screenshot({ path: join(artifactsDir, 'failed-console.png'), fullPage: true })
        .catch(() => {});
      throw error;
    } finally {
      await served.close();
      await server.close();
    }
  },
};
