/**
 * Designer performance in Chromium, on the production build served from loopback:
 *
 * - initial JavaScript (gzip) loaded before Monaco, against the React runtime alone;
 * - time to interactive of the canvas (navigation start → canvas rendered and the main thread idle),
 *   against an empty page on the same server;
 * - load-and-render of a generated 500-node document restored from IndexedDB, against the blank document;
 * - frame times while dragging a node on that document, against idle frames.
 *
 * Prints one JSON line per figure: {"bench", ...figures, "target", "baseline", "ratio", "withinTarget"}.
 */
import type { Browser, Page } from 'playwright-core';
import { distDir } from '../e2e/harness/build';
import { benchInChromium } from './in-chromium';
import { largeDocument } from './large-document';
import { gzipSize, initialScripts, percentile, round1 } from './measure';

const RUNS = 5;
const LARGE_NODES = 500;
const DRAG_FRAMES = 90;

const BASELINE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline</title></head>
<body><main><p>baseline</p></main></body></html>`;

/**
 * Installed before any page script: resolves `window.__ready` with `performance.now()` (ms since
 * navigation start) at the first idle period after `condition` holds.
 */
function readyProbe(condition: string): string {
  return `(() => {
    const check = () => { try { return Boolean(${condition}); } catch { return false; } };
    window.__ready = new Promise((resolve) => {
      const finish = () => requestAnimationFrame(() => requestIdleCallback(() => resolve(performance.now())));
      const start = () => {
        if (check()) return finish();
        const observer = new MutationObserver(() => {
          if (check()) { observer.disconnect(); finish(); }
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      };
      if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
    });
  })();`;
}

const CANVAS_READY = `document.querySelector('.react-flow__renderer') && document.querySelector('[data-restore="ready"]')`;
const readyAt = (page: Page) =>
  page.evaluate(() => (window as unknown as { __ready: Promise<number> }).__ready);

function line(record: Record<string, unknown>) {
  console.log(JSON.stringify(record));
}

/** Opens a fresh context with the probe installed, navigates, and returns the ready time. */
async function timeToReady(browser: Browser, url: string, condition: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(readyProbe(condition));
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
  });
  await page.goto(url);
  const ms = await readyAt(page);
  await context.close();
  return { ms, scripts };
}

/** Writes a document into the designer's IndexedDB slot as JSON text, as the autosave does. */
async function seed(page: Page, document: unknown) {
  await page.evaluate(async (doc) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('syncraft-designer');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('documents', 'readwrite');
      tx.objectStore('documents').put({ slot: 'current', json: JSON.stringify(doc), savedAt: Date.now() });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, document);
}

/** Reload time of a page whose IndexedDB holds `document` (or nothing), until its nodes are shown. */
async function loadAndRender(browser: Browser, url: string, document: { app: { name: string } } | undefined) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const named = document
    ? `document.querySelector('[data-testid="app-name"]')?.textContent === ${JSON.stringify(document.app.name)}`
    : 'true';
  const condition = `${CANVAS_READY} && ${named} && document.querySelector('.react-flow__node')`;
  await context.addInitScript(readyProbe(condition));
  const page = await context.newPage();
  await page.goto(url);
  // First visit: the app creates its database; then the document is put where the autosave keeps it.
  await page.locator('[data-restore="ready"]').waitFor();
  if (document !== undefined) await seed(page, document);
  await page.reload();
  const ms = await readyAt(page);
  const nodes = await page.locator('.react-flow__node').count();
  return { ms, nodes, page, close: () => context.close() };
}

/** Frame deltas (ms) over `frames` animation frames, calling `step(i)` once per frame. */
async function frameDeltas(page: Page, frames: number, step: (i: number) => Promise<void>) {
  // A string, not a function: the TypeScript loader would wrap a named inner function in a helper
  // that does not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stopFrames = false;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (!window.__stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  for (let i = 0; i < frames; i++) {
    await step(i);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  const deltas = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stopFrames: boolean };
    w.__stopFrames = true;
    return w.__frames.slice(1);
  });
  return deltas;
}

async function bench(browser: Browser, url: string) {
  // 1. Initial JavaScript before Monaco.
  const files = initialScripts(distDir);
  const initialGzip = files.reduce((sum, f) => sum + gzipSize(distDir, f), 0);
  const reactFile = files.find((f) => /\/react-[^/]+\.js$/.test(f));
  const reactGzip = reactFile ? gzipSize(distDir, reactFile) : 0;

  // 2. Time to interactive, Monaco not loaded; baseline: an empty page on the same server.
  const tti: number[] = [];
  const baselineTti: number[] = [];
  let loadedScripts: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await timeToReady(browser, url, CANVAS_READY);
    tti.push(run.ms);
    loadedScripts = run.scripts;
    baselineTti.push(
      (await timeToReady(browser, `${url}/__baseline.html`, `document.querySelector('main')`)).ms,
    );
  }
  const monacoLoaded = loadedScripts.some((s) => /monaco|JsonView/.test(s));
  line({
    bench: 'designer.initial-js',
    gzipBytes: initialGzip,
    gzipKB: round1(initialGzip / 1024),
    files: files.length,
    loadedByBrowser: loadedScripts.length,
    monacoLoaded,
    target: 400 * 1024,
    baseline: reactGzip,
    ratio: reactGzip ? round1(initialGzip / reactGzip) : null,
    withinTarget: initialGzip < 400 * 1024 && !monacoLoaded,
  });
  const ttiP50 = percentile(tti, 50);
  const baseP50 = percentile(baselineTti, 50);
  line({
    bench: 'designer.time-to-interactive',
    p50Ms: round1(ttiP50),
    maxMs: round1(Math.max(...tti)),
    runs: RUNS,
    baseline: round1(baseP50),
    ratio: round1(ttiP50 / baseP50),
  });

  // 3. A 500-node document restored and rendered; baseline: the blank document.
  const document = largeDocument(LARGE_NODES);
  const loads: number[] = [];
  const blankLoads: number[] = [];
  let rendered = 0;
  for (let i = 0; i < 3; i++) {
    const blank = await loadAndRender(browser, url, undefined);
    blankLoads.push(blank.ms);
    await blank.close();
    const large = await loadAndRender(browser, url, document);
    loads.push(large.ms);
    rendered = large.nodes;
    if (i < 2) await large.close();
    else {
      // 4. Frame times while dragging one node across the canvas; baseline: idle frames.
      const { page } = large;
      const box = await page.locator('.react-flow__node').first().boundingBox();
      if (!box) throw new Error('no node to drag');
      const x = box.x + box.width / 2;
      const y = box.y + Math.min(16, box.height / 2);
      const idle = await frameDeltas(page, DRAG_FRAMES, async () => {});
      await page.mouse.move(x, y);
      await page.mouse.down();
      const drag = await frameDeltas(page, DRAG_FRAMES, (i) => page.mouse.move(x + i * 3, y + i * 2));
      await page.mouse.up();
      const dragP95 = percentile(drag, 95);
      line({
        bench: 'designer.drag-frames',
        nodes: LARGE_NODES,
        frames: drag.length,
        p50Ms: round1(percentile(drag, 50)),
        p95Ms: round1(dragP95),
        target: 17,
        baseline: round1(percentile(idle, 95)),
        ratio: round1(dragP95 / Math.max(percentile(idle, 95), 0.1)),
        withinTarget: dragP95 < 17,
      });
      await large.close();
    }
  }
  const loadP50 = percentile(loads, 50);
  const blankP50 = percentile(blankLoads, 50);
  line({
    bench: 'designer.load-500-nodes',
    nodes: LARGE_NODES,
    renderedNodes: rendered,
    p50Ms: round1(loadP50),
    runs: loads.length,
    target: 1500,
    baseline: round1(blankP50),
    ratio: round1(loadP50 / blankP50),
    withinTarget: loadP50 < 1500,
  });
}

benchInChromium(bench, { '/__baseline.html': BASELINE_PAGE });
