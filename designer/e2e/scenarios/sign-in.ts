import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { isolatedContext } from '../harness/browser';
import { waitForDesigner } from '../harness/designer';
import type { Scenario } from '../harness/scenario';
import { startSyncraftServer } from '../harness/syncraft-server';

/** Opens the designer of a running server on the field-service template and opens Publish. */
async function openPublish(browser: Browser, url: string) {
  const { context, refused } = await isolatedContext(browser, url);
  const page = await context.newPage();
  await page.goto(url);
  await waitForDesigner(page);
  await page.getByTestId('template-field-service').click();
  await page.getByTestId('template-gallery').waitFor({ state: 'hidden' });
  await page.getByTestId('open-publish').click();
  return { context, refused, page };
}

/**
 * Signing in to send for review, as a person does it. On a local server with dev tokens: choose a dev
 * builder (no token to find or paste), save a draft with it, find the console signed in as the same
 * user in the same tab, sign out there, and the designer asks again. On an organisation's server: no
 * dev sign-in (and a forged one is refused 404), the identity provider's page and instructions shown.
 */
export const signInForReview: Scenario = {
  name: 'sign-in: a dev user locally, shared with the console; the identity provider’s page elsewhere',
  timeoutMs: 120_000,
  async run({ context: given }) {
    const browser = given.browser();
    assert.ok(browser, 'the scenario context has no browser');
    const local = await startSyncraftServer(undefined, { devTokens: true });
    try {
      const { context, refused, page } = await openPublish(browser, local.url);
      const signIn = page.getByTestId('publish-sign-in');
      await signIn.getByTestId('signin-dev-dev-builder').waitFor();
      assert.equal(await signIn.getByTestId('signin-dev-dev-technician').count(), 0);
      await signIn.getByText('Where the token comes from').waitFor();
      await page.getByTestId('signin-dev-dev-builder').click();
      await page.getByTestId('publish-signed-in').getByText('dev-builder').waitFor();
      await page.getByTestId('publish-save').click();
      await page.getByTestId('publish-standing').getByText('Draft', { exact: false }).waitFor();

      // The console in the same tab is signed in as the same person; signing out there signs out here.
      await page.goto(`${local.url}/console/`);
      await page.getByTestId('console-user').getByText('dev-builder').waitFor();
      await page.getByTestId('sign-out').click();
      await page.getByTestId('signin-token').waitFor();
      await page.goto(local.url);
      await waitForDesigner(page);
      await page.getByTestId('open-publish').click();
      await page.getByTestId('publish-sign-in').waitFor();
      assert.equal(await page.getByTestId('publish-token').inputValue(), '');

      // Sign out from the designer: the token is gone from the tab.
      await page.getByTestId('signin-dev-dev-admin').click();
      await page.getByTestId('publish-signed-in').getByText('dev-admin').waitFor();
      await page.getByTestId('publish-sign-out').click();
      await page.getByTestId('publish-sign-in').waitFor();
      assert.equal(await page.evaluate(() => sessionStorage.length), 0);
      assert.deepEqual(refused, [], 'the page tried to reach the network');
      await context.close();
    } finally {
      await local.close();
    }

    const organisation = await startSyncraftServer(undefined, {
      signIn: {
        url: 'https://login.example.com/syncraft/token',
        help: 'Choose “Syncraft”, then Copy access token.',
      },
    });
    try {
      const { context, page } = await openPublish(browser, organisation.url);
      const link = page.getByTestId('signin-token-url');
      assert.equal(await link.getAttribute('href'), 'https://login.example.com/syncraft/token');
      await page.getByTestId('signin-help').getByText('Choose “Syncraft”, then Copy access token.').waitFor();
      assert.equal(await page.getByTestId('signin-dev').count(), 0);
      // The forged request a page could make: dev sign-in on a server without dev tokens.
      const forged = await page.evaluate(async () => {
        const r = await fetch('/api/dev/sign-in', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ sub: 'dev-admin' }),
        });
        return { status: r.status, body: (await r.json()) as { token?: string } };
      });
      assert.equal(forged.status, 404);
      assert.equal(forged.body.token, undefined);
      await context.close();
    } finally {
      await organisation.close();
    }
  },
};
