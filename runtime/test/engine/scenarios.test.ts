import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NetworkSource } from '../../src';
import type { SyncSpec } from '../../src/spec';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

const fieldService = JSON.parse(
  readFileSync(new URL('../../../templates/field-service.json', import.meta.url), 'utf8'),
) as SyncSpec;

describe('the worked example of docs/runtime.md', () => {
  it('Ana and Ben edit job-1 offline and both end with the documented record', async () => {
    const server = new InMemorySyncServer({ spec: fieldService });
    const time = { start: Date.parse('2026-06-01T08:00:00Z') };
    const scheduledAt = new Date(time.start).toISOString();
    await server.write('Site', 'site-1', { id: 'site-1', name: 'Depot' });
    await server.write('Job', 'job-1', {
      id: 'job-1',
      title: 'Valve',
      siteId: 'site-1',
      assigneeId: 'ana',
      region: 'north',
      scheduledAt,
      status: 'open',
      minutesWorked: 30,
      partsUsed: ['seal'],
      notes: 'Gas smell',
    });
    const params = { region: 'north' };
    const ana = await device(server, { userId: 'ana', roles: ['technician', 'dispatcher'], params });
    const ben = await device(server, { userId: 'ben', roles: ['dispatcher'], params, time: ana.time });
    await ana.client.syncNow();
    await ben.client.syncNow();
    const a = ana.client.table('Job');
    const b = ben.client.table('Job');
    await a.update('job-1', { title: 'Fix valve', status: 'done', completedAt: '2026-06-01T10:05:00Z' });
    await a.increment('job-1', 'minutesWorked', 15);
    await a.addToSet('job-1', 'partsUsed', 'valve');
    await a.update('job-1', { notes: 'Valve shut' });
    ana.time.advance(60_000);
    await b.update('job-1', {
      title: 'Replace valve',
      status: 'in_progress',
      completedAt: '2026-06-01T09:50:00Z',
    });
    await b.increment('job-1', 'minutesWorked', 20);
    await b.addToSet('job-1', 'partsUsed', 'gasket');
    await b.removeFromSet('job-1', 'partsUsed', 'seal');
    await b.update('job-1', { notes: 'Valve replaced' });
    await server.write('Job', 'job-1', { region: 'north' });
    for (const d of [ana, ben, ana]) await d.client.syncNow();
    const expected = {
      title: 'Replace valve',
      status: 'done',
      minutesWorked: 65,
      partsUsed: ['gasket', 'valve'],
      completedAt: '2026-06-01T10:05:00Z',
      notes: 'Valve replaced',
    };
    expect(await a.get('job-1')).toMatchObject(expected);
    expect(await b.get('job-1')).toMatchObject(expected);
    expect(await server.record('Job', 'job-1')).toMatchObject(expected);
    expect((await ben.client.conflicts.list()).map((c) => c.fields)).toEqual([['notes']]);
  });
});

describe('spec versions and connectivity', () => {
  it('a newer published spec stops sync with spec-upgrade-required and keeps the queue', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const seen: (string | undefined)[] = [];
    client.on('spec-upgrade-required', (e) => seen.push(e.publishedVersion));
    server.publish(taskSpec({ version: '2.0.0' }));
    await client.table('Task').put({ id: 't1', title: 'kept' });
    const result = await client.syncNow();
    expect(result).toMatchObject({ kind: 'failed', retryInMs: null });
    expect(seen).toEqual(['2.0.0']);
    expect(client.status.get()).toMatchObject({ pending: { critical: 1 }, lastError: { retryable: false } });
    expect(await client.syncNow()).toMatchObject({ kind: 'failed' });
    expect(seen).toHaveLength(1);
  });

  it('follows the browser online and offline events', async () => {
    const target = new EventTarget();
    const network: NetworkSource & { navigator: { onLine: boolean } } = {
      navigator: { onLine: true },
      addEventListener: (type, fn) => target.addEventListener(type, fn),
      removeEventListener: (type, fn) => target.removeEventListener(type, fn),
    };
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server, { extra: { network } });
    client.start();
    target.dispatchEvent(new Event('offline'));
    expect(client.status.get()).toMatchObject({ state: 'offline', online: false });
    await client.table('Task').put({ id: 't1', title: 'offline write' });
    await client.idle();
    expect(await server.record('Task', 't1')).toBeUndefined();
    target.dispatchEvent(new Event('online'));
    await client.idle();
    expect(await server.record('Task', 't1')).toBeDefined();
    client.stop();
    target.dispatchEvent(new Event('offline'));
    expect(client.status.get().state).toBe('online');
  });

  it('pulls on the server notification, and on the spec interval without one', async () => {
    const spec = taskSpec({
      mutate: (s) => {
        s.entities[0]!.sync.schedule = { onAppStart: true, interval: '5m' };
      },
    });
    const server = new InMemorySyncServer({ spec });
    const live = await device(server);
    live.client.start();
    await live.client.idle();
    await server.write('Task', 't1', { id: 't1', title: 'pushed by the office' });
    await live.client.idle();
    expect(await live.client.table('Task').get('t1')).toBeDefined();
    live.client.stop();

    // A transport without subscribe(): the device only learns of changes by polling.
    const wire = (await device(server)).transport;
    const quiet = await device(server, {
      extra: { transport: { push: (r) => wire.push(r), pull: (r) => wire.pull(r) } },
    });
    quiet.client.start();
    await quiet.client.idle();
    await server.write('Task', 't2', { id: 't2', title: 'later' });
    await quiet.client.idle();
    expect(await quiet.client.table('Task').get('t2')).toBeUndefined();
    quiet.time.advance(5 * 60_000);
    await quiet.client.idle();
    expect(await quiet.client.table('Task').get('t2')).toBeDefined();
    quiet.client.stop();
  });
});
