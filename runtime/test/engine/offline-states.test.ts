import { describe, expect, it } from 'vitest';
import { OfflineMachine, WriteBlockedError } from '../../src';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

describe('offline state machine', () => {
  it('follows the spec transitions, preferring an exact from over *', () => {
    const spec = taskSpec({
      mutate: (s) =>
        s.offlineStates.transitions.unshift({ from: 'metered', event: 'connection-lost', to: 'online' }),
    });
    const machine = new OfflineMachine(spec);
    expect(machine.send({ type: 'connection-metered' })).toMatchObject({
      moved: true,
      from: 'online',
      to: 'metered',
    });
    expect(machine.send({ type: 'connection-lost' })).toMatchObject({ moved: true, to: 'online' });
    expect(machine.send({ type: 'connection-lost' })).toMatchObject({ moved: true, to: 'offline' });
    expect(machine.send({ type: 'battery-low' })).toMatchObject({ moved: false, state: 'offline' });
    expect(machine.send({ type: 'user-action', action: 'freeze' })).toMatchObject({ moved: false });
  });

  it('only the allowed priorities sync in a limited state; the rest wait for the network', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const changes: string[] = [];
    client.on('state-changed', (e) => changes.push(`${e.from}>${e.to}`));
    client.dispatch('connection-metered');
    expect(client.status.get()).toMatchObject({ state: 'metered', online: true });
    await client.table('Task').put({ id: 't1', title: 'critical' });
    await client.table('Secret').put({ id: 's1', pin: '4321' });
    await client.syncNow();
    expect(await server.record('Task', 't1')).toBeDefined();
    expect(await server.record('Secret', 's1')).toBeUndefined();
    expect(client.status.get().pending).toMatchObject({ critical: 0, high: 1 });
    client.dispatch('connection-restored');
    await client.syncNow();
    expect(await server.record('Secret', 's1')).toMatchObject({ pin: '4321' });
    expect(changes).toEqual(['online>metered', 'metered>online']);
  });

  it('queues writes offline and sends them when the connection returns', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    client.start();
    client.dispatch('connection-lost');
    await client.table('Task').put({ id: 't1', title: 'written offline' });
    await client.idle();
    expect(await server.record('Task', 't1')).toBeUndefined();
    expect(await client.syncNow()).toMatchObject({ kind: 'skipped' });
    client.dispatch('connection-restored');
    await client.idle();
    expect(await server.record('Task', 't1')).toMatchObject({ title: 'written offline' });
    client.stop();
  });

  it('blocks writes where the state says so, naming the state and the entity, with per-entity exceptions', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    client.dispatch('user-action', 'freeze');
    expect(client.status.get().state).toBe('frozen');
    const error = await client
      .table('Task')
      .put({ id: 't1', title: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteBlockedError);
    expect(error).toMatchObject({ state: 'frozen', entity: 'Task' });
    expect((error as Error).message).toContain('frozen');
    await client.table('Log').put({ id: 'l1', text: 'allowed here' });
    expect(await client.table('Task').get('t1')).toBeUndefined();
    client.dispatch('user-action', 'thaw');
    await client.table('Task').put({ id: 't1', title: 'x' });
  });

  it('a failed heartbeat moves to offline; a probe brings the device back and syncs', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client, transport, time } = await device(server);
    client.start();
    await client.idle();
    transport.online = false;
    await client.table('Task').put({ id: 't1', title: 'x' });
    await client.idle();
    expect(client.status.get()).toMatchObject({ state: 'offline', online: false });
    transport.online = true;
    time.advance(1000);
    await client.idle();
    expect(client.status.get().state).toBe('online');
    expect(await server.record('Task', 't1')).toBeDefined();
    client.stop();
  });

  it('online-only entities are never stored, are read from the server, and refuse writes and reads offline', async () => {
    const spec = taskSpec({
      mutate: (s) => {
        s.entities[1]!.offline.availability = 'online-only';
      },
    });
    const server = new InMemorySyncServer({ spec });
    const { client } = await device(server);
    await client.table('Log').put({ id: 'l1', text: 'straight to the server' });
    expect(await server.record('Log', 'l1')).toMatchObject({ text: 'straight to the server' });
    expect(await client.table('Log').get('l1')).toEqual({ id: 'l1', text: 'straight to the server' });
    expect(await client.table('Log').get('nope')).toBeUndefined();
    await client.table('Log').put({ id: 'l0', text: 'second' });
    const page = await client.table('Log').readPage({ limit: 10 });
    expect(page.records.map((r) => r.id).sort()).toEqual(['l0', 'l1']);
    expect(page.hasMore).toBe(false);
    const filtered = await client.table('Log').readPage({ where: { text: 'second' } });
    expect(filtered.records).toEqual([{ id: 'l0', text: 'second' }]);
    await expect(client.table('Log').readPage({ where: { txt: 'second' } })).rejects.toThrow(
      /Log has no field “txt” to filter on/,
    );
    await expect(client.table('Log').query()).rejects.toThrow(/online-only/);
    client.dispatch('connection-lost');
    await expect(client.table('Log').put({ id: 'l2', text: 'x' })).rejects.toBeInstanceOf(WriteBlockedError);
    await expect(client.table('Log').get('l1')).rejects.toThrow(/offline/);
  });
});
