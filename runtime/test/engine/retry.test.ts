import { describe, expect, it } from 'vitest';
import { backoffFromSpec, retryDelayMs } from '../../src';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

describe('retry backoff', () => {
  const policy = { initialDelay: '1s', maxDelay: '10s', multiplier: 2, maxAttempts: 5 } as const;

  it('grows exponentially up to maxDelay without jitter', () => {
    const b = backoffFromSpec({ ...policy, jitter: 'none' });
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(b, n, () => 0.5))).toEqual([
      1000, 2000, 4000, 8000, 10000, 10000,
    ]);
  });

  it('full jitter waits a random share of the whole ceiling, equal jitter of its upper half', () => {
    const full = backoffFromSpec({ ...policy, jitter: 'full' });
    const equal = backoffFromSpec({ ...policy, jitter: 'equal' });
    expect(retryDelayMs(full, 3, () => 0)).toBe(0);
    expect(retryDelayMs(full, 3, () => 0.25)).toBe(1000);
    expect(retryDelayMs(equal, 3, () => 0)).toBe(2000);
    expect(retryDelayMs(equal, 3, () => 0.5)).toBe(3000);
  });

  it('a failing server is retried on the policy schedule, then the operation becomes a dead letter', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client, transport, time } = await device(server);
    const dead: string[] = [];
    client.on('dead-letter', (e) => dead.push(e.deadLetter.operation.key));
    transport.failNext(3, { kind: 'status', status: 503 }, 'push');
    client.start();
    await client.table('Task').put({ id: 't1', title: 'stubborn' });
    await client.idle();
    expect(transport.stats.push).toBe(1);
    expect(client.status.get().lastError).toMatchObject({ retryable: true });
    const t0 = time.now();
    expect(time.pending).toContain(t0 + 1000);
    time.advance(999);
    await client.idle();
    expect(transport.stats.push).toBe(1);
    time.advance(1);
    await client.idle();
    expect(transport.stats.push).toBe(2);
    time.advance(1999);
    await client.idle();
    expect(transport.stats.push).toBe(2);
    time.advance(1);
    await client.idle();
    expect(transport.stats.push).toBe(3);
    expect(dead).toEqual(['t1']);
    expect(client.status.get()).toMatchObject({ deadLetters: 1, pending: { critical: 0 } });
    const [letter] = await client.deadLetters.list();
    expect(letter).toMatchObject({ attempts: 3, operation: { key: 't1' } });
    // The record still shows the edit; nothing was dropped silently.
    expect(await client.table('Task').get('t1')).toMatchObject({ title: 'stubborn' });
    await client.deadLetters.retry(letter!.id);
    await client.idle();
    expect(await server.record('Task', 't1')).toMatchObject({ title: 'stubborn' });
    expect(client.status.get()).toMatchObject({ deadLetters: 0, lastError: null });
    client.stop();
  });

  it('a dead letter from 503s keeps lastError while it waits, then goes back to the queue by itself', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client, transport, time } = await device(server);
    transport.failNext(3, { kind: 'status', status: 503 }, 'push');
    client.start();
    await client.table('Task').put({ id: 't1', title: 'later' });
    await client.idle();
    for (const wait of [1000, 2000, 4000]) {
      time.advance(wait);
      await client.idle();
    }
    // The third failure parked it; the cycle after that found the server well again.
    expect(client.status.get()).toMatchObject({ deadLetters: 1, lastError: { retryable: true } });
    expect(await server.record('Task', 't1')).toBeUndefined();
    time.advance(60_000); // retry.maxDelay of the spec: the longest a failing server is given
    await client.idle();
    expect(await server.record('Task', 't1')).toMatchObject({ title: 'later' });
    expect(client.status.get()).toMatchObject({ deadLetters: 0, lastError: null });
    client.stop();
  });

  it('a dead letter from refused requests (4xx) stays parked until someone retries it', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client, transport, time } = await device(server);
    transport.failNext(3, { kind: 'status', status: 400 }, 'push');
    client.start();
    await client.table('Task').put({ id: 't1', title: 'refused' });
    await client.idle();
    for (const wait of [1000, 2000, 4000, 60_000, 60_000]) {
      time.advance(wait);
      await client.idle();
    }
    expect(client.status.get()).toMatchObject({ deadLetters: 1, lastError: { retryable: false } });
    expect(await server.record('Task', 't1')).toBeUndefined();
    client.stop();
  });

  it('a successful cycle resets the backoff', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client, transport, time } = await device(server);
    client.start();
    transport.failNext(1, { kind: 'status', status: 500 }, 'push');
    await client.table('Task').put({ id: 't1', title: 'a' });
    await client.idle();
    time.advance(1000);
    await client.idle();
    expect(await server.record('Task', 't1')).toBeDefined();
    transport.failNext(1, { kind: 'status', status: 500 }, 'push');
    await client.table('Task').put({ id: 't2', title: 'b' });
    await client.idle();
    expect(time.pending).toContain(time.now() + 1000);
    client.stop();
  });

  it('a local storage failure during a cycle is retried, without declaring the device offline', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    await client.table('Task').put({ id: 't1', title: 'a' });
    const outbox = client.storage.table('_outbox');
    const fail = () => {
      throw new Error('quota exceeded');
    };
    outbox.hook('deleting', fail);
    expect(await client.syncNow()).toMatchObject({ kind: 'failed', error: expect.stringContaining('quota') });
    expect(client.status.get()).toMatchObject({ state: 'online', lastError: { retryable: true } });
    outbox.hook('deleting').unsubscribe(fail);
    expect(await client.syncNow()).toMatchObject({ kind: 'synced' });
    expect(client.status.get().pending.critical).toBe(0);
  });

  it('a discarded dead letter reverts the record to the server version', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    await server.write('Task', 't1', { id: 't1', title: 'server' });
    const { client, transport } = await device(server);
    await client.syncNow();
    transport.failNext(3, { kind: 'status', status: 500 }, 'push');
    await client.table('Task').update('t1', { title: 'local' });
    for (let i = 0; i < 3; i++) await client.syncNow();
    const [letter] = await client.deadLetters.list();
    await client.deadLetters.discard(letter!.id);
    expect(await client.table('Task').get('t1')).toMatchObject({ title: 'server' });
    expect(await client.deadLetters.list()).toEqual([]);
  });
});

