import { describe, expect, it } from 'vitest';
import type { PushRequest, PushResponse } from '../../src/protocol';
import { TransportError } from '../../src/transport/types';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

type Push = (request: PushRequest) => Promise<PushResponse>;

/**
 * Holds every push until the test answers it; `waitFor(n)` resolves once n pushes are held, and
 * records which records were in flight together.
 */
function gate(transport: { push: Push }) {
  const forward = transport.push.bind(transport);
  const held: { request: PushRequest; answer: () => void }[] = [];
  const waiters: { count: number; wake: () => void }[] = [];
  const overlaps: string[] = [];
  transport.push = (request) =>
    new Promise<PushResponse>((resolve, reject) => {
      if (request.operations.length === 0) return void forward(request).then(resolve, reject);
      const keys = new Set(request.operations.map((o) => o.key));
      for (const other of held)
        for (const op of other.request.operations) if (keys.has(op.key)) overlaps.push(op.key);
      const entry = {
        request,
        answer: () => {
          held.splice(held.indexOf(entry), 1);
          forward(request).then(resolve, reject);
        },
      };
      held.push(entry);
      for (const w of [...waiters]) if (held.length >= w.count) w.wake();
    });
  const waitFor = (count: number) =>
    new Promise<void>((wake) => {
      if (held.length >= count) wake();
      else waiters.push({ count, wake });
    });
  return { held, waitFor, overlaps };
}

/** Answers held pushes oldest first until the sync cycle ends. */
async function drain(pushes: ReturnType<typeof gate>, synced: Promise<unknown>): Promise<void> {
  const ended = synced.then(() => true);
  for (;;) {
    if (await Promise.race([ended, pushes.waitFor(1).then(() => false)])) return;
    pushes.held[0]!.answer();
  }
}

describe('pipelined push', () => {
  it('keeps four batches in flight and acknowledges them in the order they were taken', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client, transport } = await device(server);
    const tasks = client.table('Task');
    for (let i = 0; i < 15; i++) await tasks.put({ id: `t${i}`, title: `task ${i}` });
    const pushes = gate(transport);
    const synced = client.syncNow();
    await pushes.waitFor(4);
    expect(pushes.held.map((h) => h.request.operations.map((o) => o.key))).toEqual([
      ['t0', 't1', 't2'],
      ['t3', 't4', 't5'],
      ['t6', 't7', 't8'],
      ['t9', 't10', 't11'],
    ]);
    // The fourth batch answered first is applied only after the ones before it.
    pushes.held[3]!.answer();
    expect(await client.storage.table('_outbox').count()).toBe(15);
    await drain(pushes, synced);
    const result = await synced;
    expect(result).toMatchObject({ kind: 'synced', pushed: 15 });
    expect(await client.storage.table('_outbox').count()).toBe(0);
    expect(client.counters().upstream).toMatchObject({ batches: 5, operations: 15, peakInFlight: 4 });
    for (let i = 0; i < 15; i++)
      expect(await server.record('Task', `t${i}`)).toMatchObject({ title: `task ${i}` });
  });

  it('never has one record in two batches in flight, so its edits reach the server in order', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client, transport } = await device(server);
    const logs = client.table('Log');
    await logs.put({ id: 'a', text: 'a0' });
    await logs.put({ id: 'b', text: 'b0' });
    for (let i = 1; i <= 6; i++) await logs.update(i % 2 ? 'a' : 'b', { text: `edit ${i}` });
    const pushes = gate(transport);
    const synced = client.syncNow();
    await drain(pushes, synced);
    expect(pushes.overlaps).toEqual([]);
    expect(await server.record('Log', 'a')).toMatchObject({ text: 'edit 5' });
    expect(await server.record('Log', 'b')).toMatchObject({ text: 'edit 6' });
  });
});

describe('batches the server finds too large', () => {
  /** Refuses, like the HTTP server's body limit, any push whose JSON is longer than `limit`. */
  function bodyLimit(transport: { push: Push }, limit: number) {
    const forward = transport.push.bind(transport);
    const sizes: number[] = [];
    transport.push = async (request) => {
      const size = JSON.stringify(request).length;
      sizes.push(size);
      if (size > limit)
        throw TransportError.fromResponse(413, {
          error: { code: 'payload-too-large', message: 'too large' },
        });
      return forward(request);
    };
    return sizes;
  }

  it('splits a batch refused with 413 until every operation the server accepts alone is applied', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client, transport } = await device(server);
    const logs = client.table('Log');
    const text = 'x'.repeat(200_000);
    for (let i = 0; i < 30; i++) await logs.put({ id: `big${i}`, text: `${i}${text}` });
    const sizes = bodyLimit(transport, 700_000);
    const result = await client.syncNow();
    expect(result).toMatchObject({ kind: 'synced', pushed: 30 });
    expect(client.status.get().deadLetters).toBe(0);
    expect(await client.storage.table('_outbox').count()).toBe(0);
    for (let i = 0; i < 30; i++)
      expect((await server.record('Log', `big${i}`))?.text).toHaveLength(200_000 + String(i).length);
    expect(client.counters().upstream.splits).toBeGreaterThan(0);
    // Once a size was refused, later batches are cut smaller: few refusals, not one per batch.
    expect(sizes.filter((s) => s > 700_000).length).toBeLessThanOrEqual(2);
  });

  it('parks at once an operation refused alone and sends the rest of the queue', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client, transport } = await device(server);
    const logs = client.table('Log');
    await logs.put({ id: 'huge', text: 'y'.repeat(200_000) });
    await logs.put({ id: 'small', text: 'fits' });
    bodyLimit(transport, 100_000);
    const dead: string[] = [];
    client.on('dead-letter', ({ deadLetter }) => dead.push(deadLetter.operation.key));
    const result = await client.syncNow();
    expect(result).toMatchObject({ kind: 'synced' });
    expect(dead).toEqual(['huge']);
    expect(await server.record('Log', 'small')).toMatchObject({ text: 'fits' });
    expect(await server.record('Log', 'huge')).toBeUndefined();
    expect(client.status.get().deadLetters).toBe(1);
  });
});
