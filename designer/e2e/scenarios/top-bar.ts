import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startBlank, waitForDesigner } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

const templateFile = fileURLToPath(new URL('../../../templates/field-service.json', import.meta.url));

interface ControlBox {
  readonly name: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** The control's text is wider than the control shows. */
  readonly cut: boolean;
}

/** Every visible control of the top bar (and the bar's own box), as the page lays them out. */
async function topBarControls(page: Page): Promise<{ bar: ControlBox; controls: ControlBox[] }> {
  // A string: the TypeScript loader would wrap named inner functions in a helper the page lacks.
  return page.evaluate(`(() => {
    const box = (el, name) => {
      const r = el.getBoundingClientRect();
      const h = el;
      return {
        name,
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
        cut: h.scrollWidth > h.clientWidth + 1,
      };
    };
    const bar = document.querySelector('[data-testid="top-bar"]');
    if (!bar) throw new Error('no top bar');
    const controls = [
      ...bar.querySelectorAll(
        '.sc-topbar__logo, .sc-topbar__product, [data-testid="app-name"], button, [data-testid="save-status"]',
      ),
    ]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        // Invisible (the closed File menu's panel) or read out only (the compact bar's words).
        if (r.width <= 1 || r.height <= 1) return false;
        return getComputedStyle(el).visibility !== 'hidden' && el.closest('dialog') === null;
      })
      .map((el) => box(el, (el.getAttribute('data-testid') ?? el.textContent ?? '').trim()));
    return { bar: box(bar, 'bar'), controls };
  })()`);
}

/** Asserts that no two controls overlap and none sticks out of the bar or has its words cut. */
async function assertTidy(page: Page, width: number) {
  const { bar, controls } = await topBarControls(page);
  assert.ok(controls.length >= 8, `only ${controls.length} controls found`);
  for (const c of controls) {
    assert.ok(
      c.left >= bar.left && c.right <= bar.right + 0.5,
      `${c.name} sticks out of the bar at ${width} px`,
    );
    assert.ok(
      c.top >= bar.top && c.bottom <= bar.bottom + 0.5,
      `${c.name} is clipped vertically at ${width} px`,
    );
    assert.ok(!c.cut, `the words of ${c.name} are cut at ${width} px`);
  }
  // The logo and the product name sit together in one heading; the brand's parts are checked against the rest.
  controls.forEach((a, i) => {
    for (const b of controls.slice(i + 1)) {
      const overlaps =
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom && b.top < a.bottom;
      assert.ok(!overlaps, `${a.name} and ${b.name} overlap at ${width} px`);
    }
  });
  return controls.length;
}

/**
 * At 1024×768 the top bar's controls do not overlap and none is cut: the bar turns compact, with the
 * file actions in a File menu that opens, acts and closes with the keyboard too; at 1280 px every
 * control shows on the bar itself.
 */
export const topBarFitsNarrowWindows: Scenario = {
  name: 'at 1024×768 no two top-bar controls overlap and none is clipped; the file actions sit in a File menu',
  async run({ page, url, screenshot }) {
    await page.setViewportSize({ width: 1024, height: 768 });
    await startBlank(page, url);
    await page.locator('[data-testid="top-bar"][data-fit="compact"]').waitFor();
    const narrow = await assertTidy(page, 1024);

    // The File menu: Templates opens the gallery; a field-service app name then fits whole.
    await page.getByTestId('file-menu').click();
    await page.getByTestId('open-gallery').click();
    await page.getByTestId('template-field-service').click();
    await page.getByTestId('template-gallery').waitFor({ state: 'hidden' });
    await page.getByTestId('app-name').filter({ hasText: 'Field service jobs' }).waitFor();
    await assertTidy(page, 1024);
    await screenshot('designer-top-bar-1024');

    // Keyboard: the menu opens with Enter, Escape closes it and gives focus back to its button.
    const menu = page.getByTestId('file-menu');
    await menu.focus();
    await menu.press('Enter');
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await page.getByTestId('export-types').waitFor({ state: 'visible' });
    await page.getByTestId('export-types').focus();
    await page.keyboard.press('Escape');
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await menu.evaluate((el) => el === document.activeElement), true);
    await page.getByTestId('export-types').waitFor({ state: 'hidden' });

    // An action inside the menu keeps working after the menu closes: Import's file picker opens,
    // and the chosen spec replaces the drawing.
    await menu.click();
    await page.getByTestId('open-gallery').click();
    await page.getByTestId('template-blank').click();
    // Over the field-service drawing the designer asks first.
    await page.getByTestId('replace-work-confirm').click();
    await page.getByTestId('template-gallery').waitFor({ state: 'hidden' });
    await menu.click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('import-button').click(),
    ]);
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    await chooser.setFiles(templateFile);
    await page.getByTestId('app-name').filter({ hasText: 'Field service jobs' }).waitFor();

    // Wide again: the full bar, every control on it.
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitForDesigner(page);
    await page.locator('[data-testid="top-bar"]:not([data-fit="compact"])').waitFor();
    const wide = await assertTidy(page, 1280);
    assert.equal(await page.getByTestId('file-menu').count(), 0);
    console.log(
      JSON.stringify({ scenario: 'top-bar', controlsAt1024: narrow, controlsAt1280: wide, overlaps: 0 }),
    );
  },
};
