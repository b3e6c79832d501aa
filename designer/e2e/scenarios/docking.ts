import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { measureCanvas } from '../harness/canvas-geometry';
import { openTemplate, startBlank } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

/** The flow-coordinate box of a card's wrapper. */
async function box(page: Page, testId: string) {
  return page.getByTestId(testId).evaluate((el) => {
    const node = el.closest('.react-flow__node') as HTMLElement;
    const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(node.style.transform);
    return {
      x: Number(m?.[1]),
      y: Number(m?.[2]),
      width: node.offsetWidth,
      height: node.offsetHeight,
      docked: node.classList.contains('react-flow__node-docked'),
    };
  });
}

/**
 * Field service opens with every conflict rule and scope docked under its entity: no rule or scope
 * edge is drawn, no edge runs through a card and no label hides under one (figures printed). A
 * docked rule is still a card: it is selected and edited in the inspector, dragging it moves its
 * entity, Delete removes it and Undo brings it back.
 */
export const rulesDockUnderEntities: Scenario = {
  name: 'field service opens with rules and scopes docked under their entities, still selectable, editable and deletable',
  async run({ page, url, screenshot }) {
    await startBlank(page, url);
    await openTemplate(page, 'field-service');
    await page.waitForTimeout(300);
    const docked = await page
      .locator('[data-testid^="node-conflictRule-"], [data-testid^="node-scope-"]')
      .all();
    assert.ok(docked.length >= 10, `only ${docked.length} rules and scopes`);
    for (const [entity, parts] of [
      ['Job', ['node-conflictRule-Job', 'node-conflictRule-Job.status', 'node-conflictRule-Job.completedAt']],
      ['Visit', ['node-conflictRule-Visit', 'node-scope-Visit']],
      ['Site', ['node-conflictRule-Site']],
    ] as const) {
      const host = await box(page, `node-entity-${entity}`);
      let below = host.y + host.height;
      for (const part of parts) {
        const b = await box(page, part);
        assert.ok(b.docked, `${part} is not docked`);
        assert.ok(b.x >= host.x && b.x + b.width <= host.x + host.width, `${part} is not under ${entity}`);
        assert.ok(
          b.y >= below && b.y - below < 40,
          `${part} does not hang under ${entity} (${b.y} vs ${below})`,
        );
        below = b.y + b.height;
      }
    }
    // Job's scope comes last, under its five field rules.
    const jobScope = await box(page, 'node-scope-Job');
    const partsUsed = await box(page, 'node-conflictRule-Job.partsUsed');
    assert.ok(jobScope.docked && jobScope.y > partsUsed.y && jobScope.y - partsUsed.y < 40);
    const drawn = await page.evaluate(
      () =>
        document.querySelectorAll('[data-testid^="rf__edge-rule-"], [data-testid^="rf__edge-scope-"]').length,
    );
    assert.equal(drawn, 0, 'rule or scope edges are still drawn');
    const geometry = await measureCanvas(page);
    console.log(
      JSON.stringify({
        scenario: 'docking',
        template: 'field-service',
        cards: geometry.cards,
        edges: geometry.edges,
        edgeCardCrossings: geometry.edgeCardCrossings,
        labels: geometry.labels,
        labelsUnderCards: geometry.labelsUnderCards,
        cardOverlaps: geometry.cardOverlaps,
      }),
    );
    assert.equal(geometry.cardOverlaps, 0, 'cards overlap');
    assert.equal(geometry.labelsUnderCards, 0, 'an edge label is hidden under a card');
    assert.ok(
      geometry.crossings.every((c) => !/^(rule|scope)-/.test(c)),
      `a rule or scope edge crosses a card: ${geometry.crossings.join(', ')}`,
    );
    // No card title and no docked row's name is cut short.
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.sc-node__title, .sc-docked__label')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent),
    );
    assert.deepEqual(cut, [], `titles cut short: ${cut.join(', ')}`);
    await screenshot('designer-docked-field-service');

    // Select and edit the status rule in the inspector.
    const status = page.getByTestId('node-conflictRule-Job.status');
    await status.click();
    const inspector = page.getByTestId('inspector');
    await inspector.getByLabel('Strategy').selectOption('last-writer-wins');
    await status.getByText('last writer wins').waitFor();

    // Dragging the docked rule moves Job, with everything docked under it.
    const job = await box(page, 'node-entity-Job');
    const grip = await status.boundingBox();
    assert.ok(grip);
    await page.mouse.move(grip.x + 20, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + 80, grip.y + grip.height / 2 + 30, { steps: 6 });
    await page.mouse.up();
    const moved = await box(page, 'node-entity-Job');
    assert.ok(moved.x !== job.x || moved.y !== job.y, 'Job did not move');
    const after = await box(page, 'node-conflictRule-Job.status');
    assert.ok(after.y > moved.y + moved.height, 'the rule did not follow its entity');

    // Delete removes it (and its attachment); Undo brings it back, docked again.
    await status.click();
    await page.keyboard.press('Delete');
    await status.waitFor({ state: 'detached' });
    await page.getByTestId('undo').click();
    await status.waitFor();
    assert.equal((await box(page, 'node-conflictRule-Job.status')).docked, true);
  },
};
