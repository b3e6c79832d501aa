import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { appDir } from './build';
import type { World } from './world';

/** Screenshots land here (gitignored); docs/app-guide.md shows some of them. */
export const artifactsDir = join(appDir, 'artifacts');

/** One end-to-end scenario: a name stating the behaviour, and its steps on the shared world. */
export interface Scenario {
  readonly name: string;
  readonly run: (world: World) => Promise<void>;
  readonly timeoutMs?: number;
}

/** Runs a scenario with a time limit; closes its phones; fails on any uncaught page error. */
export async function runScenario(
  world: World,
  scenario: Scenario,
): Promise<{ ok: boolean; ms: number; error?: string }> {
  mkdirSync(artifactsDir, { recursive: true });
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      scenario.run(world),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`did not finish within ${scenario.timeoutMs ?? 90_000} ms`)),
          scenario.timeoutMs ?? 90_000,
        );
      }),
    ]);
    const errors = world.phones.flatMap((p) => p.errors.map((e) => `${p.name}: ${e}`));
    if (errors.length > 0) throw new Error(`uncaught errors in the app:\n${errors.join('\n')}`);
    return { ok: true, ms: performance.now() - started };
  } catch (error) {
    const slug = scenario.name
      .replace(/[^a-z0-9]+/gi, '-')
      .toLowerCase()
      .slice(0, 60);
    for (const p of world.phones)
      await p.page
        .screenshot({ path: join(artifactsDir, `failed-${slug}-${p.name}.png`) })
        .catch(() => undefined);
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return {
      ok: false,
      ms: performance.now() - started,
      error: `${message}\nserver output:\n${world.server.output.slice(-3000)}`,
    };
  } finally {
    clearTimeout(timer);
    await world.closePhones();
  }
}

/** Saves a screenshot of a phone as `artifacts/<name>.png`. */
export async function shot(page: import('playwright-core').Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
}
