import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { UnsentEditsError } from '../../src';
import type { PushRequest } from '../../src/protocol';
import type { SyncTransport } from '../../src/transport/types';
import {
  clockAndTransport,
  type Device,
  device,
  InMemorySyncServer,
  SharedLocks,
  taskSpec,
} from './fixtures';

/** Waits until `check` holds (the tabs talk over a BroadcastChannel, which delivers later). */
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

let dbCount = 0;
const opened: Device[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) await d.client.close().catch(() => undefined);
});

/**
 * Tabs of one browser: one IndexedDB, one set of locks, one server. Each tab has its own transport
 * that logs the operation ids it pushes.
 */
function browser(options: { locks?: boolean; heartbeatMs?: number; pushGate?: () => Promise<void> } = {}) {
  const server = new InMemorySyncServer({ spec: taskSpec() });
  const idb = new IDBFactory();
  const locks = options.locks === false ? null : new SharedLocks();
  const dbName = `tabs-${++dbCount}`;
  const pushedBy = new Map<string, string[]>();
  let tabs = 0;
  const tab = async (name = `tab${++tabs}`) => {
    const { time, inner } = clockAndTransport(server);
    const sent: string[] = [];
    pushedBy.set(name, sent);
    const transport: SyncTransport = {
      push: async (request: PushRequest) => {
        for (const op of request.operations) sent.push(op.id);
        await options.pushGate?.();
        return inner.push(request);
      },
      pull: (request) => inner.pull(request),
      subscribe: (onChange) => inner.subscribe(onChange),
    };
    const d = await device(server, {
      idb,
      time,
      extra: {
        dbName,
        clientId: 'one-device',
        transport,
        tabs: {
          locks,
          tabId: name,
          channel: (channelName) => new BroadcastChannel(channelName) as never,
          ...(options.heartbeatMs === undefined ? {} : { heartbeatMs: options.heartbeatMs }),
        },
      },
    });
    opened.push(d);
    return { ...d, inner, sent, name };
  };
  return { server, tab, pushedBy };
}

