import { describe, expect, it } from 'vitest';
import { WriteError } from '../../src';
import { type Device, device, InMemorySyncServer, taskSpec } from './fixtures';

/** Counts the read-write transactions the client opens from now on. */
function countTransactions(client: Awaited<ReturnType<typeof device>>['client']) {
  const counted = { rw: 0 };
  const open = client.storage.transaction.bind(client.storage) as (...args: unknown[]) => unknown;
  (client.storage as unknown as { transaction: (...args: unknown[]) => unknown }).transaction = (
    ...args: unknown[]
  ) => {
    if (args[0] === 'rw') counted.rw++;
    return open(...args);
  };
  return counted;
}

describe('bulkPut: many local writes in one transaction', () => {
  it('stores every record and queues one entry each, in one read-write transaction, then syncs them', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const tasks = client.table('Task');
    const counted = countTransactions(client);
    const stored = await tasks.bulkPut([
      { id: 't1', title: 'One' },
      { id: 't2', title: 'Two', hours: 3 },
      { id: 't3', title: 'Three' },
    ]);
    expect(counted.rw).toBe(1);
    expect(stored).toEqual([
      { id: 't1', title: 'One', status: 'open', hours: 0 },
      { id: 't2', title: 'Two', status: 'open', hours: 3 },
      { id: 't3', title: 'Three', status: 'open', hours: 0 },
    ]);
    expect(await tasks.get('t2')).toEqual({ id: 't2', title: 'Two', status: 'open', hours: 3 });
    const queue = await client.storage.table('_outbox').toArray();
    expect(queue.map((e) => e.key)).toEqual(['t1', 't2', 't3']);
    expect(client.status.get().pending.critical).toBe(3);
    expect(await client.syncNow()).toMatchObject({ kind: 'synced', pushed: 3 });
    expect(await server.record('Task', 't3')).toMatchObject({ title: 'Three' });
  });

  it("a batch over keys already stored (synced, another tab's, deleted and unsent) leaves what the same puts one by one leave", async () => {
    const batch = [
      { id: 't5', title: 'New' },
      { id: 't1', title: 'Second' },
      { id: 't2', title: 'Over it' },
      { id: 't3', title: 'Back' },
      { id: 't5', title: 'New again' },
    ];
    const outcome = async (write: (tasks: ReturnType<Device['client']['table']>) => Promise<unknown>) => {
      const server = new InMemorySyncServer({ spec: taskSpec() });
      const one = await device(server);
      const other = await device(server, { idb: one.idb });
      const tasks = one.client.table('Task');
      await tasks.bulkPut([
        { id: 't1', title: 'First' },
        { id: 't3', title: 'Gone' },
      ]);
      await one.client.syncNow();
      await other.client.table('Task').put({ id: 't2', title: 'From the other tab' });
      await tasks.delete('t3');
      await write(tasks);
      const entries = await one.client.storage.table('_outbox').toArray();
      const rows = await one.client.storage.table('Task').toArray();
      return {
        entries: entries.map((e) => [e.key, e.kind, e.changes, e.base, e.baseVersion]),
        rows: rows.map(({ _t, _h, ...row }) => row),
        pending: one.client.status.get().pending,
      };
    };
    const batched = await outcome((tasks) => tasks.bulkPut(batch));
    const oneByOne = await outcome(async (tasks) => {
      for (const record of batch) await tasks.put(record);
    });
    expect(batched).toEqual(oneByOne);
    expect(batched.entries.map((e) => e[0])).toEqual(['t2', 't3', 't5', 't1', 't3']);
  });

  it('is all or nothing: a refused record throws its error and nothing of the batch is stored', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const tasks = client.table('Task');
    await tasks.put({ id: 't0', title: 'Before' });
    const attempt = tasks.bulkPut([
      { id: 't0', title: 'Changed' },
      { id: 't1', title: 'x'.repeat(101) },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(WriteError);
    await expect(attempt).rejects.toMatchObject({ reason: 'invalid-value', pointer: '/1/title' });
    await expect(attempt).rejects.toThrow('record 1 (key "t1")');
    expect(await tasks.get('t0')).toMatchObject({ title: 'Before' });
    expect(await tasks.get('t1')).toBeUndefined();
    expect(await client.storage.table('_outbox').count()).toBe(1);
    expect(client.status.get().pending.critical).toBe(1);
  });

  it('folds writes of one record into one entry, also into an entry queued before the batch', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const tasks = client.table('Task');
    await tasks.put({ id: 't1', title: 'Queued earlier' });
    await tasks.bulkPut([
      { id: 't1', title: 'First in batch' },
      { id: 't2', title: 'New' },
      { id: 't2', title: 'New, renamed', owner: 'ann' },
      { id: 't1', title: 'Last in batch' },
    ]);
    const queue = await client.storage.table('_outbox').toArray();
    expect(queue.map((e) => [e.key, e.changes.title])).toEqual([
      ['t1', 'Last in batch'],
      ['t2', 'New, renamed'],
    ]);
    expect(client.status.get().pending.critical).toBe(2);
    expect(await client.storage.table('Task').get('t1')).toMatchObject({ _p: 1, title: 'Last in batch' });
    await client.syncNow();
    expect(await server.record('Task', 't1')).toMatchObject({ title: 'Last in batch' });
    expect(await server.record('Task', 't2')).toMatchObject({ title: 'New, renamed', owner: 'ann' });
  });

  it('a batch after a sync queues deltas against the synced version, and unchanged records queue nothing', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const tasks = client.table('Task');
    await tasks.bulkPut([
      { id: 't1', title: 'A' },
      { id: 't2', title: 'B' },
    ]);
    await client.syncNow();
    await tasks.bulkPut([
      { id: 't1', title: 'A' },
      { id: 't2', title: 'B2' },
    ]);
    const queue = await client.storage.table('_outbox').toArray();
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ key: 't2', changes: { title: 'B2' }, base: { title: 'B' } });
    expect(queue[0].baseVersion).toBeGreaterThan(0);
    await client.syncNow();
    expect(await server.record('Task', 't2')).toMatchObject({ title: 'B2' });
  });
});
