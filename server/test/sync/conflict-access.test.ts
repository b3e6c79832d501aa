import type { Operation, PushResponse } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPushTransaction } from '../../src/sync/transaction';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { storedRecord } from '../helpers/records';

/** Field service, with the job notes hidden from technicians (who may still update other job fields). */
function notesHiddenFromTechnicians(): SyncSpec {
  const spec = templateSpec('field-service');
  return {
    ...spec,
    roles: spec.roles.map((role) =>
      role.name === 'technician'
        ? {
            ...role,
            permissions: role.permissions.map((p) =>
              p.entity === 'Job' ? { ...p, hiddenFields: ['notes'] } : p,
            ),
          }
        : role,
    ),
  };
}

const spec = notesHiddenFromTechnicians();
const APP = spec.app.id;
let clock = 0;

describe.each(DIALECTS)(
  'manual conflicts are shown only to who may see every conflicting field, on %s',
  (dialect) => {
    let t: TestApp;
    let dispatcher: string;
    let ana: string;
    let conflictId = '';

    const push = async (token: string, node: string, changes: Operation['changes'], baseVersion: number) => {
      const operation: Operation = {
        id: `op-${node}-${++clock}`,
        entity: 'Job',
        key: 'job-c',
        kind: 'upsert',
        changes,
        base: {},
        baseVersion,
        hlc: `${Date.now()}-${String(++clock).padStart(6, '0')}-${node}`,
        clientId: node,
      };
      const res = await request(t.app)
        .post(`/api/apps/${APP}/sync/push`)
        .set('Authorization', `Bearer ${token}`)
        .send({ protocol: 1, specVersion: spec.app.version, clientId: node, operations: [operation] });
      return (res.body as PushResponse).results[0]!;
    };

    beforeAll(async () => {
      t = await createTestApp(dialect, 'conflict-access', [spec]);
      dispatcher = await tokenFor('dora', ['dispatcher'], { region: 'north' });
      ana = await tokenFor('ana', ['technician']);
      const { opened } = t.database;
      await runPushTransaction(opened.db, opened.dialect, APP, async (store) => {
        await store.putRecord(
          'Site',
          storedRecord('site-1', await store.nextVersion(), { id: 'site-1', name: 'P' }),
        );
      });
      const created = await push(
        dispatcher,
        'office',
        {
          id: 'job-c',
          title: 'C',
          siteId: 'site-1',
          assigneeId: 'ana',
          region: 'north',
          status: 'open',
          scheduledAt: new Date().toISOString(),
        },
        0,
      );
      if (created.status !== 'applied') throw new Error(JSON.stringify(created));
      // Two dispatcher devices write the notes concurrently; Ana, the assignee, may update the job.
      const first = await push(dispatcher, 'laptop', { notes: 'Door code 4711' }, created.version);
      if (first.status !== 'applied') throw new Error(JSON.stringify(first));
      const clash = await push(dispatcher, 'office', { notes: 'Bring gasket' }, created.version);
      if (clash.status !== 'conflict') throw new Error(JSON.stringify(clash));
      conflictId = clash.conflictId;
    });
    afterAll(async () => {
      await t.dispose();
    });

    it('does not list a conflict on a field hidden from the caller, though they may update the record', async () => {
      const forAna = await request(t.app)
        .get(`/api/apps/${APP}/sync/conflicts`)
        .set('Authorization', `Bearer ${ana}`);
      expect(forAna.status).toBe(200);
      expect(forAna.body.conflicts).toEqual([]);
      const forDora = await request(t.app)
        .get(`/api/apps/${APP}/sync/conflicts`)
        .set('Authorization', `Bearer ${dispatcher}`);
      expect(forDora.body.conflicts.map((c: { id: string }) => c.id)).toEqual([conflictId]);
    });

    it('refuses a resolution by a caller who may not see the conflicting field', async () => {
      const res = await request(t.app)
        .post(`/api/apps/${APP}/sync/conflicts/${encodeURIComponent(conflictId)}/resolve`)
        .set('Authorization', `Bearer ${ana}`)
        .send({ values: { notes: 'mine' } });
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('notes') });
    });
  },
);
