import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';

/** Reads an event stream until `predicate` holds for the text received so far. */
async function readUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  seen: { text: string },
  predicate: (text: string) => boolean,
) {
  const decoder = new TextDecoder();
  while (!predicate(seen.text)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended; got: ${seen.text}`);
    seen.text += decoder.decode(value, { stream: true });
  }
}

describe.each(DIALECTS)('live change events on %s', (dialect) => {
  let t: TestApp;
  let server: Server;
  let base: string;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, 'events', [templateSpec('field-service')], { sseHeartbeatMs: 20 });
    await t.app.ready();
    server = t.app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    token = await tokenFor('dora', ['dispatcher'], { region: 'north' });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.dispose();
  });

  it('announces a committed push with the new cursor, pings, and ends cleanly on close', async () => {
    const res = await fetch(`${base}/api/apps/field-service/sync/events?access_token=${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const seen = { text: '' };
    await readUntil(reader, seen, (text) => text.includes('event: change\ndata: c0\n\n'));

    const push = await fetch(`${base}/api/apps/field-service/sync/push`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        protocol: 1,
        specVersion: '1.0.0',
        clientId: 'office',
        operations: [
          {
            id: 'op-sse-1',
            entity: 'Job',
            key: 'job-sse',
            kind: 'upsert',
            changes: {
              id: 'job-sse',
              title: 'Live',
              siteId: 's',
              assigneeId: 'ana',
              region: 'north',
              status: 'open',
              scheduledAt: new Date().toISOString(),
            },
            base: {},
            baseVersion: 0,
            hlc: `${Date.now()}-000001-office`,
            clientId: 'office',
          },
        ],
      }),
    });
    expect(push.status).toBe(200);
    await readUntil(reader, seen, (text) => /event: change\ndata: c[1-9]\d*\n\n/.test(text));
    await readUntil(reader, seen, (text) => text.includes(': ping\n\n'));

    await t.app.close();
    const end = await reader.read().then(async function drain(r): Promise<boolean> {
      return r.done ? true : drain(await reader.read());
    });
    expect(end).toBe(true);
  });

  it("refuses a stream without a token, or to a caller with none of the app's roles", async () => {
    const res = await fetch(`${base}/api/apps/field-service/sync/events`);
    expect(res.status).toBe(401);
    const stranger = await tokenFor('sam', ['builder']);
    const refused = await fetch(`${base}/api/apps/field-service/sync/events?access_token=${stranger}`);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  });
});
