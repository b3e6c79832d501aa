import type { Page } from 'playwright-core';

/** Waits until the designer has finished restoring from IndexedDB. */
export async function waitForDesigner(page: Page): Promise<void> {
  await page.locator('[data-restore="ready"]').waitFor();
}

/** First visit: the gallery opens by itself; start from the blank document. */
export async function startBlank(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForDesigner(page);
  await page.getByTestId('template-blank').click();
  await page.getByTestId('template-gallery').waitFor({ state: 'hidden' });
}

/** Opens the gallery from the top bar and picks a template by id (e.g. `field-service`). */
export async function openTemplate(page: Page, id: string): Promise<void> {
  await page.getByTestId('open-gallery').click();
  await page.getByTestId(`template-${id}`).click();
  await page.getByTestId('template-gallery').waitFor({ state: 'hidden' });
}
