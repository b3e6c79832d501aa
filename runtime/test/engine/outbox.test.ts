import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Outbox } from '../../src/engine/outbox';
import { META_TABLES, storesForSpec } from '../../src/local-store';
import type { OutboxEntry } from '../../src/outbox/entry';
import type { PushRequest } from '../../src/protocol';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

function recordPushes(transport: { push(r: PushRequest): Promise<unknown> }) {
  const batches: { entity: string; keys: string[] }[] = [];
  const push = transport.push.bind(transport);
  transport.push = (request: PushRequest) => {
    if (request.operations.length > 0) {
      batches.push({ entity: request.operations[0]!.entity, keys: request.operations.map((o) => o.key) });
    }
    return push(request) as never;
  };
  return batches;
}

describe('outbox', () => {
  it('sends critical entities first, then by priority, FIFO within one, in batches of sync.batchSize', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client, transport } = await device(server);
    const batches = recordPushes(transport);
    await client.table('Log').put({ id: 'l1', text: 'low first' });
    await client.table('Secret').put({ id: 's1', pin: '1' });
    for (const id of ['t1', 't2', 't3', 't4']) await client.table('Task').put({ id, title: id });
    await client.table('Log').put({ id: 'l2', text: 'low again' });
    await client.syncNow();
    expect(batches).toEqual([
      { entity: 'Task', keys: ['t1', 't2', 't3'] },
      { entity: 'Task', keys: ['t4'] },
      { entity: 'Secret', keys: ['s1'] },
      { entity: 'Log', keys: ['l1', 'l2'] },
    ]);
    expect(client.status.get().pending).toEqual({ critical: 0, high: 0, normal: 0, low: 0 });
  });

  it('coalesces consecutive unsent edits of one record, keeping the earliest base', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    await server.write('Task', 't1', { id: 't1', title: 'v0', hours: 1 });
    const { client } = await device(server);
    await client.syncNow();
    const tasks = client.table('Task');
    await tasks.update('t1', { title: 'v1' });
    await tasks.increment('t1', 'hours', 2);
    await tasks.update('t1', { title: 'v2' });
    const entries = await client.storage.table('_outbox').toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ changes: { title: 'v2', hours: 3 }, base: { title: 'v0', hours: 1 } });
    expect(client.status.get().pending.critical).toBe(1);
    await client.syncNow();
    expect(await server.record('Task', 't1')).toMatchObject({ title: 'v2', hours: 3 });
  });

  it('does not coalesce when the entity says coalesce: false', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    await client.table('Log').put({ id: 'l1', text: 'a' });
    await client.table('Log').update('l1', { text: 'b' });
    expect(await client.storage.table('_outbox').count()).toBe(2);
  });

  it('never folds an edit into an operation already in flight', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client, transport } = await device(server);
    const tasks = client.table('Task');
    await tasks.put({ id: 't1', title: 'one' });
    const push = transport.push.bind(transport);
    const sent: PushRequest['operations'][] = [];
    let during: Promise<unknown> | undefined;
    transport.push = (request) => {
      sent.push(request.operations);
      during ??= tasks.update('t1', { title: 'two' });
      return push(request);
    };
    await client.syncNow();
    await during;
    await client.syncNow();
    const ops = sent.flat();
    expect(ops.map((o) => o.changes.title)).toEqual(['one', 'two']);
    expect(ops[1]).toMatchObject({ base: { title: 'one' } });
    expect(await server.record('Task', 't1')).toMatchObject({ title: 'two' });
    expect(await client.storage.table('_outbox').count()).toBe(0);
    expect(client.notices.list()).toEqual([]);
  });

  it('survives a reload: the queue is in IndexedDB', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const first = await device(server);
    await first.client.table('Task').put({ id: 't1', title: 'queued offline' });
    await first.client.close();
    const again = await device(server, { idb: first.idb });
    expect(again.client.status.get().pending.critical).toBe(1);
    expect(await again.client.table('Task').get('t1')).toMatchObject({ title: 'queued offline' });
    await again.client.syncNow();
    expect(await server.record('Task', 't1')).toMatchObject({ title: 'queued offline' });
  });
});

describe('Outbox.take', () => {
  async function queue(entries: { entity: string; key: string; rank: number; dead?: 1 }[]) {
    const db = new Dexie(`take-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    db.version(1).stores(storesForSpec(taskSpec()));
    await db.open();
    const table = db.table<OutboxEntry, number>(META_TABLES.outbox);
    await table.bulkAdd(
      entries.map((e, i) => ({
        id: `op-${i}`,
        ...e,
        kind: 'upsert' as const,
        changes: { id: e.key },
        base: {},
        baseVersion: 0,
        hlc: '1764950000000-000001-test',
        clientId: 'test',
        attempts: 0,
        queuedAt: 0,
      })),
    );
    return (await Outbox.open(table)).outbox;
  }
  const entities = [
    { name: 'Task', rank: 0 },
    { name: 'Log', rank: 3 },
  ];
  const limits = (queued?: Record<number, number>) => ({
    sendable: () => true,
    maxEntries: () => 4,
    maxChars: 1_000_000,
    ...(queued ? { queued: (rank: number) => queued[rank] ?? 0 } : {}),
  });

  it('finds a critical entry queued behind many low ones, with or without the queued counts', async () => {
    const entries = [
      ...Array.from({ length: 30 }, (_, i) => ({ entity: 'Log', key: `l${i}`, rank: 3 })),
      { entity: 'Task', key: 't1', rank: 0 },
    ];
    for (const hint of [undefined, { 0: 1, 3: 30 }]) {
      const outbox = await queue(entries);
      const first = await outbox.take(entities, limits(hint));
      expect(first?.entries.map((e) => e.key)).toEqual(['t1']);
      const second = await outbox.take(entities, limits(hint));
      expect(second?.entries.map((e) => e.key)).toEqual(['l0', 'l1', 'l2', 'l3']);
    }
  });

  it('skips dead letters, entries in flight and entries of records in flight, in queue order', async () => {
    const outbox = await queue([
      { entity: 'Log', key: 'a', rank: 3 },
      { entity: 'Log', key: 'b', rank: 3, dead: 1 },
      { entity: 'Log', key: 'c', rank: 3 },
      { entity: 'Log', key: 'a', rank: 3 },
      { entity: 'Log', key: 'd', rank: 3 },
      { entity: 'Log', key: 'e', rank: 3 },
      { entity: 'Log', key: 'f', rank: 3 },
    ]);
    // One batch may carry a record twice (the server applies them in order).
    const first = await outbox.take(entities, limits({ 3: 6 }));
    expect(first?.entries.map((e) => e.key)).toEqual(['a', 'c', 'a', 'd']);
    const second = await outbox.take(entities, limits({ 3: 6 }));
    expect(second?.entries.map((e) => e.key)).toEqual(['e', 'f']);
    const later = (key: string, id: string): OutboxEntry => {
      const { seq: _seq, ...entry } = second!.entries[0]!;
      return { ...entry, id, key };
    };
    await outbox.table.bulkAdd([later('e', 'op-e2'), later('g', 'op-g')]);
    // `e` is in flight: its later entry waits; `g` goes.
    expect((await outbox.take(entities, limits({ 3: 8 })))?.entries.map((e) => e.key)).toEqual(['g']);
    outbox.release(second!.entries);
    expect((await outbox.take(entities, limits({ 3: 8 })))?.entries.map((e) => e.key)).toEqual([
      'e',
      'f',
      'e',
    ]);
  });
});
