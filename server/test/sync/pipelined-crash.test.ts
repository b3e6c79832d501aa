import 'fake-indexeddb/auto';
import { createHttpTransport, createSyncClient } from '@syncraft/runtime';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import { templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS, freshDatabaseConfig } from '../helpers/databases';
import { jobValues } from '../helpers/records';
import {
  publishOverHttp,
  pullEverything,
  type ServerProcess,
  serverProcessEnv,
  startServerProcess,
} from '../helpers/server-process';

const APP = 'field-service';
const JOBS = 240;

describe.each(DIALECTS)('pipelined push across a server crash on %s', (dialect) => {
  const db = freshDatabaseConfig(dialect, 'pipecrash');
  afterAll(async () => {
    await db.cleanup();
  });

  it('loses nothing and applies nothing twice when the server dies with several batches in flight', async () => {
    const env = serverProcessEnv(db.config, `/tmp/syncraft-pipecrash-${process.pid}`);
    let server: ServerProcess = await startServerProcess(env);
    const token = await tokenFor('dora', ['dispatcher'], { region: 'north' });
    // Requests go to whichever server process runs now; once the crash is armed, the third
    // concurrent push kills the process while the others are in flight.
    let armed = false;
    let pushesInFlight = 0;
    let peak = 0;
    const viaCurrentServer: typeof fetch = async (input, init) => {
      const url = String(input).replace(/^http:\/\/[^/]+/, server.url);
      const isPush = url.endsWith('/sync/push');
      if (isPush) peak = Math.max(peak, ++pushesInFlight);
      try {
        if (isPush && armed && pushesInFlight >= 3) {
          armed = false;
          const sent = fetch(url, init);
          setTimeout(() => server.child.kill('SIGKILL'), 5);
          return await sent;
        }
        return await fetch(url, init);
      } finally {
        if (isPush) pushesInFlight--;
      }
    };
    try {
      await publishOverHttp(server.url, templateSpec(APP));
      const client = await createSyncClient({
        spec: templateSpec(APP),
        transport: createHttpTransport({
          baseUrl: server.url,
          appId: APP,
          token: () => token,
          fetch: viaCurrentServer,
        }),
        user: { id: 'dora', roles: ['dispatcher'], params: { region: 'north' } },
        clientId: 'tablet',
        indexedDB: new IDBFactory(),
        IDBKeyRange,
        network: null,
        encryptionKey: await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
          'encrypt',
          'decrypt',
        ]),
      });
      const jobs = client.table('Job');
      const job = jobValues;
      await jobs.put(job('counter'));
      expect(await client.syncNow()).toMatchObject({ kind: 'synced' });

      // Written offline: many new jobs, with increments of one counter between them.
      let increments = 0;
      for (let i = 0; i < JOBS; i++) {
        await jobs.put(job(`j${i}`));
        if (i % 40 === 0) {
          await jobs.increment('counter', 'minutesWorked', 1);
          increments++;
        }
      }
      armed = true;
      const crashed = await client.syncNow();
      expect(crashed.kind).toBe('failed');
      expect(await server.exited).toBe('SIGKILL');
      expect(peak).toBeGreaterThanOrEqual(3);

      server = await startServerProcess(env);
      // The failed heartbeat took the device offline; the network is back.
      client.dispatch('connection-restored');
      for (let round = 0; round < 5 && (await client.storage.table('_outbox').count()) > 0; round++)
        await client.syncNow();
      expect(await client.storage.table('_outbox').count()).toBe(0);
      expect(client.status.get().deadLetters).toBe(0);
      await client.close();

      const records = await pullEverything(server.url, APP, token);
      expect([...records.keys()].filter((k) => /^j\d+$/.test(k))).toHaveLength(JOBS);
      expect(records.get('counter')?.minutesWorked).toBe(increments);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 180_000);
});
