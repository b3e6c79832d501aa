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

/** Opens the gallery from the top bar, picks a template by id (e.g. `field-service`) and waits for it. */
export async function openTemplate(page: Page, id: string): Promise<void> {
  await page.getByTestId('open-gallery').click();
  const card = page.getByTestId(`template-${id}`);
  const name = id === 'blank' ? undefined : await card.locator('.sc-gallery__name').textContent();
  await card.click();
  await page.getByTestId('template-gallery').waitFor({ state: 'hidden' });
  // Over a drawing with entities the designer asks first (the gallery closes as the question opens,
  // in one render): a scenario that opens a template means it.
  if ((await page.locator('.sc-app[data-replacing]').count()) > 0)
    await page.getByTestId('replace-work-confirm').click();
  // A template is laid out before it replaces the drawing: wait until it has.
  if (name) await page.getByTestId('app-name').filter({ hasText: name }).waitFor();
}

/** The canvas node with the given test id (`node-<kind>-<name>`). */
export const node = (page: Page, testId: string) => page.getByTestId(testId);

/**
 * Draws an edge by dragging from one handle to another with the mouse, as a person would.
 * `from` and `to` are CSS selectors of React Flow handles.
 */
export async function connect(page: Page, from: string, to: string): Promise<void> {
  const source = await page.locator(from).boundingBox();
  const target = await page.locator(to).boundingBox();
  if (!source || !target) throw new Error(`cannot connect ${from} → ${to}: a handle is not visible`);
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Adds a node of a kind from the palette (click-to-add) and returns nothing; the new node is selected. */
export async function addFromPalette(page: Page, kind: string): Promise<void> {
  await page.getByTestId(`palette-${kind}`).click();
}

/** The text of the problems count, e.g. `none` or `1 error, 0 warnings`. */
export async function problemsCount(page: Page): Promise<string> {
  return (await page.getByTestId('problems-count').textContent()) ?? '';
}
