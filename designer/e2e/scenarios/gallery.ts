import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { check } from '@syncraft/runtime/spec';
import { measureCanvas } from '../harness/canvas-geometry';
import { openTemplate, startBlank } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

/**
 * Every template opens from the gallery, shows its name, compiles without errors, and is drawn with
 * no edge across a card and no cards overlapping (figures printed).
 */
export const everyTemplateOpens: Scenario = {
  name: 'every template opens from the gallery without errors',
  timeoutMs: 120_000,
  async run({ page, url, screenshot }) {
    await startBlank(page, url);
    const ids = readdirSync(templatesDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    assert.ok(ids.length > 0, 'no templates found');
    const drawnFigures: Record<string, { edges: number; curves: number; edgeCardCrossings: number }> = {};
    for (const id of ids) {
      const spec = JSON.parse(readFileSync(`${templatesDir}${id}.json`, 'utf8'));
      assert.equal(
        check(spec).diagnostics.filter((d) => d.severity === 'error').length,
        0,
        `${id} has errors`,
      );
      // Back to Blank first, which has errors: the count then changing to none proves the template
      // itself was compiled, not a stale count.
      await openTemplate(page, 'blank');
      await page
        .getByTestId('problems-count')
        .getByText(/^[1-9]\d* errors?/)
        .waitFor();
      await page.getByTestId('open-gallery').click();
      const gallery = page.getByTestId('template-gallery');
      await gallery.waitFor();
      if (id === ids[0]) await screenshot('gallery');
      await page.getByTestId(`template-${id}`).click();
      await gallery.waitFor({ state: 'hidden' });
      await page.getByTestId('app-name').filter({ hasText: spec.app.name }).waitFor();
      await page.locator('.react-flow__node').first().waitFor();
      await page
        .getByTestId('problems-count')
        .getByText(/^(none|0 errors)/)
        .waitFor();
      if (id === 'field-service') await screenshot('template-field-service');
      // As drawn in the browser (measured card sizes), Arrange's routes keep every edge off the cards.
      await page.waitForTimeout(300);
      const drawn = await measureCanvas(page);
      // Edges still drawn as curves: a route whose ends no longer fit, or none (a state's loop to itself).
      const curves = await page.locator('.react-flow__edge-path[d*=" C"]').count();
      drawnFigures[id] = { edges: drawn.edges, curves, edgeCardCrossings: drawn.edgeCardCrossings };
      assert.equal(drawn.edgeCardCrossings, 0, `${id}: edges cross cards: ${drawn.crossings.join(', ')}`);
      assert.equal(drawn.cardOverlaps, 0, `${id}: cards overlap`);
    }
    console.log(JSON.stringify({ scenario: 'templates-drawn', templates: drawnFigures }));
  },
};
