// Two app instances over one PostgreSQL schema stand for two server processes behind a load
// balancer: each has its own pool, notifier and metrics, and nothing in memory is shared.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Operation, PushResponse } from '@syncraft/runtime/protocol';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncraftApp } from '../../src/app';
import { createTestApp, secondProcess, type TestApp, templateSpec, tokenFor } from '../helpers/app';

const spec = templateSpec('field-service');

describe('two server processes on one PostgreSQL database', () => {
  let first: TestApp;
  let closeSecond: () => Promise<void>;
  let second: SyncraftApp;
  let token: string;

  beforeAll(async () => {
    first = await createTestApp('postgres', 'multi', [spec]);
    const process2 = await secondProcess(first, [spec]);
    second = process2.app;
    closeSecond = process2.close;
    await Promise.all([first.app.ready(), second.ready()]);
    token = await tokenFor('dora', ['dispatcher'], { region: 'north' });
  });
  afterAll(async () => {
    await closeSecond();
    await first.dispose();
  });

  const push = (app: SyncraftApp, operations: Operation[]) =>
    request(app)
      .post('/api/apps/field-service/sync/push')
      .set('Authorization', `Bearer ${token}`)
      .send({ protocol: 1, specVersion: '1.0.0', clientId: 'office', operations });

  it('applies a batch replayed through both processes at once exactly once, with the same answers', async () => {
    const create: Operation = {
      id: 'mp-create',
      entity: 'Job',
      key: 'mp-job',
      kind: 'upsert',
      changes: {
        id: 'mp-job',
        title: 'T',
        siteId: 's',
        assigneeId: 'ana',
        region: 'north',
        status: 'open',
        scheduledAt: new Date().toISOString(),
        minutesWorked: 0,
      },
      base: {},
      baseVersion: 0,
      hlc: `${Date.now()}-000001-office`,
      clientId: 'office',
    };
    expect((await push(first.app, [create])).status).toBe(200);
    const batch: Operation[] = Array.from({ length: 40 }, (_, i) => ({
      id: `mp-tick-${i}`,
      entity: 'Job',
      key: 'mp-job',
      kind: 'upsert',
      changes: { minutesWorked: 1 },
      base: { minutesWorked: 0 },
      baseVersion: 1,
      hlc: `${Date.now()}-${String(i + 2).padStart(6, '0')}-office`,
      clientId: 'office',
    }));
    const answers = await Promise.all([
      push(first.app, batch),
      push(second, batch),
      push(first.app, batch),
      push(second, batch),
    ]);
    for (const answer of answers) expect(answer.status).toBe(200);
    const bodies = answers.map((a) => a.body as PushResponse);
    for (const body of bodies.slice(1)) expect(body).toEqual(bodies[0]);

    const pulled = await request(second)
      .post('/api/apps/field-service/sync/pull')
      .set('Authorization', `Bearer ${token}`)
      .send({ protocol: 1, specVersion: '1.0.0', clientId: 'office' });
    const job = (pulled.body.changes as Array<{ key: string; record: Record<string, unknown> }>).find(
      (c) => c.key === 'mp-job',
    );
    expect(job?.record.minutesWorked).toBe(40);
  });

  it('wakes the event streams of one process when the other commits a push (LISTEN/NOTIFY)', async () => {
    const server: Server = first.app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/apps/field-service/sync/events`;
      const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      const until = async (predicate: (t: string) => boolean) => {
        while (!predicate(text)) {
          const { value, done } = await reader.read();
          if (done) throw new Error(`stream ended: ${text}`);
          text += decoder.decode(value, { stream: true });
        }
      };
      await until((t) => /event: change\ndata: c\d+\n\n/.test(t));
      const head = /data: (c\d+)/.exec(text)![1]!;
      const pushed = await push(second, [
        {
          id: 'mp-notify',
          entity: 'Job',
          key: 'mp-notify',
          kind: 'upsert',
          changes: {
            id: 'mp-notify',
            title: 'N',
            siteId: 's',
            assigneeId: 'ana',
            region: 'north',
            status: 'open',
            scheduledAt: new Date().toISOString(),
          },
          base: {},
          baseVersion: 0,
          hlc: `${Date.now()}-000099-office`,
          clientId: 'office',
        },
      ]);
      expect(pushed.status).toBe(200);
      await until((t) => [...t.matchAll(/data: (c\d+)/g)].some((m) => m[1] !== head));
      await reader.cancel();
    } finally {
      await first.app.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
