import { describe, expect, it } from 'vitest';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

describe('pulled changes and pending edits', () => {
  it('a pulled change never clobbers a pending local edit: the edit is rebased on top', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    await server.write('Task', 't1', { id: 't1', title: 'v0', hours: 1, owner: 'ann' });
    const { client } = await device(server);
    await client.syncNow();
    const tasks = client.table('Task');
    await tasks.update('t1', { title: 'mine' });
    await tasks.increment('t1', 'hours', 2);
    await server.write('Task', 't1', { owner: 'bob', hours: 11 });
    // A state that queues writes still pulls: the server's edit arrives under the pending one.
    client.dispatch('user-action', 'save');
    await client.syncNow();
    expect(await tasks.get('t1')).toMatchObject({ title: 'mine', owner: 'bob', hours: 13 });
    expect(await client.storage.table('_outbox').count()).toBe(1);
    client.dispatch('user-action', 'unsave');
    await client.syncNow();
    expect(await server.record('Task', 't1')).toMatchObject({ title: 'mine', owner: 'bob', hours: 13 });
    expect(await tasks.get('t1')).toMatchObject({ title: 'mine', owner: 'bob', hours: 13 });
  });

  it('a server-side delete removes the record even under a pending edit, which is then refused and listed', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    await server.write('Task', 't1', { id: 't1', title: 'v0' });
    const { client } = await device(server);
    await client.syncNow();
    await client.table('Task').update('t1', { title: 'edited' });
    await server.remove('Task', 't1');
    client.dispatch('user-action', 'save');
    await client.syncNow();
    expect(await client.table('Task').get('t1')).toBeUndefined();
    client.dispatch('user-action', 'unsave');
    await client.syncNow();
    expect((await client.rejected.list()).map((r) => r.reason)).toEqual(['not-found']);
  });

  it('an out-of-scope record is evicted locally, but never while it holds pending edits', async () => {
    const spec = taskSpec({
      mutate: (s) => {
        s.entities[0]!.offline.scope = { field: 'owner', op: 'eq', param: 'user.id' };
      },
    });
    const server = new InMemorySyncServer({ spec });
    await server.write('Task', 't1', { id: 't1', title: 'a', owner: 'u1' });
    await server.write('Task', 't2', { id: 't2', title: 'b', owner: 'u1' });
    const { client } = await device(server);
    await client.syncNow();
    expect((await client.table('Task').query()).map((t) => t.id)).toEqual(['t1', 't2']);
    await client.table('Task').update('t2', { title: 'pending' });
    await server.write('Task', 't1', { owner: 'someone-else' });
    await server.write('Task', 't2', { owner: 'someone-else' });
    client.dispatch('user-action', 'save');
    await client.syncNow();
    expect(await client.table('Task').get('t1')).toBeUndefined();
    expect(await client.table('Task').get('t2')).toMatchObject({ title: 'pending' });
    // Once the edit is answered (this spec lets anyone write any task), the record leaves too.
    client.dispatch('user-action', 'unsave');
    await client.syncNow();
    expect(await client.table('Task').get('t2')).toBeUndefined();
    expect(await server.record('Task', 't2')).toMatchObject({ title: 'pending', owner: 'someone-else' });
    await client.syncNow();
    expect(await client.table('Task').get('t2')).toBeUndefined();
  });

  it('a record that left the scope and came back before its edit was answered stays', async () => {
    const spec = taskSpec({
      mutate: (s) => {
        s.entities[0]!.offline.scope = { field: 'owner', op: 'eq', param: 'user.id' };
      },
    });
    const server = new InMemorySyncServer({ spec });
    await server.write('Task', 't1', { id: 't1', title: 'a', owner: 'u1' });
    const { client } = await device(server);
    await client.syncNow();
    await client.table('Task').update('t1', { title: 'pending' });
    await server.write('Task', 't1', { owner: 'someone-else' });
    client.dispatch('user-action', 'save');
    await client.syncNow();
    await server.write('Task', 't1', { owner: 'u1' });
    await client.syncNow();
    client.dispatch('user-action', 'unsave');
    await client.syncNow();
    expect(await client.table('Task').get('t1')).toMatchObject({ title: 'pending', owner: 'u1' });
  });
});
