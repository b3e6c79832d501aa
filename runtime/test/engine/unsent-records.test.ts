import { describe, expect, it } from 'vitest';
import type { SyncTransport } from '../../src';
import type { PushRequest, PushResponse } from '../../src/protocol';
import { createMemoryTransport } from '../../src/transport/memory';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

/** A transport whose pushes wait until `release()`, so a test can look at a push in flight. */
function heldPushes(inner: SyncTransport) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let started!: () => void;
  const pushStarted = new Promise<void>((resolve) => {
    started = resolve;
  });
  const transport: SyncTransport = {
    async push(request: PushRequest): Promise<PushResponse> {
      started();
      await gate;
      return inner.push(request);
    },
    pull: (request) => inner.pull(request),
  };
  return { transport, release, pushStarted };
}

describe('client.unsentRecords', () => {
  it('lists records with unsent edits as saved, then sending while pushed, then nothing once confirmed', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    await server.write('Task', 't1', { id: 't1', title: 'Server task' });
    const caller = { userId: 'u1', roles: ['worker'], params: {}, now: Date.parse('2026-06-01T00:00:00Z') };
    const held = heldPushes(createMemoryTransport(server, caller));
    const d = await device(server, { extra: { transport: held.transport } });
    await d.client.syncNow(); // pulls t1; nothing to push yet
    await d.client.table('Task').update('t1', { title: 'Mine' });
    await d.client.table('Task').increment('t1', 'hours', 2);
    await d.client.table('Task').put({ id: 't2', title: 'New here' });

    expect(await d.client.unsentRecords()).toEqual([
      { entity: 'Task', key: 't1', state: 'saved', operations: 1 },
      { entity: 'Task', key: 't2', state: 'saved', operations: 1 },
    ]);

    const synced = d.client.syncNow();
    await held.pushStarted;
    expect((await d.client.unsentRecords()).map((r) => r.state)).toEqual(['sending', 'sending']);

    held.release();
    await synced;
    expect(await d.client.unsentRecords()).toEqual([]);
    expect(await server.record('Task', 't2')).toMatchObject({ title: 'New here' });
  });

  it('marks a record stuck when only dead letters are left, and saved again after retry', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    await server.write('Task', 't1', { id: 't1', title: 'Server task' });
    const d = await device(server);
    await d.client.syncNow();
    await d.client.table('Task').update('t1', { title: 'Mine' });
    // taskSpec allows 3 attempts: three refused deliveries park the edit.
    d.transport.failNext(3, { kind: 'status', status: 400 }, 'push');
    for (let i = 0; i < 3; i++) {
      await d.client.syncNow();
      d.time.advance(60_000);
    }
    expect(await d.client.unsentRecords()).toEqual([
      { entity: 'Task', key: 't1', state: 'stuck', operations: 1 },
    ]);
    const [letter] = await d.client.deadLetters.list();
    await d.client.deadLetters.retry(letter!.id);
    expect((await d.client.unsentRecords()).map((r) => r.state)).toEqual(['saved']);
  });
});
