import { describe, expect, it } from 'vitest';
import type { PushResponse } from '../../src/protocol';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

/** Counts row writes (creates and updates) of one table from now on. */
function rowWrites(client: Awaited<ReturnType<typeof device>>['client'], table: string) {
  const writes = { count: 0 };
  client.storage.table(table).hook('creating', () => {
    writes.count++;
  });
  client.storage.table(table).hook('updating', () => {
    writes.count++;
  });
  return writes;
}

describe('no echo of a device’s own pushes', () => {
  it('the pull after a push writes nothing for the records the push answers already told', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const tasks = client.table('Task');
    for (const id of ['t1', 't2', 't3', 't4']) await tasks.put({ id, title: `Task ${id}` });
    const writes = rowWrites(client, 'Task');
    const result = await client.syncNow();
    expect(result).toMatchObject({ kind: 'synced', pushed: 4, pulled: 4 });
    // One write per record: the answer to the push; the pulled copies of the same versions are skipped.
    expect(writes.count).toBe(4);
    const row = await client.storage.table('Task').get('t1');
    expect(row).toMatchObject({ _p: 0, title: 'Task t1' });
    expect(row._v).toBeGreaterThan(0);
  });

  it('an edit answered on top of another device’s change takes the whole record from the answer', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const a = await device(server);
    const b = await device(server);
    await a.client.table('Task').put({ id: 't1', title: 'First' });
    await a.client.syncNow();
    await b.client.syncNow();
    await b.client.table('Task').update('t1', { owner: 'bea' });
    await b.client.syncNow();
    // A edits another field on the version it knows; B's change landed in between.
    await a.client.table('Task').update('t1', { title: 'Renamed' });
    const writes = rowWrites(a.client, 'Task');
    const pushes: PushResponse[] = [];
    const forward = a.transport.push.bind(a.transport);
    a.transport.push = async (request) => {
      const response = await forward(request);
      pushes.push(response);
      return response;
    };
    await a.client.syncNow();
    const answer = pushes[0]!.results[0]!;
    expect(answer).toMatchObject({ status: 'applied', record: { owner: 'bea', title: 'Renamed' } });
    expect(await a.client.table('Task').get('t1')).toMatchObject({ owner: 'bea', title: 'Renamed' });
    expect(writes.count).toBe(1);
  });

  it('without `from` in the answers (an older server) the pulled copy is applied as before', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const a = await device(server);
    const b = await device(server);
    await a.client.table('Task').put({ id: 't1', title: 'First' });
    await a.client.syncNow();
    await b.client.syncNow();
    await b.client.table('Task').update('t1', { owner: 'bea' });
    await b.client.syncNow();
    await a.client.table('Task').update('t1', { title: 'Renamed' });
    const forward = a.transport.push.bind(a.transport);
    a.transport.push = async (request) => {
      const response = await forward(request);
      return {
        ...response,
        results: response.results.map((r) => {
          if (r.status !== 'applied') return r;
          const { from: _from, record: _record, ...older } = r;
          return older;
        }),
      };
    };
    const writes = rowWrites(a.client, 'Task');
    await a.client.syncNow();
    // The answer alone misses B's owner; the pull brings the record and it is written.
    expect(writes.count).toBe(2);
    expect(await a.client.table('Task').get('t1')).toMatchObject({ owner: 'bea', title: 'Renamed' });
  });
});
