import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openTemplate, startBlank } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

/** Test ids of the cards drawn at full strength and of those dimmed. */
async function shown(page: Page): Promise<{ bright: string[]; dim: string[] }> {
  return page.evaluate(() => {
    const bright: string[] = [];
    const dim: string[] = [];
    for (const node of document.querySelectorAll('[data-testid="canvas"] .react-flow__node')) {
      const id = node.querySelector('[data-testid^="node-"]')?.getAttribute('data-testid') ?? '';
      (node.classList.contains('sc-dim') ? dim : bright).push(id);
    }
    return { bright, dim };
  });
}

/**
 * Focus mode, by keyboard: with Site selected, F shows Site and everything attached to it (its
 * docked rule, its lane, the roles that may read it, Job which refers to it) and dims the rest;
 * dimmed cards cannot be clicked; Escape shows everything again. The button does the same.
 */
export const focusModeShowsOneEntity: Scenario = {
  name: 'focus mode shows one entity with what is attached to it, from the keyboard, and Escape leaves it',
  async run({ page, url, screenshot }) {
    await startBlank(page, url);
    await openTemplate(page, 'field-service');
    await page.getByTestId('node-entity-Site').click();
    await page.getByTestId('focus-enter').getByText('Focus on Site (F)').waitFor();
    await page.keyboard.press('f');
    await page.getByTestId('focus-exit').waitFor();
    const focused = await shown(page);
    for (const id of [
      'node-entity-Site',
      'node-conflictRule-Site',
      'node-entity-Job',
      'node-role-dispatcher',
      'node-priority-normal',
    ])
      assert.ok(focused.bright.includes(id), `${id} is dimmed: ${focused.bright.join(', ')}`);
    for (const id of ['node-entity-Visit', 'node-conflictRule-Job.status', 'node-offlineState-online'])
      assert.ok(focused.dim.includes(id), `${id} is not dimmed`);
    assert.ok(focused.dim.length > focused.bright.length, 'most of the drawing should be dimmed');
    // Edges not touching Site are dimmed as well; its own are not.
    const edges = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="canvas"] .react-flow__edge')].map((e) =>
        e.classList.contains('sc-dim'),
      ),
    );
    assert.ok(edges.some((d) => !d) && edges.some((d) => d));
    await screenshot('designer-focus-mode');

    // A dimmed card does not take a click (it lands on the background): Visit is not selected and
    // focus mode stays.
    const visit = await page.getByTestId('node-entity-Visit').boundingBox();
    assert.ok(visit);
    await page.mouse.click(visit.x + visit.width / 2, visit.y + 8);
    assert.equal(
      await page.locator('.react-flow__node.selected [data-testid="node-entity-Visit"]').count(),
      0,
    );
    await page.getByTestId('focus-exit').waitFor();

    // Escape leaves focus mode; nothing is dimmed any more.
    await page.keyboard.press('Escape');
    await page.getByTestId('focus-exit').waitFor({ state: 'detached' });
    assert.equal((await shown(page)).dim.length, 0);

    // From a docked rule, the button focuses its entity; Escape again leaves.
    await page.getByTestId('node-conflictRule-Job.status').click();
    await page.getByTestId('focus-enter').getByText('Focus on Job (F)').click();
    await page.getByTestId('focus-exit').waitFor();
    assert.ok((await shown(page)).bright.includes('node-scope-Job'));
    await page.getByTestId('focus-exit').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('focus-exit').waitFor({ state: 'detached' });
    assert.equal((await shown(page)).dim.length, 0);
  },
};
