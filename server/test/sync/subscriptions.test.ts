import type { PullResponse } from '@syncraft/runtime/protocol';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPushTransaction } from '../../src/sync/transaction';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { storedRecord } from '../helpers/records';

const spec = templateSpec('issue-tracker');
const APP = spec.app.id;

describe.each(DIALECTS)('subscriptions over HTTP on %s', (dialect) => {
  let t: TestApp;
  let ana: string;

  const pull = async (clientId: string, body: Record<string, unknown>) =>
    request(t.app)
      .post(`/api/apps/${APP}/sync/pull`)
      .set('Authorization', `Bearer ${ana}`)
      .send({ protocol: 1, specVersion: spec.app.version, clientId, ...body });

  /** Pulls until done with the given subscriptions; the keys held, by entity/key. */
  async function sync(clientId: string, subscriptions: unknown[], from?: string) {
    let cursor = from;
    const held = new Set<string>();
    for (;;) {
      const res = await pull(clientId, { subscriptions, ...(cursor ? { cursor } : {}) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const body = res.body as PullResponse;
      for (const c of body.changes) {
        if (c.kind === 'upsert') held.add(`${c.entity}/${c.key}`);
        else held.add(`-${c.entity}/${c.key}`);
      }
      cursor = body.cursor;
      if (!body.hasMore) return { held: [...held].sort(), cursor };
    }
  }

  beforeAll(async () => {
    t = await createTestApp(dialect, 'subscriptions', [spec]);
    ana = await tokenFor('ana', ['member']);
    const { opened } = t.database;
    await runPushTransaction(opened.db, opened.dialect, APP, async (store) => {
      const put = async (entity: string, id: string, values: Record<string, unknown>) =>
        store.putRecord(entity, storedRecord(id, await store.nextVersion(), { id, ...values }));
      await put('Project', 'p1', { name: 'App' });
      await put('Project', 'p2', { name: 'Secret' });
      await put('ProjectMember', 'm1', { projectId: 'p1', userId: 'ana', role: 'developer' });
      await put('Issue', 'i1', {
        projectId: 'p1',
        title: 'a',
        status: 'open',
        dueAt: '2026-06-02T10:00:00+02:00',
      });
      await put('Issue', 'i2', {
        projectId: 'p1',
        title: 'b',
        status: 'open',
        dueAt: '2026-06-09T10:00:00Z',
      });
      await put('Issue', 'i3', {
        projectId: 'p2',
        title: 'c',
        status: 'open',
        dueAt: '2026-06-02T10:00:00Z',
      });
    });
  });
  afterAll(async () => {
    await t.dispose();
  });

  const week = {
    name: 'issuesBetween',
    params: { from: '2026-06-01T00:00:00Z', to: '2026-06-07T23:59:59Z' },
  };

  it('brings the subscribed issues within the caller’s projects, and evicts them when closed', async () => {
    const first = await sync('ana-phone', [week]);
    expect(first.held.filter((k) => k.startsWith('Issue/'))).toEqual(['Issue/i1']);
    const closed = await sync('ana-phone', [], first.cursor);
    expect(closed.held).toEqual(['-Issue/i1']);
  });

  it('a forged parameter is refused with a pointer, never run', async () => {
    const res = await pull('ana-forged', {
      subscriptions: [{ name: 'issue', params: { id: { $ne: null } } }],
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'bad-request', pointer: '/subscriptions/0/params/id' } });
    const unknown = await pull('ana-forged', { subscriptions: [{ name: 'allIssues', params: {} }] });
    expect(unknown.body).toMatchObject({ error: { pointer: '/subscriptions/0/name' } });
  });

  it('cannot reach a project the caller is not a member of, whatever the parameters', async () => {
    const { held } = await sync('ana-probe', [{ name: 'issue', params: { id: 'i3' } }]);
    expect(held.filter((k) => k.startsWith('Issue/'))).toEqual([]);
  });
});
