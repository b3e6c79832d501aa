import type { Change, Operation, PullResponse, PushResponse } from '@syncraft/runtime/protocol';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPushTransaction } from '../../src/sync/transaction';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { storedRecord } from '../helpers/records';

const spec = templateSpec('field-service');
const APP = spec.app.id;
let clock = 0;

describe.each(DIALECTS)('field service: visits and sites follow their job, over HTTP on %s', (dialect) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const versions = new Map<string, number>();
  const cursors = new Map<string, string>();

  const push = async (user: string, entity: string, key: string, changes: Operation['changes']) => {
    const operation: Operation = {
      id: `op-${dialect}-${++clock}`,
      entity,
      key,
      kind: 'upsert',
      changes,
      base: {},
      baseVersion: versions.get(`${entity}/${key}`) ?? 0,
      hlc: `${String(Date.now()).padStart(13, '0')}-${String(++clock).padStart(6, '0')}-${user}`,
      clientId: `${user}-desk`,
    };
    const res = await request(t.app)
      .post(`/api/apps/${APP}/sync/push`)
      .set('Authorization', `Bearer ${tokens[user]}`)
      .send({
        protocol: 1,
        specVersion: spec.app.version,
        clientId: `${user}-desk`,
        operations: [operation],
      });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [result] = (res.body as PushResponse).results;
    if (result && 'version' in result) versions.set(`${entity}/${key}`, result.version);
    return result!;
  };
  /** One pull round of a user's phone, all pages; the changes it received. */
  const pull = async (user: string): Promise<Change[]> => {
    const all: Change[] = [];
    for (;;) {
      const cursor = cursors.get(user);
      const res = await request(t.app)
        .post(`/api/apps/${APP}/sync/pull`)
        .set('Authorization', `Bearer ${tokens[user]}`)
        .send({
          protocol: 1,
          specVersion: spec.app.version,
          clientId: `${user}-phone`,
          ...(cursor ? { cursor } : {}),
        });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const body = res.body as PullResponse;
      all.push(...body.changes);
      cursors.set(user, body.cursor);
      if (!body.hasMore) return all;
    }
  };
  const ids = (changes: Change[]) =>
    changes.map((c) => `${c.kind === 'delete' ? `-${c.reason}:` : ''}${c.entity}/${c.key}`).sort();

  beforeAll(async () => {
    t = await createTestApp(dialect, 'reassign', [spec]);
    tokens.dora = await tokenFor('dora', ['dispatcher'], { region: 'north' });
    tokens.ana = await tokenFor('ana', ['technician']);
    tokens.bob = await tokenFor('bob', ['technician']);
    // Sites are read-only for devices: the office writes them on the server.
    const { opened } = t.database;
    await runPushTransaction(opened.db, opened.dialect, APP, async (store) => {
      await store.putRecord(
        'Site',
        storedRecord('s1', await store.nextVersion(), { id: 's1', name: 'Plant' }),
      );
    });
    await push('dora', 'Job', 'j1', {
      id: 'j1',
      title: 'Boiler',
      siteId: 's1',
      assigneeId: 'ana',
      region: 'north',
      status: 'open',
      scheduledAt: new Date().toISOString(),
    });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('a technician records a visit on her job; a forged visit on someone else’s job is refused', async () => {
    const own = await push('ana', 'Visit', 'v1', {
      id: 'v1',
      jobId: 'j1',
      technicianId: 'ana',
      arrivedAt: new Date().toISOString(),
    });
    expect(own, JSON.stringify(own)).toMatchObject({ status: 'applied' });
    // Bob copies a technicianId of his own onto Ana's job: the job, not the copy, decides.
    const forged = await push('bob', 'Visit', 'v2', {
      id: 'v2',
      jobId: 'j1',
      technicianId: 'bob',
      arrivedAt: new Date().toISOString(),
    });
    expect(forged).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
    // Nor may Ana record a visit in Bob's name.
    const impersonated = await push('ana', 'Visit', 'v3', {
      id: 'v3',
      jobId: 'j1',
      technicianId: 'bob',
      arrivedAt: new Date().toISOString(),
    });
    expect(impersonated).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
  });

  it('reassigning the job moves its visit and its site from the old technician’s phone to the new one', async () => {
    expect(ids(await pull('ana'))).toEqual(['Job/j1', 'Site/s1', 'Visit/v1']);
    expect(ids(await pull('bob'))).toEqual([]);
    await push('dora', 'Job', 'j1', { assigneeId: 'bob' });
    expect(ids(await pull('ana'))).toEqual([
      '-out-of-scope:Job/j1',
      '-out-of-scope:Site/s1',
      '-out-of-scope:Visit/v1',
    ]);
    expect(ids(await pull('bob'))).toEqual(['Job/j1', 'Site/s1', 'Visit/v1']);
    expect(await pull('ana')).toEqual([]);
  });
});
