/**
 * How long Arrange freezes the page, in Chromium on the production build served from loopback.
 *
 * The largest template (by drawn cards) is opened, then arranged {@link RUNS} times; a
 * PerformanceObserver records every main-thread task over 50 ms ('longtask') from the click until
 * the button is no longer busy and two frames have been drawn. The same run does this twice: with
 * ELK in its worker (the designer as shipped) and, as the baseline, with ELK on the page
 * (`?layout=page`, how Arrange ran before the worker). Opening the template is timed the same way.
 * Both ways must put every card in the same place, or the benchmark fails.
 *
 * Prints one JSON line per figure: {"bench", "template", "cards", worker figures, "baseline", "ratio"}.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { SyncSpec } from '@syncraft/runtime/spec';
import type { Browser, Page } from 'playwright-core';
import { decompile } from '../src/compiler';
import { benchInChromium } from './in-chromium';
import { percentile, round1 } from './measure';

const RUNS = 5;
const templatesDir = new URL('../../templates/', import.meta.url);

/** The template that draws the most cards, and how many. */
function largestTemplate(): { id: string; name: string; cards: number } {
  const all = readdirSync(templatesDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const spec = JSON.parse(readFileSync(new URL(f, templatesDir), 'utf8')) as SyncSpec;
      return { id: f.replace(/\.json$/, ''), name: spec.app.name, cards: decompile(spec).nodes.length };
    });
  return all.reduce((a, b) => (b.cards > a.cards ? b : a));
}

/** Longest task and total blocking time (ms over 50, summed) while `action` runs in the page. */
interface Freeze {
  readonly longestTask: number;
  readonly blocking: number;
  readonly ms: number;
}

/**
 * Starts a longtask observer, runs `action` (a page expression that starts the work) and resolves
 * when `done` (a page expression) holds and two frames have been drawn after it.
 */
function watchFreeze(page: Page, action: string, done: string): Promise<Freeze> {
  // A string, not a function: the TypeScript loader would wrap inner functions in a helper that does
  // not exist in the page.
  return page.evaluate(`new Promise((resolve) => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    ${action};
    const check = () => {
      if (!(${done})) return requestAnimationFrame(check);
      const ms = performance.now() - started;
      requestAnimationFrame(() => requestAnimationFrame(() => {
        for (const entry of observer.takeRecords()) tasks.push(entry.duration);
        observer.disconnect();
        resolve({
          longestTask: Math.max(0, ...tasks),
          blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
          ms,
        });
      }));
    };
    requestAnimationFrame(check);
  })`);
}

const ARRANGE_BUTTON = `document.querySelector('[data-testid="arrange"]')`;

/** Where every card is drawn, by test id. */
const cardPlaces = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .map((el) => `${el.dataset.id} ${el.style.transform}`)
      .sort(),
  );

/** Opens the template and arranges it, {@link RUNS} times each, with ELK where `url` says. */
async function measure(browser: Browser, url: string, template: { id: string; name: string }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-restore="ready"]').waitFor();
  // First visit: the gallery is open. The first opening also loads ELK (and starts its worker), so
  // it is not counted; each later one starts from a blank drawing, as a person starting over would.
  await page.getByTestId(`template-${template.id}`).click();
  const opened = `document.querySelector('[data-testid="app-name"]')?.textContent === ${JSON.stringify(template.name)}`;
  await page.waitForFunction(opened);
  const opens: Freeze[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.getByTestId('open-gallery').click();
    await page.getByTestId('template-blank').click();
    await page.getByTestId('replace-work-confirm').click();
    await page.waitForFunction(`!(${opened})`);
    await page.getByTestId('open-gallery').click();
    const card = `document.querySelector('[data-testid="template-${template.id}"]')`;
    opens.push(await watchFreeze(page, `${card}.click()`, opened));
  }
  const arranges: Freeze[] = [];
  for (let i = 0; i < RUNS; i++) {
    arranges.push(
      await watchFreeze(
        page,
        `${ARRANGE_BUTTON}.click()`,
        `${ARRANGE_BUTTON}.getAttribute('aria-busy') === 'false'`,
      ),
    );
  }
  const places = await cardPlaces(page);
  await context.close();
  return { opens, arranges, places };
}

const worst = (runs: readonly Freeze[]) => Math.max(...runs.map((r) => r.longestTask));
const p50 = (runs: readonly Freeze[], key: keyof Freeze) =>
  percentile(
    runs.map((r) => r[key]),
    50,
  );

async function bench(browser: Browser, url: string) {
  const template = largestTemplate();
  const inWorker = await measure(browser, url, template);
  const onPage = await measure(browser, `${url}/?layout=page`, template);
  assert.deepEqual(inWorker.places, onPage.places, 'ELK in the worker placed the cards differently');
  for (const [what, worker, page] of [
    ['arrange', inWorker.arranges, onPage.arranges],
    ['open-template', inWorker.opens, onPage.opens],
  ] as const) {
    console.log(
      JSON.stringify({
        bench: `designer-${what}-longest-task`,
        template: template.id,
        cards: template.cards,
        runs: worker.length,
        unit: 'ms',
        longestTasks: worker.map((r) => round1(r.longestTask)),
        longestTaskMax: round1(worst(worker)),
        longestTaskP50: round1(p50(worker, 'longestTask')),
        blockingP50: round1(p50(worker, 'blocking')),
        durationP50: round1(p50(worker, 'ms')),
        baseline: {
          elk: 'page',
          longestTasks: page.map((r) => round1(r.longestTask)),
          longestTaskMax: round1(worst(page)),
          longestTaskP50: round1(p50(page, 'longestTask')),
          blockingP50: round1(p50(page, 'blocking')),
          durationP50: round1(p50(page, 'ms')),
        },
        ratio: round1(worst(worker) / Math.max(worst(page), 1)),
        samePlaces: true,
      }),
    );
  }
}

benchInChromium(bench);
