import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium; CI installs the same package. A browser is never downloaded. */
export const CHROMIUM_PATH = process.env.SYNCRAFT_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet, headless and off the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Launches the one browser a run uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
}

/**
 * A fresh context (own storage, own IndexedDB) at a 1280×800 viewport that refuses every request not
 * going to `origin`: the designer must work with no network at all. Refused URLs are collected.
 */
export async function isolatedContext(
  browser: Browser,
  origin: string,
): Promise<{ context: BrowserContext; refused: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const refused: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, refused };
}
