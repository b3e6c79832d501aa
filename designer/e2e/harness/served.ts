import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { isolatedContext } from './browser';
import { type RunningServer, startSyncraftServer } from './syncraft-server';

/** A real server and a browser context that may reach only it. */
export interface Served {
  readonly server: RunningServer;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests the page made to anywhere but the server (each one fails the scenario at the end). */
  readonly refused: string[];
}

/**
 * Runs `run` against a fresh Syncraft server (SQLite in a temp folder, serving the built designer and
 * console) in a browser context that can reach nothing else; afterwards checks that the page tried
 * no other address, and always closes both.
 */
export async function onServer(
  scenario: BrowserContext,
  options: Parameters<typeof startSyncraftServer>[1],
  run: (served: Served) => Promise<void>,
): Promise<void> {
  const browser = scenario.browser();
  assert.ok(browser, 'the scenario context has no browser');
  const server = await startSyncraftServer(undefined, options);
  const { context, refused } = await isolatedContext(browser, server.url);
  try {
    const page = await context.newPage();
    await run({ server, context, page, refused });
    assert.deepEqual(refused, [], 'the page tried to reach the network');
  } finally {
    await context.close();
    await server.close();
  }
}
