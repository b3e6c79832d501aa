import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { isolatedContext } from '../harness/browser';
import { waitForDesigner } from '../harness/designer';
import { artifactsDir, type Scenario } from '../harness/scenario';
import { startSyncraftServer } from '../harness/syncraft-server';

/** The one path answered outside the app: a script that tries to evaluate text as code. */
const PROBE_PATH = '/csp-probe.js';
const PROBE_SCRIPT =
  "try { new Function('return 1')(); document.documentElement.dataset.evalProbe = 'allowed'; }" +
  ' catch (error) { document.documentElement.dataset.evalProbe = error.name; }';

/** The server, with the probe script answered outside the app (so it gets the server's real headers otherwise). */
function startServer() {
  return startSyncraftServer((request, response) => {
    if (request.url !== PROBE_PATH) return false;
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    response.end(PROBE_SCRIPT);
    return true;
  });
}

/**
 * Records the page's content-security-policy violations in the page itself, from its first script
 * on; read them with {@link violationsOf}.
 */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__syncraftCspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
}

function violationsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...(window as unknown as { __syncraftCspViolations: string[] }).__syncraftCspViolations,
  ]);
}

/**
 * The designer served by the Syncraft server itself runs under the server's content security policy
 * (`script-src 'self'`, no `'unsafe-eval'`): the canvas draws a template laid out in the ELK worker
 * (a same-origin file), the spec validator accepts it in the browser, the JSON editor starts its
 * workers, and nothing is refused. A probe script then
 * shows the policy is in force and that a violation would be seen.
 */
export const designerRunsUnderServerHeaders: Scenario = {
  name: 'the designer served by the server runs under its content security policy without eval',
  timeoutMs: 120_000,
  async run({ context }) {
    const browser = context.browser();
    assert.ok(browser, 'the scenario context has no browser');
    const server = await startServer();
    const { context: served, refused } = await isolatedContext(browser, server.url);
    const page = await served.newPage();
    const pageErrors: string[] = [];
    const cspConsole: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      if (/content security policy|unsafe-eval/i.test(message.text())) cspConsole.push(message.text());
    };
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
    page.on('console', onConsole);
    const workers: string[] = [];
    page.on('worker', (worker) => {
      workers.push(worker.url());
      worker.on('console', onConsole);
    });
    try {
      await watchViolations(page);
      const response = await page.goto(server.url);
      const policy = response?.headers()['content-security-policy'] ?? '';
      assert.match(policy, /(^|;)script-src 'self'(;|$)/, `unexpected policy: ${policy}`);
      assert.doesNotMatch(policy, /unsafe-eval/);

      await waitForDesigner(page);
      await page.getByTestId('template-field-service').click();
      await page.getByTestId('template-gallery').waitFor({ state: 'hidden' });
      await page.locator('.react-flow__node').first().waitFor();
      // The canonical template is valid: "none" means the precompiled validator ran in the page.
      await page.waitForFunction(
        () => document.querySelector('[data-testid="problems-count"]')?.textContent === 'none',
        undefined,
        { timeout: 30_000 },
      );
      // The template was laid out by ELK in its worker: elkjs's worker build, a file of this server.
      await page.getByTestId('node-entity-Job').waitFor();
      const elkWorker = workers.find((url) => /\/assets\/elk-worker\.min-[\w-]+\.js$/.test(url));
      assert.ok(elkWorker, `no ELK worker started; workers: ${workers.join(', ')}`);
      assert.equal(new URL(elkWorker).origin, new URL(server.url).origin);
      await page.getByTestId('view-json').click();
      await page.locator('.monaco-editor .view-line').first().waitFor({ timeout: 45_000 });
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(artifactsDir, 'designer-under-server-headers.png') });

      assert.deepEqual(await violationsOf(page), [], 'the page broke its content security policy');
      assert.deepEqual(cspConsole, [], 'the console reports content security policy problems');
      assert.deepEqual(pageErrors, [], 'uncaught errors in the page');
      assert.deepEqual(refused, [], 'the page tried to reach the network');

      await page.evaluate((src) => {
        const script = document.createElement('script');
        script.src = src;
        document.head.append(script);
      }, PROBE_PATH);
      await page.waitForFunction(() => document.documentElement.dataset.evalProbe !== undefined);
      const probe = await page.evaluate(() => document.documentElement.dataset.evalProbe);
      assert.equal(probe, 'EvalError', 'the policy let a script evaluate text as code');
      // The violation event is queued after the refusal: wait for it, as the check above relies on it.
      await page.waitForFunction(() =>
        (window as unknown as { __syncraftCspViolations: string[] }).__syncraftCspViolations.some((v) =>
          v.startsWith('script-src blocked eval'),
        ),
      );
    } catch (error) {
      await page
        .screenshot({ path: join(artifactsDir, 'failed-designer-under-server-headers.png') })
        .catch(() => {});
      throw error;
    } finally {
      await served.close();
      await server.close();
    }
  },
};