describe('several tabs on one database', () => {
  it('one tab syncs for all: a follower edit is pushed by the leader, and the follower shows its status', async () => {
    const b = browser();
    const one = await b.tab();
    await until(() => one.client.tabs.role() === 'leader', 'the first tab leads');
    const two = await b.tab();
    expect(two.client.tabs.role()).toBe('follower');
    one.client.start();
    two.client.start();
    await two.client.table('Task').put({ id: 't1', title: 'from the second tab' });
    await two.client.idle();
    expect(await b.server.record('Task', 't1')).toMatchObject({ title: 'from the second tab' });
    expect(one.sent).toHaveLength(1);
    expect(two.sent).toHaveLength(0);
    expect(two.inner.stats).toMatchObject({ push: 0, pull: 0 });
    await until(
      () => two.client.status.get().lastSyncedAt === one.client.status.get().lastSyncedAt,
      'the follower shows the leader status',
    );
    expect(two.client.status.get()).toEqual(one.client.status.get());
    expect(two.client.status.get().pending).toEqual({ critical: 0, high: 0, normal: 0, low: 0 });
  });

  it("a follower's unsentRecords shows the edits the leading tab is sending, then nothing once confirmed", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const b = browser({ pushGate: () => held });
    const one = await b.tab();
    await until(() => one.client.tabs.role() === 'leader', 'the first tab leads');
    const two = await b.tab();
    await two.client.table('Task').put({ id: 't1', title: 'from the second tab' });
    expect(await two.client.unsentRecords()).toEqual([
      { entity: 'Task', key: 't1', state: 'saved', operations: 1 },
    ]);
    const synced = two.client.syncNow();
    await until(() => one.sent.length === 1, 'the leader sends the edit');
    expect(await two.client.unsentRecords()).toEqual([
      { entity: 'Task', key: 't1', state: 'sending', operations: 1 },
    ]);
    release();
    await synced;
    expect(await two.client.unsentRecords()).toEqual([]);
  });

  it('a live query in a follower sees what the leader pulled, and the leader events reach it', async () => {
    const b = browser();
    const one = await b.tab();
    await until(() => one.client.tabs.role() === 'leader', 'the first tab leads');
    const two = await b.tab();
    const seen: string[][] = [];
    two.client.table('Task').live({}, (rows) => seen.push(rows.map((r) => String(r.id))));
    const synced: number[] = [];
    two.client.on('synced', (e) => synced.push(e.pulled));
    await b.server.write('Task', 's1', { id: 's1', title: 'from the office' });
    const result = await two.client.syncNow();
    expect(result).toMatchObject({ kind: 'synced', pulled: 1 });
    expect(two.inner.stats.pull).toBe(0);
    await until(() => seen.at(-1)?.includes('s1') === true, 'the live query shows s1');
    await until(() => synced.includes(1), 'the follower heard synced');
  });

  it('tabs writing at once never push an operation twice, and every edit arrives', async () => {
    const b = browser();
    const tabs = [await b.tab(), await b.tab(), await b.tab()];
    await until(() => tabs.some((t) => t.client.tabs.role() === 'leader'), 'a tab leads');
    for (const t of tabs) t.client.start();
    for (let i = 0; i < 10; i++)
      await tabs[i % 3]!.client.table('Task').put({ id: `t${i}`, title: 'new', hours: 0 });
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 30; i++) {
      const t = tabs[i % 3]!;
      writes.push(t.client.table('Task').update(`t${i % 10}`, { title: `edit ${i}` }));
      writes.push(t.client.table('Task').increment(`t${i % 10}`, 'hours', 1));
    }
    await Promise.all(writes);
    for (const t of tabs) await t.client.idle();
    const pushed = [...b.pushedBy.values()].flat();
    expect(new Set(pushed).size).toBe(pushed.length);
    expect(b.pushedBy.get(tabs.find((t) => t.client.tabs.role() === 'leader')!.name)!.length).toBe(
      pushed.length,
    );
    let hours = 0;
    for (let i = 0; i < 10; i++) hours += Number((await b.server.record('Task', `t${i}`))?.hours ?? 0);
    expect(hours).toBe(30);
    for (const t of tabs) expect(pendingTotal(t.client.status.get().pending)).toBe(0);
  });

  it('when the leading tab closes, another takes over and pushes what waits', async () => {
    const b = browser();
    const one = await b.tab();
    await until(() => one.client.tabs.role() === 'leader', 'the first tab leads');
    const two = await b.tab();
    const roles: string[] = [];
    two.client.tabs.onRoleChange((role) => roles.push(role));
    one.client.dispatch('connection-lost');
    await two.client.table('Task').put({ id: 't1', title: 'written while the leader was offline' });
    await until(async () => (await two.client.storage.table('_outbox').count()) === 1, 'the edit is queued');
    two.client.start();
    await one.client.close();
    await until(() => two.client.tabs.role() === 'leader', 'the second tab leads');
    expect(roles).toEqual(['leader']);
    await two.client.idle();
    expect(await b.server.record('Task', 't1')).toMatchObject({
      title: 'written while the leader was offline',
    });
    expect(one.sent).toHaveLength(0);
    expect(two.sent).toHaveLength(1);
    expect(pendingTotal(two.client.status.get().pending)).toBe(0);
  });

  it("a follower's clearLocalData runs in the leader, and its refusal crosses as UnsentEditsError", async () => {
    const b = browser();
    const one = await b.tab();
    await until(() => one.client.tabs.role() === 'leader', 'the first tab leads');
    const two = await b.tab();
    one.client.dispatch('connection-lost');
    await two.client.table('Task').put({ id: 't1', title: 'unsent' });
    const refused = await two.client.clearLocalData().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnsentEditsError);
    expect(refused).toMatchObject({ unsent: 1, byEntity: { Task: 1 } });
    const cleared = await two.client.clearLocalData({ discardUnsent: true });
    expect(cleared.discarded).toHaveLength(1);
    expect(await one.client.table('Task').get('t1')).toBeUndefined();
  });

  it('without Web Locks, the tabs elect one leader over the channel and replace it when it leaves', async () => {
    const b = browser({ locks: false, heartbeatMs: 50 });
    const tabs = [await b.tab(), await b.tab(), await b.tab()];
    for (const t of tabs) t.client.start();
    const leaders = (among = tabs) => among.filter((t) => t.client.tabs.role() === 'leader');
    await until(() => leaders().length === 1, 'one tab leads');
    const first = leaders()[0]!;
    await first.client.close();
    opened.splice(opened.indexOf(first), 1);
    const rest = tabs.filter((t) => t !== first);
    await until(() => leaders(rest).length === 1, 'another tab leads');
    const follower = rest.find((t) => t.client.tabs.role() === 'follower')!;
    await follower.client.table('Task').put({ id: 't1', title: 'after the handover' });
    await follower.client.idle();
    expect(await b.server.record('Task', 't1')).toMatchObject({ title: 'after the handover' });
    expect(pendingTotal(follower.client.status.get().pending)).toBe(0);
  });
});

const pendingTotal = (p: { critical: number; high: number; normal: number; low: number }) =>
  p.critical + p.high + p.normal + p.low;
