import assert from 'node:assert/strict';
import { createRegistryClient, type RegistryResult } from '@syncraft/runtime/registry';
import { signDevToken } from '@syncraft/server';
import type { Page } from 'playwright-core';
import { waitForDesigner } from '../harness/designer';
import type { Scenario } from '../harness/scenario';
import { onServer } from '../harness/served';

function ok<T>(result: RegistryResult<T>, what: string): T {
  assert.ok(result.ok, `${what}: ${JSON.stringify(result.ok ? '' : result.failure)}`);
  return result.value;
}

/** Clicks "Refresh state" and waits until the dialog says `text`. */
async function refreshUntil(page: Page, text: string) {
  await page.getByTestId('publish-refresh').click();
  await page.getByTestId('publish-standing').getByText(text, { exact: true }).waitFor();
}

/**
 * The publish dialog says where the version stands at every step, against the real server: draft,
 * submitted, approved, published (never "approved" beside "published"), rejected with the reason,
 * and rolled back once a reviewer returns devices to the first version. The first version's review
 * shows the whole spec as added, risk-rated.
 */
export const publishDialogSaysWhereItStands: Scenario = {
  name: 'the publish dialog says where a version stands, and a first version’s review lists all of it',
  timeoutMs: 120_000,
  async run({ context }) {
    await onServer(context, {}, async ({ server, page }) => {
      const builder = await signDevToken(server.secret, { sub: 'dev-builder', roles: ['builder'] });
      const reviewerToken = await signDevToken(server.secret, { sub: 'dev-reviewer', roles: ['reviewer'] });
      const reviewer = createRegistryClient({ baseUrl: `${server.url}/api`, token: () => reviewerToken });
      await page.goto(server.url);
      await waitForDesigner(page);
      await page.getByTestId('template-field-service').click();
      await page.getByTestId('template-gallery').waitFor({ state: 'hidden' });
      await page.getByTestId('node-entity-Job').waitFor();

      await page.getByTestId('open-publish').click();
      await page.getByTestId('publish-token').fill(builder);
      await page.getByTestId('publish-save').click();
      const standing = page.getByTestId('publish-standing');
      await standing.getByText('Draft — saved, not yet submitted for review').waitFor();
      await page.getByTestId('publish-submit').click();
      await standing.getByText('Submitted — waiting for a reviewer').waitFor();

      // Nothing is published: the review lists the whole spec as added, by risk.
      await page.getByTestId('publish-review').click();
      const diff = page.getByTestId('publish-diff');
      await diff.getByText('First version: nothing is published yet, so all of it is new').waitFor();
      await diff.getByText('Entity Job added', { exact: false }).waitFor();
      await diff.getByText('Job.status added', { exact: false }).waitFor();
      assert.ok((await diff.locator('.sc-publish__risk--high').count()) > 0, 'no high-risk item listed');
      assert.equal(await diff.getByText('breaking', { exact: true }).count(), 0);

      const first = await page.getByTestId('publish-version').locator('code').getAttribute('title');
      assert.ok(first, 'the dialog shows no hash');
      ok(await reviewer.approve('field-service', first), 'approve');
      await refreshUntil(page, 'Approved — waiting for a reviewer to publish it');
      ok(await reviewer.publish('field-service', first), 'publish');
      await refreshUntil(page, 'Published — devices get this version now');
      assert.doesNotMatch((await standing.textContent()) ?? '', /Approved/);

      // A second version: rejected with a reason, submitted again, published, then rolled back.
      await page.getByTestId('publish-dialog').getByRole('button', { name: 'Close' }).click();
      await page.getByTestId('publish-dialog').waitFor({ state: 'hidden' });
      await page.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
      await page.getByTestId('inspector').getByLabel('Version').fill('1.1.0');
      await page.getByTestId('open-publish').click();
      await page.getByTestId('publish-save').click();
      await page.getByTestId('publish-version').getByText('1.1.0').waitFor();
      await standing.getByText('Draft — saved, not yet submitted for review').waitFor();
      await page.getByTestId('publish-submit').click();
      await standing.getByText('Submitted — waiting for a reviewer').waitFor();
      const second = await page.getByTestId('publish-version').locator('code').getAttribute('title');
      assert.ok(second && second !== first, 'the second version has no hash of its own');
      ok(await reviewer.reject('field-service', second, 'Say why the version changed.'), 'reject');
      await refreshUntil(page, 'Rejected — change it and submit it again');
      await page.getByTestId('publish-version').getByText('Say why the version changed.').waitFor();
      await page.getByTestId('publish-submit').click();
      await standing.getByText('Submitted — waiting for a reviewer').waitFor();
      ok(await reviewer.approve('field-service', second), 'approve again');
      ok(await reviewer.publish('field-service', second), 'publish the second');
      await refreshUntil(page, 'Published — devices get this version now');
      ok(await reviewer.rollback('field-service', first), 'roll back');
      await refreshUntil(page, 'Rolled back — devices went back to an earlier version');
    });
  },
};
