import { describe, expect, it } from 'vitest';
import { WriteBlockedError, WriteError } from '../../src';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

describe('local-first writes', () => {
  it('a write is visible immediately and queued as a delta with its base', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const tasks = client.table('Task');
    await tasks.put({ id: 't1', title: 'Paint' });
    expect(await tasks.get('t1')).toEqual({ id: 't1', title: 'Paint', status: 'open', hours: 0 });
    await client.syncNow();
    await tasks.update('t1', { title: 'Paint the fence' });
    const outbox = await client.storage.table('_outbox').toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      entity: 'Task',
      key: 't1',
      kind: 'upsert',
      changes: { title: 'Paint the fence' },
      base: { title: 'Paint' },
      baseVersion: expect.any(Number),
    });
    expect(outbox[0].baseVersion).toBeGreaterThan(0);
    expect(client.status.get().pending.critical).toBe(1);
  });

  it('a failure between the record write and the outbox append leaves the record unchanged', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const tasks = client.table('Task');
    await tasks.put({ id: 't1', title: 'Before' });
    const outbox = client.storage.table('_outbox');
    const fail = () => {
      throw new Error('disk full');
    };
    outbox.hook('creating', fail);
    outbox.hook('updating', fail);
    await expect(tasks.update('t1', { title: 'After' })).rejects.toThrow('disk full');
    await expect(tasks.put({ id: 't2', title: 'New' })).rejects.toThrow('disk full');
    expect(await tasks.get('t1')).toMatchObject({ title: 'Before' });
    expect(await tasks.get('t2')).toBeUndefined();
    expect(await client.storage.table('_outbox').count()).toBe(1);
  });

  it('a put of a key already stored (synced, written by another tab, or deleted and unsent) builds on the stored row', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const one = await device(server);
    const other = await device(server, { idb: one.idb });
    const tasks = one.client.table('Task');
    await tasks.put({ id: 't1', title: 'First' });
    await tasks.put({ id: 't3', title: 'Gone' });
    await one.client.syncNow();
    await other.client.table('Task').put({ id: 't2', title: 'From the other tab' });
    await tasks.delete('t3');

    await tasks.put({ id: 't1', title: 'Second' });
    await tasks.put({ id: 't2', title: 'Over it' });
    await tasks.put({ id: 't3', title: 'Back' });
    await tasks.put({ id: 't4', title: 'New' });
    const entries = await one.client.storage.table('_outbox').toArray();
    // The other tab's create, not yet sent, takes this tab's change in its place; the synced and the
    // deleted records get entries on top of what is stored; only t4 is new.
    const create = (id: string, title: string) => ({ id, title, status: 'open', hours: 0 });
    expect(entries.map((e) => [e.key, e.kind, e.changes, e.base, e.baseVersion])).toEqual([
      ['t2', 'upsert', create('t2', 'Over it'), { title: 'From the other tab' }, 0],
      ['t3', 'delete', {}, {}, 2],
      ['t1', 'upsert', { title: 'Second' }, { title: 'First' }, 1],
      ['t3', 'upsert', create('t3', 'Back'), {}, 0],
      ['t4', 'upsert', create('t4', 'New'), {}, 0],
    ]);
    const rows = await one.client.storage.table('Task').toArray();
    expect(rows.map((r) => [r.id, r.title, r._p, r._v])).toEqual([
      ['t1', 'Second', 1, 1],
      ['t2', 'Over it', 1, 0],
      ['t3', 'Back', 2, 2],
      ['t4', 'New', 1, 0],
    ]);
    // This tab's own count: t2's change folded into the other tab's entry.
    expect(one.client.status.get().pending.critical).toBe(4);
    await one.client.syncNow();
    for (const [id, title] of [
      ['t1', 'Second'],
      ['t2', 'Over it'],
      ['t3', 'Back'],
      ['t4', 'New'],
    ]) {
      expect(await server.record('Task', id!)).toMatchObject({ title });
    }
  });

  it('refuses a value the spec forbids before storing anything, naming the field', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const tasks = client.table('Task');
    await tasks.put({ id: 't1', title: 'A' });
    const error = await tasks.update('t1', { status: 'finished' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect(error).toMatchObject({ reason: 'invalid-value', pointer: '/status' });
    await expect(tasks.put({ id: 't2' })).rejects.toMatchObject({
      reason: 'invalid-value',
      pointer: '/title',
    });
    await expect(tasks.update('t1', { nope: 1 })).rejects.toMatchObject({ reason: 'unknown-field' });
    await expect(tasks.update('t1', JSON.parse('{"__proto__": {"x": 1}}'))).rejects.toMatchObject({
      reason: 'unknown-field',
    });
    expect(await tasks.get('t1')).toMatchObject({ status: 'open' });
  });

  it('refuses a field the role may not write, before anything is stored', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    await server.write('Task', 't1', { id: 't1', title: 'Server task' });
    const { client } = await device(server, { roles: ['viewer'] });
    await client.syncNow();
    const tasks = client.table('Task');
    await expect(tasks.update('t1', { title: 'x' })).rejects.toMatchObject({
      reason: 'permission',
      pointer: '/title',
    });
    await expect(tasks.put({ id: 't9', title: 'x' })).rejects.toMatchObject({ reason: 'permission' });
    await tasks.update('t1', { note: 'seen' });
    expect(await tasks.get('t1')).toMatchObject({ title: 'Server task', note: 'seen' });
    expect(await client.storage.table('_outbox').count()).toBe(1);
  });

  it('counters, sets and deletes are local-first too', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const tasks = client.table('Task');
    await tasks.put({ id: 't1', title: 'A' });
    await tasks.increment('t1', 'hours', 2);
    await tasks.increment('t1', 'hours', 3);
    await tasks.addToSet('t1', 'tags', 'red', 'blue');
    await tasks.removeFromSet('t1', 'tags', 'red');
    expect(await tasks.get('t1')).toMatchObject({ hours: 5, tags: ['blue'] });
    await expect(tasks.increment('t1', 'title', 1)).rejects.toMatchObject({ pointer: '/title' });
    await tasks.delete('t1');
    expect(await tasks.get('t1')).toBeUndefined();
    // Created, edited and deleted before any sync: nothing needs to travel.
    expect(await client.storage.table('_outbox').count()).toBe(0);
    expect(client.status.get().pending.critical).toBe(0);
  });

  it('read-only and pull-only entities refuse local writes with a reason', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    await expect(client.table('Ref').put({ id: 'r1', name: 'x' })).rejects.toMatchObject({
      reason: 'read-only',
    });
    expect(await server.record('Ref', 'r1')).toBeUndefined();
    expect(() => client.table('Nope')).toThrow(/no entity "Nope"/);
  });

  it('a role granted writes on a read-only entity writes it straight to the server, never offline', async () => {
    const spec = taskSpec({
      mutate: (s) => {
        s.roles.push({
          name: 'curator',
          permissions: [{ entity: 'Ref', actions: ['read', 'create', 'update'] }],
        });
      },
    });
    const server = new InMemorySyncServer({ spec });
    const { client } = await device(server, { roles: ['curator'] });
    await client.table('Ref').put({ id: 'r1', name: 'Depot' });
    expect(await server.record('Ref', 'r1')).toMatchObject({ name: 'Depot' });
    expect(await client.storage.table('_outbox').count()).toBe(0);
    await client.syncNow();
    expect(await client.table('Ref').get('r1')).toEqual({ id: 'r1', name: 'Depot' });
    await expect(client.table('Ref').delete('r1')).rejects.toMatchObject({ reason: 'permission' });
    client.dispatch('connection-lost');
    await expect(client.table('Ref').update('r1', { name: 'x' })).rejects.toBeInstanceOf(WriteBlockedError);
    expect(await server.record('Ref', 'r1')).toMatchObject({ name: 'Depot' });
  });
});
