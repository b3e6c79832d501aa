import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isolatedContext } from './browser';
import { designerDir } from './build';

/** Screenshots and failure captures land here (gitignored). */
export const artifactsDir = join(designerDir, 'artifacts');

/** What a scenario gets: a fresh context and page on the served designer. */
export interface ScenarioContext {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Base URL of the served designer, e.g. `http://127.0.0.1:43121`. */
  readonly url: string;
  /** Saves a full-page screenshot as `artifacts/<name>.png`. */
  screenshot(name: string): Promise<string>;
}

/** One end-to-end scenario: a name that states the behaviour, and the steps. */
export interface Scenario {
  readonly name: string;
  readonly run: (ctx: ScenarioContext) => Promise<void>;
  /** Per-scenario time limit in ms. Default 60 000. */
  readonly timeoutMs?: number;
}

/** The outcome of one scenario. */
export type ScenarioResult =
  | { readonly name: string; readonly ok: true; readonly ms: number }
  | { readonly name: string; readonly ok: false; readonly ms: number; readonly error: string };

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs one scenario in a fresh, network-isolated context. Fails on an uncaught page error or on any
 * request leaving the loopback origin, and saves a screenshot of the failure.
 */
export async function runScenario(
  browser: Browser,
  url: string,
  scenario: Scenario,
): Promise<ScenarioResult> {
  mkdirSync(artifactsDir, { recursive: true });
  const started = performance.now();
  const { context, refused } = await isolatedContext(browser, url);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  const ctx: ScenarioContext = {
    page,
    context,
    url,
    async screenshot(name) {
      const path = join(artifactsDir, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
  };
  try {
    await withTimeout(scenario.run(ctx), scenario.timeoutMs ?? 60_000, `"${scenario.name}"`);
    if (pageErrors.length > 0) throw new Error(`uncaught error in the page:\n${pageErrors.join('\n')}`);
    if (refused.length > 0) throw new Error(`the page tried to reach the network:\n${refused.join('\n')}`);
    return { name: scenario.name, ok: true, ms: performance.now() - started };
  } catch (error) {
    const slug = scenario.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    await page.screenshot({ path: join(artifactsDir, `failed-${slug}.png`) }).catch(() => {});
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { name: scenario.name, ok: false, ms: performance.now() - started, error: message };
  } finally {
    await context.close();
  }
}
