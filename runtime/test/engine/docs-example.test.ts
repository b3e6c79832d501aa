import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  createMemoryTransport,
  createSyncClient,
  InMemorySyncServer,
  ManualScheduler,
  WriteError,
} from '../../src';
import type { SyncSpec } from '../../src/spec';

const spec = JSON.parse(
  readFileSync(new URL('../../../templates/field-service.json', import.meta.url), 'utf8'),
) as SyncSpec;

describe('the docs/runtime.md quick start', () => {
  it('runs as written against the in-memory server', async () => {
    const server = new InMemorySyncServer({ spec });
    const time = new ManualScheduler(Date.parse('2026-06-01T08:00:00Z'));
    const now = new Date(time.now()).toISOString();
    await server.write('Site', 'site-1', { id: 'site-1', name: 'Depot', accessCode: '4711' });
    await server.write('Job', 'job-1', {
      id: 'job-1',
      title: 'Fix valve',
      siteId: 'site-1',
      assigneeId: 'tech-1',
      region: 'north',
      scheduledAt: now,
    });
    const caller = { userId: 'tech-1', roles: ['technician'], params: { region: 'north' }, now: time.now() };
    const client = await createSyncClient({
      spec,
      transport: createMemoryTransport(server, caller),
      user: { id: 'tech-1', roles: ['technician'], params: { region: 'north' } },
      encryptionKey: await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
        'encrypt',
        'decrypt',
      ]),
      indexedDB: new IDBFactory(),
      IDBKeyRange,
      scheduler: time,
      network: null,
    });
    client.start();
    await client.idle();

    const jobs = client.table('Job');
    expect(await jobs.query({ where: { assigneeId: 'tech-1' } })).toHaveLength(1);
    await jobs.update('job-1', { status: 'in_progress' });
    await jobs.increment('job-1', 'minutesWorked', 15);
    await jobs.addToSet('job-1', 'partsUsed', 'valve-22');
    const badges: string[] = [];
    client.status.subscribe((s) => badges.push(s.pending.critical > 0 ? 'saved on this device' : 'synced'));
    await client.idle();
    expect(badges.at(-1)).toBe('synced');
    expect(await server.record('Job', 'job-1')).toMatchObject({
      status: 'in_progress',
      minutesWorked: 15,
      partsUsed: ['valve-22'],
    });
    const error = await jobs.update('job-1', { status: 'finished' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect(error).toMatchObject({ pointer: '/status' });
    expect(await client.table('Site').get('site-1')).toMatchObject({ accessCode: '4711' });
    client.dispatch('battery-low');
    expect(client.status.get().state).toBe('lowBattery');
    await client.close();
  });
});
