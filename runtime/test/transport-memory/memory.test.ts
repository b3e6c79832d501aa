import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccessContext } from '../../src/access/context';
import type { PullRequest, PushRequest } from '../../src/protocol/types';
import { createMemoryTransport, InMemorySyncServer } from '../../src/transport/memory';
import { TransportError } from '../../src/transport/types';
import { fieldServiceSpec, newJob, upsert } from '../merge/fixtures';

const spec = fieldServiceSpec();
const NOW = Date.parse('2026-11-22T08:00:00Z');
const tech: AccessContext = { userId: 'tech-1', roles: ['technician'], params: {}, now: NOW };

const pullReq: PullRequest = { protocol: 1, specVersion: '1.0.0', clientId: 'dev' };
function pushReq(...ops: PushRequest['operations']): PushRequest {
  return { protocol: 1, specVersion: '1.0.0', clientId: 'dev', operations: ops };
}

let server: InMemorySyncServer;
beforeEach(async () => {
  server = new InMemorySyncServer({ spec, now: () => NOW });
  await server.write('Job', 'j1', newJob('j1'));
});

describe('InMemorySyncServer and its transport', () => {
  it('pushes and pulls through the same authority as the HTTP server', async () => {
    const transport = createMemoryTransport(server, tech);
    const { results } = await transport.push(pushReq(upsert('j1', { status: 'done' }, { baseVersion: 1 })));
    expect(results[0]).toMatchObject({ status: 'applied' });
    const page = await transport.pull(pullReq);
    expect(page.changes[0]).toMatchObject({ kind: 'upsert', key: 'j1', record: { status: 'done' } });
  });

  it('lets the server make its own edits, which devices pull', async () => {
    await server.write('Job', 'j1', { title: 'Renamed in the office' });
    const page = await createMemoryTransport(server, tech).pull(pullReq);
    expect(page.changes[0]).toMatchObject({ record: { title: 'Renamed in the office' } });
    expect(await server.record('Job', 'j1')).toMatchObject({ title: 'Renamed in the office' });
  });

  it('tells subscribers when a push stored a change, and stops after unsubscribe', async () => {
    const transport = createMemoryTransport(server, tech);
    const heard = vi.fn();
    const stop = transport.subscribe(heard);
    await transport.push(pushReq(upsert('j1', { status: 'done' }, { baseVersion: 1 })));
    expect(heard).toHaveBeenCalledTimes(1);
    await transport.push(pushReq(upsert('j1', { status: 'nonsense' }, { baseVersion: 2 })));
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    await server.write('Job', 'j1', { title: 'x' });
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('fails the next calls with a retryable network error, then recovers', async () => {
    const transport = createMemoryTransport(server, tech);
    transport.failNext(2);
    for (let i = 0; i < 2; i++) {
      await expect(transport.pull(pullReq)).rejects.toMatchObject({
        name: 'TransportError',
        retryable: true,
      });
    }
    await expect(transport.pull(pullReq)).resolves.toMatchObject({ protocol: 1 });
    expect(transport.stats).toEqual({ push: 0, pull: 3, read: 0, failed: 2 });
  });

  it('injects an error status: 503 is retryable, 403 is not', async () => {
    const transport = createMemoryTransport(server, tech);
    transport.failNext(1, { kind: 'status', status: 503 });
    transport.failNext(1, { kind: 'status', status: 403 });
    await expect(transport.pull(pullReq)).rejects.toMatchObject({
      status: 503,
      retryable: true,
      code: 'unavailable',
    });
    await expect(transport.pull(pullReq)).rejects.toMatchObject({
      status: 403,
      retryable: false,
      code: 'forbidden',
    });
  });

  it('limits a fault to one direction when asked', async () => {
    const transport = createMemoryTransport(server, tech);
    transport.failNext(1, { kind: 'network' }, 'push');
    await expect(transport.pull(pullReq)).resolves.toBeDefined();
    await expect(transport.push(pushReq())).rejects.toBeInstanceOf(TransportError);
  });

  it('applies a push whose answer was lost exactly once when the device retries it', async () => {
    const transport = createMemoryTransport(server, tech);
    const op = upsert(
      'j1',
      { minutesWorked: 15 },
      { base: { minutesWorked: 0 }, baseVersion: 1, id: 'lost-1' },
    );
    transport.failNext(1, { kind: 'lose-response' });
    await expect(transport.push(pushReq(op))).rejects.toMatchObject({ retryable: true });
    const { results } = await transport.push(pushReq(op));
    expect(results[0]).toMatchObject({ opId: 'lost-1', status: 'applied' });
    expect((await server.record('Job', 'j1'))?.minutesWorked).toBe(15);
  });

  it('stays silent to subscribers while offline', async () => {
    const transport = createMemoryTransport(server, tech);
    const heard = vi.fn();
    transport.subscribe(heard);
    transport.online = false;
    await server.write('Job', 'j1', { title: 'while away' });
    expect(heard).not.toHaveBeenCalled();
    transport.online = true;
    await server.write('Job', 'j1', { title: 'back' });
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('refuses every call while offline', async () => {
    const transport = createMemoryTransport(server, tech);
    transport.online = false;
    await expect(transport.pull(pullReq)).rejects.toMatchObject({ retryable: true });
    transport.online = true;
    await expect(transport.pull(pullReq)).resolves.toBeDefined();
  });

  it('throws spec-upgrade-required with the published version after a new spec is published', async () => {
    server.publish({ ...spec, app: { ...spec.app, version: '1.1.0' } });
    const error = await createMemoryTransport(server, tech)
      .pull(pullReq)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({
      status: 409,
      code: 'spec-upgrade-required',
      publishedVersion: '1.1.0',
      retryable: false,
    });
  });

  it('waits through the injected scheduler, not a real timer', async () => {
    vi.useFakeTimers();
    try {
      const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
      const transport = createMemoryTransport(server, tech, { latency: { ms: 5000, sleep } });
      let done = false;
      const call = transport.pull(pullReq).then(() => {
        done = true;
      });
      await vi.advanceTimersByTimeAsync(4999);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await call;
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends values across as JSON, so the device never shares objects with the server', async () => {
    const transport = createMemoryTransport(server, tech);
    const page = await transport.pull(pullReq);
    const first = page.changes[0];
    if (first?.kind === 'upsert') (first.record as Record<string, unknown>).title = 'tampered';
    expect((await server.record('Job', 'j1'))?.title).toBe('Replace boiler valve');
  });

  it('runs push batches one at a time', async () => {
    const transport = createMemoryTransport(server, tech);
    const a = upsert('j1', { minutesWorked: 10 }, { base: { minutesWorked: 0 }, baseVersion: 1, id: 'a' });
    const b = upsert('j1', { minutesWorked: 7 }, { base: { minutesWorked: 0 }, baseVersion: 1, id: 'b' });
    await Promise.all([transport.push(pushReq(a)), transport.push(pushReq(b))]);
    expect((await server.record('Job', 'j1'))?.minutesWorked).toBe(17);
  });

  it('resolves a manual conflict into a new version devices pull, once', async () => {
    const transport = createMemoryTransport(server, tech);
    await server.write('Job', 'j1', { notes: 'Gas smell near meter' });
    const { results } = await transport.push(
      pushReq(upsert('j1', { notes: 'Valve replaced' }, { baseVersion: 1, at: NOW + 1 })),
    );
    expect(results[0]?.status).toBe('conflict');
    const [conflict] = server.openConflicts();
    expect(conflict?.fields).toEqual(['notes']);
    const start = await transport.pull(pullReq);
    await expect(server.resolveConflict(conflict!.id, { title: 'x' })).rejects.toThrow(/Choose a value/);
    const record = await server.resolveConflict(conflict!.id, {
      notes: 'Gas smell near meter. Valve replaced.',
    });
    expect(record.values.notes).toBe('Gas smell near meter. Valve replaced.');
    expect(server.openConflicts()).toEqual([]);
    await expect(server.resolveConflict(conflict!.id, { notes: 'again' })).rejects.toThrow(/already decided/);
    const page = await transport.pull({ ...pullReq, cursor: start.cursor });
    expect(page.changes[0]).toMatchObject({ record: { notes: 'Gas smell near meter. Valve replaced.' } });
  });

  it('reports an unknown entity or a refused server edit', async () => {
    await expect(server.write('Truck', 't1', {})).rejects.toThrow(/no entity/);
    await expect(server.write('Job', 'j1', { colour: 'red' })).rejects.toThrow(/no field/);
  });
});

describe('TransportError', () => {
  it.each([
    [500, true],
    [502, true],
    [429, true],
    [408, true],
    [400, false],
    [401, false],
    [409, false],
    [426, false],
  ])('status %i is retryable: %s', (status, retryable) => {
    expect(TransportError.fromResponse(status, null).retryable).toBe(retryable);
  });

  it('reads code, message and published version from an API error body', () => {
    const error = TransportError.fromResponse(409, {
      error: { code: 'spec-upgrade-required', message: 'Load 2.0.0', publishedVersion: '2.0.0' },
    });
    expect(error).toMatchObject({
      message: 'Load 2.0.0',
      code: 'spec-upgrade-required',
      publishedVersion: '2.0.0',
    });
  });
});
