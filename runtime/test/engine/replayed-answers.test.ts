import { describe, expect, it } from 'vitest';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

describe('answers older than the record on the device', () => {
  // Found by the fault harness (seed 99): a tag the device added stayed missing on the device itself.
  it('a dead letter that reached the server does not undo a newer version the device holds when its answer is replayed', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    await server.write('Task', 's1', { id: 's1', title: 'collection', tags: [] });
    const { client, transport, time } = await device(server);
    await client.syncNow();
    const tasks = client.table('Task');
    // A failed call takes the device offline; it hears its network is back after each try.
    const sync = async () => {
      await client.syncNow();
      client.dispatch('connection-restored');
    };
    // t0 reaches the server but its answer is lost; then three 503s park it as a dead letter.
    transport.failNext(1, { kind: 'lose-response' }, 'push');
    await tasks.addToSet('s1', 'tags', 't0');
    await sync();
    transport.failNext(2, { kind: 'status', status: 503 }, 'push');
    await sync();
    await sync();
    expect(client.status.get().deadLetters).toBe(1);
    // Meanwhile the office adds t1; the device pulls that newer version while t0 waits.
    await server.write('Task', 's1', { tags: ['t0', 't1'] });
    await sync();
    expect((await tasks.get('s1'))?.tags).toEqual(['t0', 't1']);
    // Past retry.maxDelay the dead letter goes back in the queue; the server replays t0's old answer.
    time.advance(61_000);
    await client.syncNow();
    expect(client.status.get()).toMatchObject({ deadLetters: 0, pending: { critical: 0 } });
    expect((await tasks.get('s1'))?.tags).toEqual(['t0', 't1']);
    await client.syncNow();
    expect((await tasks.get('s1'))?.tags).toEqual(['t0', 't1']);
  });

  // Found by the fault harness (seed 99, case 449): a later edit overtook its record's parked create.
  it('an edit made after a dead letter of the same record waits behind it, then both arrive in order', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client, transport, time } = await device(server);
    const tasks = client.table('Task');
    const sync = async () => {
      await client.syncNow();
      client.dispatch('connection-restored');
    };
    transport.failNext(3, { kind: 'status', status: 503 }, 'push');
    await tasks.put({ id: 'k2', title: 'first' });
    for (let i = 0; i < 3; i++) await sync();
    expect(client.status.get().deadLetters).toBe(1);
    await tasks.update('k2', { title: 'second' });
    await sync();
    // Sent alone, the update of a record the server never saw would be refused (missing-required).
    expect(await server.record('Task', 'k2')).toBeUndefined();
    expect(await client.rejected.list()).toEqual([]);
    expect(client.status.get()).toMatchObject({ deadLetters: 1, pending: { critical: 1 } });
    time.advance(61_000);
    await sync();
    expect(await server.record('Task', 'k2')).toMatchObject({ title: 'second' });
    expect(await client.rejected.list()).toEqual([]);
    expect(client.status.get()).toMatchObject({ deadLetters: 0, pending: { critical: 0 } });
  });
});
