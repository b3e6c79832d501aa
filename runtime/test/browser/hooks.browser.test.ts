import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePage, launchChromium } from './chromium';

/**
 * The page's origin. Every request to it is answered from memory (nothing listens), and any other
 * is refused. `localhost` is a secure context, so WebCrypto and `crypto.randomUUID` work there.
 */
const ORIGIN = 'http://localhost:5199';

let browser: Browser;
let script: string;

beforeAll(async () => {
  script = await bundlePage(new URL('./page.tsx', import.meta.url), { jsx: true });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Loads the page and waits until its client is open. */
async function open(page: Page, search = ''): Promise<void> {
  await page.goto(`${ORIGIN}/${search}`);
  await page.waitForFunction(() => 'syncraft' in window || document.body.dataset.failed !== undefined);
  const failed = await page.evaluate(() => document.body.dataset.failed);
  expect(failed).toBeUndefined();
}

const text = (page: Page, id: string) => page.getByTestId(id).textContent();

describe('the React hooks in Chromium on real IndexedDB', { timeout: 60_000 }, () => {
  it('render loading, records, changes and errors, and find the records IndexedDB kept after a reload', async () => {
    const context = await browser.newContext();
    const refused: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) {
        refused.push(url.href);
        return route.abort('blockedbyclient');
      }
      if (url.pathname === '/page.js') {
        return route.fulfill({ contentType: 'text/javascript', body: script });
      }
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html><body><div id="root"></div><script type="module" src="/page.js"></script></body></html>',
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));

    await open(page);
    expect(
      await page.evaluate(() => (window as unknown as { syncraft: { database: string } }).syncraft.database),
    ).toBe('created');
    // The server's job arrives by sync into IndexedDB; the live query follows.
    await expect.poll(() => text(page, 'open')).toBe('Fix valve');
    expect(await page.getByTestId('open').getAttribute('data-status')).toBe('success');
    await expect.poll(() => text(page, 'done')).toBe('none');
    // A query no index answers reports the error instead of loading forever.
    await expect.poll(() => page.getByTestId('by-title').getAttribute('data-status')).toBe('error');
    expect(await text(page, 'by-title')).toContain('Job has no index for [title]');

    // Local writes show up in both live queries at once, and sync.
    await page.evaluate(async () => {
      const { syncraft } = window as unknown as {
        syncraft: {
          add(id: string, title: string, status?: string): Promise<unknown>;
          idle(): Promise<void>;
        };
      };
      await syncraft.add('job-2', 'Bleed radiator');
      await syncraft.add('job-3', 'Replace fuse', 'done');
      await syncraft.idle();
    });
    await expect.poll(() => text(page, 'open')).toBe('Bleed radiator, Fix valve');
    await expect.poll(() => text(page, 'done')).toBe('Replace fuse');
    await expect.poll(() => text(page, 'pending')).toBe('0');

    // Reopened without a server or sync: the records come from what IndexedDB kept.
    await open(page, '?offline');
    expect(
      await page.evaluate(() => (window as unknown as { syncraft: { database: string } }).syncraft.database),
    ).toBe('unchanged');
    await expect.poll(() => text(page, 'open')).toBe('Bleed radiator, Fix valve');
    await expect.poll(() => text(page, 'done')).toBe('Replace fuse');

    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });
});
