import { describe, expect, it } from 'vitest';
import type { RecordValues } from '../../src/protocol';
import { conflictsStore, type LoadState, liveQueryStore, statusStore } from '../../src/react';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

/** Resolves on the store's next change notification. */
function nextChange(store: { subscribe(fn: () => void): () => void }): Promise<void> {
  return new Promise((resolve) => {
    const stop = store.subscribe(() => {
      stop();
      resolve();
    });
  });
}

describe('stores behind the React hooks', () => {
  it('a live query store delivers results, follows writes and stops with its last subscriber', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const store = liveQueryStore(client, 'Task', { where: { status: 'open' } });
    expect(store.getSnapshot()).toEqual({ status: 'loading', data: undefined, error: undefined });
    const snapshots: LoadState<RecordValues[]>[] = [];
    let changed = nextChange(store);
    const stop = store.subscribe(() => snapshots.push(store.getSnapshot()));
    await changed;
    expect(store.getSnapshot()).toEqual({ status: 'success', data: [], error: undefined });
    changed = nextChange(store);
    await client.table('Task').put({ id: 't1', title: 'shown' });
    await changed;
    expect(store.getSnapshot().data).toEqual([expect.objectContaining({ id: 't1', title: 'shown' })]);
    // The snapshot is stable between changes, as useSyncExternalStore requires.
    expect(store.getSnapshot()).toBe(store.getSnapshot());
    stop();
    await client.table('Task').put({ id: 't2', title: 'not observed' });
    await client.idle();
    expect(snapshots.length).toBe(2);
  });

  it('the status store reflects pending work', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const store = statusStore(client);
    const before = store.getSnapshot();
    const changed = nextChange(store);
    await client.table('Task').put({ id: 't1', title: 'x' });
    await changed;
    expect(store.getSnapshot()).not.toBe(before);
    expect(store.getSnapshot().pending.critical).toBe(1);
  });

  it('the conflicts store lists a new manual conflict', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    await server.write('Task', 't1', { id: 't1', title: 'x', note: 'base' });
    const { client } = await device(server);
    await client.syncNow();
    const store = conflictsStore(client);
    const stop = store.subscribe(() => undefined);
    await client.table('Task').update('t1', { note: 'device' });
    await server.write('Task', 't1', { note: 'office' });
    const changed = nextChange(store);
    await client.syncNow();
    await changed;
    expect(store.getSnapshot()).toMatchObject({
      status: 'success',
      data: [expect.objectContaining({ fields: ['note'], client: { note: 'device' } })],
    });
    stop();
  });

  it('a live query store reports a query no index answers as an error, not as loading forever', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    for (const [entity, query, message] of [
      ['Task', { where: { title: 'x' } }, 'Task has no index for [title]'],
      ['Nope', {}, 'the spec declares no entity "Nope"'],
    ] as const) {
      const store = liveQueryStore(client, entity, query);
      const stop = store.subscribe(() => undefined);
      const state = store.getSnapshot();
      expect(state.status).toBe('error');
      expect(String(state.error)).toContain(message);
      stop();
    }
  });

  it('the conflicts store reports a failed read and reads again at the next status change', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const list = client.conflicts.list;
    let failures = 1;
    client.conflicts.list = () => (failures-- > 0 ? Promise.reject(new Error('disk gone')) : list());
    const store = conflictsStore(client);
    let changed = nextChange(store);
    const stop = store.subscribe(() => undefined);
    await changed;
    expect(store.getSnapshot()).toMatchObject({ status: 'error', error: new Error('disk gone') });
    changed = nextChange(store);
    await client.table('Task').put({ id: 't1', title: 'a status change' });
    await changed;
    expect(store.getSnapshot()).toEqual({ status: 'success', data: [], error: undefined });
    stop();
  });
});
