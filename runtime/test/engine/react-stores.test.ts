import { describe, expect, it } from 'vitest';
import type { RecordValues } from '../../src/protocol';
import { conflictsStore, liveQueryStore, statusStore } from '../../src/react';
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
    expect(store.getSnapshot()).toBeUndefined();
    const snapshots: (RecordValues[] | undefined)[] = [];
    let changed = nextChange(store);
    const stop = store.subscribe(() => snapshots.push(store.getSnapshot()));
    await changed;
    expect(store.getSnapshot()).toEqual([]);
    changed = nextChange(store);
    await client.table('Task').put({ id: 't1', title: 'shown' });
    await changed;
    expect(store.getSnapshot()).toEqual([expect.objectContaining({ id: 't1', title: 'shown' })]);
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
    expect(store.getSnapshot()).toEqual([
      expect.objectContaining({ fields: ['note'], client: { note: 'device' } }),
    ]);
    stop();
  });
});
