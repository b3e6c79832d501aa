import type { Operation, PushResponse } from '@syncraft/runtime/protocol';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPushTransaction } from '../../src/sync/transaction';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { storedRecord } from '../helpers/records';

const spec = templateSpec('field-service');
const APP = spec.app.id;
let clock = 0;
const hlc = (node: string) => `${Date.now()}-${String(++clock).padStart(6, '0')}-${node}`;

describe.each(DIALECTS)('replayed operation ids on %s', (dialect) => {
  let t: TestApp;
  let dispatcher: string;
  let ana: string;
  let bob: string;

  const push = async (token: string, clientId: string, operations: Operation[]) => {
    const res = await request(t.app)
      .post(`/api/apps/${APP}/sync/push`)
      .set('Authorization', `Bearer ${token}`)
      .send({ protocol: 1, specVersion: spec.app.version, clientId, operations });
    expect(res.status).toBe(200);
    return (res.body as PushResponse).results;
  };
  const op = (id: string, changes: Operation['changes'], baseVersion: number, base = {}): Operation => ({
    id,
    entity: 'Job',
    key: 'job-r',
    kind: 'upsert',
    changes,
    base,
    baseVersion,
    hlc: hlc('dev'),
    clientId: 'dev',
  });

  beforeAll(async () => {
    t = await createTestApp(dialect, 'replay', [spec]);
    dispatcher = await tokenFor('dora', ['dispatcher'], { region: 'north' });
    ana = await tokenFor('ana', ['technician']);
    bob = await tokenFor('bob', ['technician']);
    const { opened } = t.database;
    await runPushTransaction(opened.db, opened.dialect, APP, async (store) => {
      await store.putRecord(
        'Site',
        storedRecord('site-1', await store.nextVersion(), { id: 'site-1', name: 'P' }),
      );
    });
    const created = await push(dispatcher, 'office', [
      op(
        'create-r',
        {
          id: 'job-r',
          title: 'Replay',
          siteId: 'site-1',
          assigneeId: 'ana',
          region: 'north',
          status: 'open',
          scheduledAt: new Date().toISOString(),
          minutesWorked: 0,
        },
        0,
      ),
    ]);
    expect(created[0]).toMatchObject({ status: 'applied' });
    const bumped = await push(dispatcher, 'office', [
      op('bump-r', { minutesWorked: 5 }, 1, { minutesWorked: 0 }),
    ]);
    expect(bumped[0]).toMatchObject({ status: 'applied' });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('answers the owner with the stored merge again but refuses another user, in one batch or alone', async () => {
    const merge = op('ana-merge', { minutesWorked: 7 }, 1, { minutesWorked: 0 });
    const [first] = await push(ana, 'ana-phone', [merge]);
    expect(first).toMatchObject({ status: 'merged', record: { minutesWorked: 12 } });

    const [stolen] = await push(bob, 'ana-phone', [merge]);
    expect(stolen).toEqual({
      opId: 'ana-merge',
      status: 'rejected',
      reason: 'permission',
      message: expect.stringContaining('already used by another user'),
    });
    const [again] = await push(ana, 'ana-tablet', [merge]);
    expect(again).toEqual(first);

    // A batch mixing a fresh operation and the stolen id: the prefetched results follow the owner too.
    const fresh = op('dora-fresh', { notes: 'from the office' }, 0);
    const results = await push(dispatcher, 'office', [{ ...fresh, baseVersion: 3 }, merge]);
    expect(results[1]).toMatchObject({ status: 'rejected', reason: 'permission' });
    expect(JSON.stringify(results[1])).not.toContain('minutesWorked');
  });
});
