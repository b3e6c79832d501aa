import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullRequest, PushRequest } from '../../src/protocol';
import { createMemoryTransport, InMemorySyncServer } from '../../src/transport/memory';
import { taskSpec } from '../engine/fixtures';
import { bundlePage, launchChromium } from './chromium';

/** The engine tests' spec, without the encrypted field (no key is handed to the pages). */
const spec = taskSpec({
  mutate(s) {
    const secret = s.entities.find((e) => e.name === 'Secret')!;
    secret.offline = { availability: 'read-write' };
  },
});

let browser: Browser;
let http: Server;
let origin: string;

beforeAll(async () => {
  const script = await bundlePage(new URL('./tabs-page.ts', import.meta.url));
  const page = `<!doctype html><meta charset="utf-8"><title>tabs</title><script type="module" src="/app.js"></script>`;
  http = createServer((req, res) => {
    if (req.url === '/app.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => http?.close(resolve));
});

/**
 * Opens a tab of the test page in `context`, syncing through `server`; `pushedBy` and `pullsBy`
 * count, per tab name, the operations it pushed and the pulls it made.
 */
async function openTab(
  context: BrowserContext,
  server: InMemorySyncServer,
  name: string,
  counts: { pushedBy: Map<string, number>; pullsBy: Map<string, number> },
): Promise<Page> {
  const { pushedBy, pullsBy } = counts;
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
  const transport = createMemoryTransport(server, () => ({
    userId: 'u1',
    roles: ['worker'],
    params: {},
    now: Date.now(),
  }));
  pushedBy.set(name, 0);
  await page.exposeFunction('syncPush', (request: PushRequest) => {
    if (request.operations.length > 0) pushedBy.set(name, pushedBy.get(name)! + request.operations.length);
    return transport.push(request);
  });
  pullsBy.set(name, 0);
  await page.exposeFunction('syncPull', (request: PullRequest) => {
    pullsBy.set(name, pullsBy.get(name)! + 1);
    return transport.pull(request);
  });
  await page.addInitScript((spec) => {
    (window as unknown as { spec: unknown }).spec = spec;
  }, spec);
  await page.goto(origin);
  await page.waitForFunction(() => window.ready !== undefined);
  await page.evaluate(() => window.ready);
  return page;
}

describe('tabs of one origin on real IndexedDB (Chromium)', () => {
  it('one tab pushes for both, the other shows its status and live data, and takes over when it closes', async () => {
    const server = new InMemorySyncServer({ spec });
    const context = await browser.newContext();
    const pushedBy = new Map<string, number>();
    const pullsBy = new Map<string, number>();
    const open = (name: string) => openTab(context, server, name, { pushedBy, pullsBy });
    const role = (page: Page) => page.evaluate(() => window.app.client.tabs.role());

    const first = await open('first');
    await first.waitForFunction(() => window.app.client.tabs.role() === 'leader');
    const second = await open('second');
    expect(await role(second)).toBe('follower');
    for (const page of [first, second]) await page.evaluate(() => window.app.client.start());

    // Both tabs write; only the leader pushes, every edit once.
    await second.evaluate(async () => {
      for (let i = 0; i < 3; i++)
        await window.app.client.table('Task').put({ id: `b${i}`, title: `second ${i}` });
    });
    await first.evaluate(async () => {
      for (let i = 0; i < 2; i++)
        await window.app.client.table('Task').put({ id: `a${i}`, title: `first ${i}` });
    });
    await second.evaluate(() => window.app.client.idle());
    await first.evaluate(() => window.app.client.idle());
    for (const id of ['a0', 'a1', 'b0', 'b1', 'b2']) expect(await server.record('Task', id)).toBeDefined();
    expect(pushedBy.get('first')).toBe(5);
    expect(pushedBy.get('second')).toBe(0);

    // The follower shows the leader's status.
    await second.waitForFunction(
      (at) => window.app.client.status.get().lastSyncedAt === at,
      await first.evaluate(() => window.app.client.status.get().lastSyncedAt),
    );
    const statuses = await Promise.all(
      [first, second].map((p) => p.evaluate(() => window.app.client.status.get())),
    );
    expect(statuses[1]).toEqual(statuses[0]);

    // A record the leader pulls appears in the follower's live query.
    await server.write('Task', 'office', { id: 'office', title: 'from the office' });
    const result = await second.evaluate(() => window.app.client.syncNow());
    expect(result.kind).toBe('synced');
    await second.waitForFunction(() => window.app.live.includes('office'));
    expect(pushedBy.get('second')).toBe(0);
    expect(pullsBy.get('second')).toBe(0);
    expect(pullsBy.get('first')).toBeGreaterThan(0);

    // The leader's tab closes: the other takes over and pushes its own edits.
    await first.close();
    await second.waitForFunction(() => window.app.client.tabs.role() === 'leader');
    await second.evaluate(async () => {
      await window.app.client.table('Task').put({ id: 'b3', title: 'after the handover' });
      await window.app.client.idle();
    });
    expect(await server.record('Task', 'b3')).toMatchObject({ title: 'after the handover' });
    expect(pushedBy.get('second')).toBe(1);
    await context.close();
  }, 60_000);
  it('a put or bulkPut over a key another tab or an earlier sync stored builds on it; new keys are added without a read', async () => {
    const server = new InMemorySyncServer({ spec });
    const context = await browser.newContext();
    const counts = { pushedBy: new Map<string, number>(), pullsBy: new Map<string, number>() };
    const first = await openTab(context, server, 'first', counts);
    await first.waitForFunction(() => window.app.client.tabs.role() === 'leader');
    const second = await openTab(context, server, 'second', counts);
    for (const page of [first, second]) await page.evaluate(() => window.app.client.start());
    await first.evaluate(async () => {
      await window.app.client.table('Task').put({ id: 'a1', title: 'synced' });
      await window.app.client.idle();
      window.app.client.dispatch('connection-lost');
    });
    await second.evaluate(() =>
      window.app.client.table('Task').put({ id: 'b1', title: 'from the other tab' }),
    );
    const queued = await first.evaluate(async () => {
      const tasks = window.app.client.table('Task');
      await tasks.put({ id: 'b1', title: 'over the other tab' });
      await tasks.put({ id: 'a1', title: 'over the synced' });
      await tasks.bulkPut([
        { id: 'c1', title: 'new' },
        { id: 'a1', title: 'again' },
        { id: 'c1', title: 'new, again' },
      ]);
      await tasks.bulkPut([{ id: 'd1', title: 'all new' }]);
      const entries = await window.app.client.storage.table('_outbox').toArray();
      return entries.map((e) => [e.key, e.changes, e.base, e.baseVersion]);
    });
    const created = (id: string, title: string) => ({ id, title, status: 'open', hours: 0 });
    expect(queued).toEqual([
      // The follower's create, not sent yet, took the leader's change in its place.
      ['b1', created('b1', 'over the other tab'), { title: 'from the other tab' }, 0],
      ['a1', { title: 'again' }, { title: 'synced' }, 1],
      // A create folded with a later write of the same batch keeps that write's base (as in Node).
      ['c1', created('c1', 'new, again'), { title: 'new' }, 0],
      ['d1', created('d1', 'all new'), {}, 0],
    ]);
    await first.evaluate(async () => {
      window.app.client.dispatch('connection-restored');
      await window.app.client.syncNow();
    });
    for (const [id, title] of [
      ['a1', 'again'],
      ['b1', 'over the other tab'],
      ['c1', 'new, again'],
      ['d1', 'all new'],
    ] as const) {
      expect(await server.record('Task', id)).toMatchObject({ title });
    }
    await context.close();
  }, 60_000);
});
