import 'fake-indexeddb/auto';
import { createMemoryTransport, InMemorySyncServer } from '@syncraft/runtime';
import { describe, expect, it } from 'vitest';
import { DeviceSession, type DeviceState } from '../src/device/device-session';
import type { Session } from '../src/session/token';
import { nextSpec, templateSpec } from './spec-fixture';

/** A window whose connectivity the test switches, as the browser does. */
function fakeWindow(onLine: boolean) {
  const target = new EventTarget();
  const win = Object.assign(target, { navigator: { onLine } });
  return {
    win: win as unknown as Window,
    go(online: boolean) {
      win.navigator.onLine = online;
      target.dispatchEvent(new Event(online ? 'online' : 'offline'));
    },
  };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

const ana: Session = {
  token: 't',
  userId: 'ana',
  roles: ['technician'],
  claims: { region: 'north' },
  expiresAt: null,
};

async function ready(
  device: DeviceSession,
  version?: string,
): Promise<Extract<DeviceState, { phase: 'ready' }>> {
  const matches = (s: DeviceState) =>
    s.phase === 'ready' && (version === undefined || s.spec.version === version);
  if (matches(device.state)) return device.state as Extract<DeviceState, { phase: 'ready' }>;
  return new Promise((resolve, reject) => {
    const stop = device.subscribe((s) => {
      if (s.phase === 'failed') reject(new Error(s.message));
      if (matches(s)) {
        stop();
        resolve(s as Extract<DeviceState, { phase: 'ready' }>);
      }
    });
  });
}

describe('DeviceSession', () => {
  it('starts offline from the kept spec, and on return loads the newer published spec before syncing, keeping queued edits', async () => {
    const v1 = templateSpec();
    const server = new InMemorySyncServer({ spec: v1 });
    await server.write('Job', 'job-1', {
      id: 'job-1',
      title: 'Replace valve',
      siteId: 's1',
      assigneeId: 'ana',
      region: 'north',
      status: 'open',
      scheduledAt: new Date().toISOString(),
      minutesWorked: 0,
    });
    let published = { hash: '1'.repeat(64), version: '1.0.0', spec: v1 };
    const fetched: string[] = [];
    const fetchImpl = async () => {
      fetched.push(published.version);
      return new Response(JSON.stringify({ appId: 'field-service', ...published }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    const transport = createMemoryTransport(server, () => ({
      userId: 'ana',
      roles: ['technician'],
      params: { region: 'north' },
      now: Date.now(),
    }));
    const storage = memoryStorage();
    const env = (win: Window) => ({
      window: win,
      storage,
      origin: 'http://sync.test',
      fetch: fetchImpl,
      transport,
      recheckEveryMs: 0,
    });

    // First start, online: fetches and keeps v1, pulls the job.
    const first = fakeWindow(true);
    const online = new DeviceSession(ana, env(first.win));
    await online.open();
    const { client } = await ready(online);
    await client.syncNow();
    expect(await client.table('Job').get('job-1')).toMatchObject({ title: 'Replace valve' });
    await online.close();

    // Second start with no network: the kept spec opens the app; an edit is queued.
    const second = fakeWindow(false);
    const device = new DeviceSession(ana, env(second.win));
    await device.open();
    const offline = await ready(device, '1.0.0');
    expect(fetched).toEqual(['1.0.0']);
    await offline.client.table('Job').increment('job-1', 'minutesWorked', 30);

    // v1.1.0 is published meanwhile; the connection returns.
    published = { hash: '2'.repeat(64), version: '1.1.0', spec: nextSpec('1.1.0') };
    server.publish(published.spec);
    second.go(true);
    const upgraded = await ready(device, '1.1.0');
    expect(upgraded.upgradedFrom).toBe('1.0.0');
    expect(upgraded.client.database).toMatchObject({ kind: 'upgraded', fromAppVersion: '1.0.0' });
    expect(
      upgraded.client.spec.entities.find((e) => e.name === 'Visit')?.fields.map((f) => f.name),
    ).toContain('summary');
    // Only now is the client told the connection is back: it pushes the queued edit under v1.1.0.
    await new Promise<void>((resolve) => {
      const stop = upgraded.client.status.subscribe((s) => {
        if (s.online && s.lastSyncedAt !== null && s.pending.critical === 0) {
          stop();
          resolve();
        }
      });
    });
    expect(await upgraded.client.unsentRecords()).toEqual([]);
    expect(await server.record('Job', 'job-1')).toMatchObject({ minutesWorked: 30 });
    await device.close();
  });

  it('picks up a spec published while it stays online, at the next periodic check', async () => {
    const v1 = templateSpec();
    const server = new InMemorySyncServer({ spec: v1 });
    let published = { hash: '1'.repeat(64), version: '1.0.0', spec: v1 };
    // Another user: a database of its own.
    const device = new DeviceSession(
      { ...ana, userId: 'ana-2' },
      {
        window: fakeWindow(true).win,
        storage: memoryStorage(),
        origin: 'http://sync.test',
        fetch: async () =>
          new Response(JSON.stringify({ appId: 'field-service', ...published }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
        transport: createMemoryTransport(server, () => ({
          userId: 'ana',
          roles: ['technician'],
          params: {},
          now: Date.now(),
        })),
        recheckEveryMs: 20,
      },
    );
    await device.open();
    await ready(device, '1.0.0');
    published = { hash: '3'.repeat(64), version: '1.2.0', spec: nextSpec('1.2.0') };
    server.publish(published.spec);
    expect((await ready(device, '1.2.0')).upgradedFrom).toBe('1.0.0');
    await device.close();
  });

  it('stays on the spec its data was made with when a new one cannot be loaded, and does not retry it at once', async () => {
    const v1 = templateSpec();
    const server = new InMemorySyncServer({ spec: v1 });
    await server.write('Job', 'job-1', {
      id: 'job-1',
      title: 'Replace valve',
      siteId: 's1',
      assigneeId: 'ana',
      region: 'north',
      status: 'open',
      scheduledAt: new Date().toISOString(),
      minutesWorked: 0,
    });
    // 2.0.0 turns minutesWorked into text: stored jobs cannot follow.
    const v2 = {
      ...v1,
      app: { ...v1.app, version: '2.0.0' },
      entities: v1.entities.map((e) =>
        e.name === 'Job'
          ? {
              ...e,
              fields: e.fields.map((f) =>
                f.name === 'minutesWorked' ? { name: 'minutesWorked', type: 'text' } : f,
              ),
            }
          : e,
      ),
    } as typeof v1;
    let published = { hash: '1'.repeat(64), version: '1.0.0', spec: v1 };
    const device = new DeviceSession(
      { ...ana, userId: 'ana-3' },
      {
        window: fakeWindow(true).win,
        storage: memoryStorage(),
        origin: 'http://sync.test',
        fetch: async () =>
          new Response(JSON.stringify({ appId: 'field-service', ...published }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
        transport: createMemoryTransport(server, () => ({
          userId: 'ana',
          roles: ['technician'],
          params: {},
          now: Date.now(),
        })),
        recheckEveryMs: 0,
      },
    );
    await device.open();
    const first = await ready(device, '1.0.0');
    await first.client.syncNow();
    expect(await first.client.table('Job').get('job-1')).toBeDefined();

    published = { hash: '4'.repeat(64), version: '2.0.0', spec: v2 };
    await device.checkForNewSpec();
    const kept = await ready(device, '1.0.0');
    expect(kept.upgradeProblem).toMatch(/Job\.minutesWorked/);
    expect(await kept.client.table('Job').get('job-1')).toMatchObject({ title: 'Replace valve' });

    await device.checkForNewSpec(); // say, the server answered spec-upgrade-required again
    expect(device.state).toBe(kept); // not reopened
    await device.close();
  });
});
