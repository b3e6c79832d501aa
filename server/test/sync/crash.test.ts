import { request as httpRequest } from 'node:http';
import type { Operation, PushResponse } from '@syncraft/runtime/protocol';
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

async function call(url: string, token: string, method: string, body?: unknown) {
  const res = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Sends a push and SIGKILLs the server as soon as the whole request has left the client. */
function pushThenKill(server: ServerProcess, token: string, body: string): Promise<void> {
  return new Promise((resolve) => {
    const req = httpRequest(`${server.url}/api/apps/${APP}/sync/push`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
      },
    });
    req.on('error', () => resolve()); // the connection dies with the process
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve());
    });
    req.on('finish', () => server.child.kill('SIGKILL'));
    req.end(body);
  });
}

describe.each(DIALECTS)('crash safety of the real server process on %s', (dialect) => {
  const db = freshDatabaseConfig(dialect, 'crash');
  afterAll(async () => {
    await db.cleanup();
  });

  it('loses nothing acknowledged and applies nothing twice across a SIGKILL mid-push', async () => {
    const env = serverProcessEnv(db.config, `/tmp/syncraft-crash-${process.pid}-${dialect}`);
    const dispatcher = await tokenFor('dora', ['dispatcher'], { region: 'north' });
    let server = await startServerProcess(env);
    try {
      await publishOverHttp(server.url, templateSpec(APP));

      let n = 0;
      const hlc = () => `${Date.now()}-${String(++n).padStart(6, '0')}-office`;
      const job = (key: string): Operation => ({
        id: `create-${key}`,
        entity: 'Job',
        key,
        kind: 'upsert',
        changes: jobValues(key),
        base: {},
        baseVersion: 0,
        hlc: hlc(),
        clientId: 'office',
      });
      const increment = (i: number): Operation => ({
        id: `tick-${i}`,
        entity: 'Job',
        key: 'counter',
        kind: 'upsert',
        changes: { minutesWorked: 1 },
        base: { minutesWorked: 0 },
        baseVersion: 1,
        hlc: hlc(),
        clientId: 'office',
      });
      const push = (operations: Operation[]) => ({
        protocol: 1,
        specVersion: '1.0.0',
        clientId: 'office',
        operations,
      });

      // Acknowledged before the crash.
      const acked = await call(
        `${server.url}/api/apps/${APP}/sync/push`,
        dispatcher,
        'POST',
        push([job('counter'), job('acked-1'), job('acked-2')]),
      );
      expect(acked.status).toBe(200);

      // A big batch: 250 new jobs and 240 increments of one counter, killed while in flight.
      const big = push([
        ...Array.from({ length: 250 }, (_, i) => job(`big-${i}`)),
        ...Array.from({ length: 240 }, (_, i) => increment(i)),
      ]);
      await pushThenKill(server, dispatcher, JSON.stringify(big));
      expect(await server.exited).toBe('SIGKILL');

      server = await startServerProcess(env);
      const replay = await call(`${server.url}/api/apps/${APP}/sync/push`, dispatcher, 'POST', big);
      expect(replay.status).toBe(200);
      const statuses = new Set((replay.body as unknown as PushResponse).results.map((r) => r.status));
      expect([...statuses].every((s) => s === 'applied' || s === 'merged')).toBe(true);
      const again = await call(`${server.url}/api/apps/${APP}/sync/push`, dispatcher, 'POST', big);
      expect(again.body).toEqual(replay.body);

      const records = await pullEverything(server.url, APP, dispatcher);
      expect(records.has('acked-1') && records.has('acked-2')).toBe(true);
      expect([...records.keys()].filter((k) => k.startsWith('big-'))).toHaveLength(250);
      expect(records.get('counter')?.minutesWorked).toBe(240);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 120_000);
});
