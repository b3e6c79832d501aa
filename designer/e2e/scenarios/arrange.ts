import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { distDir } from '../harness/build';
import { measureCanvas } from '../harness/canvas-geometry';
import { openTemplate, startBlank } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

/** Where a card's wrapper is drawn, in flow coordinates. */
async function cardAt(page: Page, testId: string): Promise<string> {
  return page
    .getByTestId(testId)
    .evaluate((el) => (el.closest('.react-flow__node') as HTMLElement).style.transform);
}

/**
 * "Arrange" in the top bar lays a messed-up drawing out again in one undo step: the cards go back to
 * the places the template opened with, Undo puts the mess back, Redo arranges again.
 */
export const arrangeLaysOutInOneStep: Scenario = {
  name: 'Arrange lays the drawing out again as one undo step',
  async run({ page, url, screenshot }) {
    await startBlank(page, url);
    await openTemplate(page, 'field-service');
    const job = 'node-entity-Job';
    const site = 'node-entity-Site';
    await page.waitForTimeout(300);
    const opened = { job: await cardAt(page, job), site: await cardAt(page, site) };
    const fresh = await measureCanvas(page);

    // Two drags: Job and Site thrown on top of other cards.
    for (const [id, dx, dy] of [
      [job, -160, 140],
      [site, -260, -120],
    ] as const) {
      const box = await page.getByTestId(id).locator('.sc-node__head').boundingBox();
      assert.ok(box, `${id} is not visible`);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy, { steps: 8 });
      await page.mouse.up();
    }
    const messed = { job: await cardAt(page, job), site: await cardAt(page, site) };
    assert.notEqual(messed.job, opened.job);
    const before = await measureCanvas(page);

    await page.getByTestId('arrange').click();
    await page.waitForFunction(
      ([id, at]) =>
        (document.querySelector(`[data-testid="${id}"]`)?.closest('.react-flow__node') as HTMLElement | null)
          ?.style.transform === at,
      [job, opened.job] as const,
    );
    assert.equal(await cardAt(page, site), opened.site);
    await page.waitForTimeout(300);
    const after = await measureCanvas(page);
    await screenshot('designer-arranged');
    console.log(
      JSON.stringify({
        scenario: 'arrange',
        template: 'field-service',
        messedUp: { edgeCardCrossings: before.edgeCardCrossings, cardOverlaps: before.cardOverlaps },
        arranged: { edgeCardCrossings: after.edgeCardCrossings, cardOverlaps: after.cardOverlaps },
      }),
    );
    assert.equal(after.cardOverlaps, 0, 'arranged cards overlap');
    assert.ok(after.edgeCardCrossings <= fresh.edgeCardCrossings);

    // One undo step: the two drags are back; one more undo takes back the first drag only.
    await page.getByTestId('undo').click();
    assert.equal(await cardAt(page, job), messed.job);
    assert.equal(await cardAt(page, site), messed.site);
    await page.getByTestId('redo').click();
    assert.equal(await cardAt(page, job), opened.job);
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    assert.equal(await cardAt(page, site), opened.site);
    assert.equal(await cardAt(page, job), messed.job);
  },
};

/** The file name of elkjs's worker build in `dist/assets` (the large one; a tiny chunk shares its name). */
function elkWorkerFile(): string {
  const files = readdirSync(join(distDir, 'assets')).filter((f) => /^elk-worker\.min-[\w-]+\.js$/.test(f));
  const file = files.sort(
    (a, b) => statSync(join(distDir, 'assets', b)).size - statSync(join(distDir, 'assets', a)).size,
  )[0];
  assert.ok(file, 'the build has no ELK worker file');
  return file;
}

/**
 * A browser that cannot start the layout worker (its script refused on the way) still opens
 * templates and arranges: ELK runs on the page instead, and the button comes back from busy.
 */
export const arrangeWithoutWorker: Scenario = {
  name: 'Arrange lays out on the page when the layout worker cannot start',
  async run({ page, url }) {
    const worker = elkWorkerFile();
    let refused = 0;
    await page.route(`**/assets/${worker}`, (route) => {
      refused++;
      return route.abort('blockedbyclient');
    });
    await startBlank(page, url);
    await openTemplate(page, 'field-service');
    assert.ok(refused > 0, 'the worker script was never requested');
    const job = 'node-entity-Job';
    const opened = await cardAt(page, job);
    const box = await page.getByTestId(job).locator('.sc-node__head').boundingBox();
    assert.ok(box, 'Job is not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 160, box.y + box.height / 2 + 140, { steps: 8 });
    await page.mouse.up();
    assert.notEqual(await cardAt(page, job), opened);
    await page.getByTestId('arrange').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="arrange"]')?.getAttribute('aria-busy') === 'false',
    );
    assert.equal(await cardAt(page, job), opened);
    assert.equal(await page.getByTestId('arrange').textContent(), 'Arrange');
  },
};