describe('refusals', () => {
  it('an operation the server refuses for good does not hold back the others, and is listed', async () => {
    const deviceSpec = taskSpec();
    const serverSpec = taskSpec({
      mutate: (s) => {
        s.roles[0]!.permissions[1] = { entity: 'Log', actions: ['read'] };
      },
    });
    const server = new InMemorySyncServer({ spec: serverSpec });
    const { client } = await device(server, { spec: deviceSpec });
    const reasons: string[] = [];
    client.on('operation-rejected', (e) => reasons.push(`${e.operation.key}:${e.reason}`));
    await client.table('Log').put({ id: 'l1', text: 'refused' });
    await client.table('Task').put({ id: 't1', title: 'fine' });
    await client.table('Log').put({ id: 'l2', text: 'refused too' });
    await client.table('Task').put({ id: 't2', title: 'fine too' });
    await client.syncNow();
    await client.syncNow();
    expect(await server.record('Task', 't1')).toBeDefined();
    expect(await server.record('Task', 't2')).toBeDefined();
    expect(reasons).toEqual(['l1:permission', 'l2:permission']);
    expect((await client.rejected.list()).map((r) => r.operation.key)).toEqual(['l1', 'l2']);
    // The lost writes are visible in the list; the records return to the server state (absent).
    expect(await client.table('Log').get('l1')).toBeUndefined();
    expect(client.status.get()).toMatchObject({ rejected: 2, pending: { critical: 0, low: 0 } });
    await client.rejected.dismiss((await client.rejected.list())[0]!.id);
    expect(client.status.get().rejected).toBe(1);
  });
});
