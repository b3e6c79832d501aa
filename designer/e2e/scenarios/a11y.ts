import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openTemplate, startBlank, waitForDesigner } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

/**
 * Runs axe with its standard rule set (WCAG 2 A/AA and best practices; experimental rules stay off)
 * and fails on any serious or critical violation, listing them.
 */
export async function assertNoSeriousViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
  assert.equal(serious.length, 0, `${screen}: axe found serious violations:\n${report}`);
}

/** The main screens pass axe with no serious or critical violation. */
export const screensAreAccessible: Scenario = {
  name: 'the main screens have no serious accessibility violations',
  timeoutMs: 120_000,
  async run({ page, url }) {
    await page.goto(url);
    await waitForDesigner(page);
    await page.getByTestId('template-gallery').waitFor();
    await assertNoSeriousViolations(page, 'template gallery');
    await page.getByTestId('template-blank').click();
    await page.getByTestId('template-gallery').waitFor({ state: 'hidden' });
    await assertNoSeriousViolations(page, 'blank canvas');
    await openTemplate(page, 'field-service');
    await page.locator('.react-flow__node').first().waitFor();
    await assertNoSeriousViolations(page, 'field-service canvas');
    await page.getByTestId('view-split').click();
    await page.locator('.monaco-editor .view-line').first().waitFor({ timeout: 45_000 });
    await assertNoSeriousViolations(page, 'split view with the JSON editor');
  },
};

/** Describes the focused element for a failure message. */
const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'nothing';
    const label =
      el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? el.textContent?.slice(0, 30);
    return `<${el.tagName.toLowerCase()}> ${label ?? ''}`;
  });

/** Tab alone reaches the inspector and walks through every one of its controls. */
export const inspectorIsKeyboardReachable: Scenario = {
  name: 'the inspector is reachable and walkable with the Tab key',
  async run({ page, url }) {
    await startBlank(page, url);
    const inInspector = () =>
      page.evaluate(() => Boolean(document.activeElement?.closest('.sc-app__inspector')));
    let presses = 0;
    while (!(await inInspector())) {
      assert.ok(presses < 200, `Tab never reached the inspector; focus is on ${await describeFocus(page)}`);
      await page.keyboard.press('Tab');
      presses++;
    }
    const tabbable = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll<HTMLElement>(
            '.sc-app__inspector :is(input, select, textarea, button, [tabindex]):not([tabindex="-1"]):not([disabled])',
          ),
        ].filter(
          (el) => el.offsetParent !== null && !(el instanceof HTMLInputElement && el.type === 'hidden'),
        ).length,
    );
    const visited = new Set<string>();
    while (await inInspector()) {
      visited.add(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return `${el.tagName}|${el.id}|${el.getAttribute('aria-label') ?? ''}|${el.getAttribute('name') ?? ''}|${[...el.parentElement!.children].indexOf(el)}|${el.closest('[id]')?.id ?? ''}|${el.getBoundingClientRect().top}`;
        }),
      );
      assert.ok(visited.size <= tabbable + 1, 'focus is trapped in the inspector');
      await page.keyboard.press('Tab');
    }
    assert.ok(tabbable > 0, 'the inspector has no controls');
    assert.equal(
      visited.size,
      tabbable,
      `Tab visited ${visited.size} of the inspector's ${tabbable} controls`,
    );
  },
};
