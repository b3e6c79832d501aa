import assert from 'node:assert/strict';
import { signDevToken } from '@syncraft/server';
import type { Page } from 'playwright-core';
import { waitForDesigner } from '../harness/designer';
import type { Scenario } from '../harness/scenario';
import { onServer } from '../harness/served';

/** Opens the console link of the publish dialog; resolves with the new tab it opened. */
async function openConsoleTab(page: Page): Promise<Page> {
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByTestId('publish-console-link').click(),
  ]);
  await tab.waitForLoadState('domcontentloaded');
  return tab;
}

/**
 * Sign-in is shared by the tabs of one origin: signed in in the designer, the console link opens a
 * new tab that is signed in as the same person without asking; signing out in either tab signs out
 * the other; a token that has expired is never handed on, so a new tab asks to sign in.
 */
export const signInAcrossTabs: Scenario = {
  name: 'sign-in across tabs: the console link’s new tab is signed in, signing out signs out both',
  timeoutMs: 120_000,
  async run({ context: scenario }) {
    await onServer(scenario, { devTokens: true }, async ({ server, page }) => {
      await page.goto(server.url);
      await waitForDesigner(page);
      await page.getByTestId('template-field-service').click();
      await page.getByTestId('template-gallery').waitFor({ state: 'hidden' });
      await page.getByTestId('open-publish').click();
      await page.getByTestId('signin-dev-dev-builder').click();
      await page.getByTestId('publish-signed-in').getByText('dev-builder').waitFor();
      await page.getByTestId('publish-save').click();
      await page.getByTestId('publish-standing').getByText('Draft', { exact: false }).waitFor();
      await page.getByTestId('publish-submit').click();

      // The link opens the console in a new tab (no copy of this tab's session): it is signed in.
      const tab = await openConsoleTab(page);
      await tab.getByTestId('console-user').getByText('dev-builder').waitFor();
      await tab.getByTestId('review-page').waitFor();
      assert.equal(await tab.getByTestId('signin-token').count(), 0);
      // Never on disk: nothing of the token in either tab's localStorage.
      for (const p of [page, tab])
        assert.equal(await p.evaluate(() => localStorage.getItem('syncraft.registry.token')), null);

      // Signing out in the console signs out the designer.
      await tab.getByTestId('sign-out').click();
      await tab.getByTestId('signin-token').waitFor();
      await page.getByTestId('publish-sign-in').waitFor();
      assert.equal(await page.getByTestId('publish-token').inputValue(), '');
      assert.equal(await page.evaluate(() => sessionStorage.getItem('syncraft.registry.token')), null);

      // Signed in again in the designer, the console tab finds it when it is opened again; signing
      // out in the designer signs out the console.
      await page.getByTestId('signin-dev-dev-admin').click();
      await page.getByTestId('publish-signed-in').getByText('dev-admin').waitFor();
      await tab.reload();
      await tab.getByTestId('console-user').getByText('dev-admin').waitFor();
      await page.getByTestId('publish-sign-out').click();
      await tab.getByTestId('signin-token').waitFor();
      assert.equal(await tab.evaluate(() => sessionStorage.getItem('syncraft.registry.token')), null);
      await tab.close();

      // An expired token is not handed on: the new tab asks to sign in.
      const expired = await signDevToken(server.secret, {
        sub: 'dev-builder',
        roles: ['builder'],
        expiresIn: '1h ago',
      });
      await page.evaluate((t) => sessionStorage.setItem('syncraft.registry.token', t), expired);
      const late = await page.context().newPage();
      await late.goto(`${server.url}/console/`);
      await late.getByTestId('signin-token').waitFor();
      assert.equal(await late.getByTestId('console-user').count(), 0);
      await late.close();
    });
  },
};
