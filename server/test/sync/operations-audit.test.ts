import { type AuditedOperation, conforms, type Operation } from '@syncraft/runtime/protocol';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { pushAs } from '../helpers/push';
import { seedSite } from '../helpers/records';

const spec = templateSpec('field-service');
const APP = spec.app.id;

describe.each(DIALECTS)('the audit of offline actions (per-operation history), on %s', (dialect) => {
  let t: TestApp;
  let dora: string;
  let ana: string;
  let auditor: string;

  const push = (token: string, node: string, ops: Partial<Operation>[]) => pushAs(t, spec, token, node, ops);
  const history = (token: string, query: Record<string, string | number> = {}) =>
    request(t.app)
      .get(`/api/apps/${APP}/sync/operations`)
      .query(query)
      .set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await createTestApp(dialect, 'operations-audit', [spec]);
    dora = await tokenFor('dora', ['dispatcher'], { region: 'north' });
    ana = await tokenFor('ana', ['technician']);
    auditor = await tokenFor('rita', ['reviewer']);
    await seedSite(t.database, APP);
    await push(dora, 'office', [
      {
        changes: {
          id: 'job-a',
          title: 'A',
          siteId: 'site-1',
          assigneeId: 'ana',
          region: 'north',
          status: 'open',
          scheduledAt: new Date().toISOString(),
        },
      },
    ]);
    await push(ana, 'dev-ana', [
      { changes: { status: 'done' }, baseVersion: 1 },
      { changes: { title: 'no' } },
    ]);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('lists who pushed what, when, with which result, oldest first', async () => {
    const res = await history(auditor);
    expect(res.status).toBe(200);
    expect(conforms('AuditedOperationPage', res.body)).toEqual({ ok: true });
    const operations = res.body.operations as AuditedOperation[];
    // Oldest first; operations stored in the same millisecond come by operation id.
    const stamps = operations.map((o) => `${o.at} ${o.opId}`);
    expect(stamps).toEqual([...stamps].sort());
    expect(operations.map((o) => [o.userId, o.clientId, o.entity, o.key, o.kind, o.status]).sort()).toEqual([
      ['ana', 'dev-ana', 'Job', 'job-a', 'upsert', 'applied'],
      ['ana', 'dev-ana', 'Job', 'job-a', 'upsert', 'rejected'],
      ['dora', 'office', 'Job', 'job-a', 'upsert', 'applied'],
    ]);
    expect(operations.find((o) => o.status === 'rejected')).toMatchObject({ reason: 'permission' });
    expect(Date.parse(operations[0]!.at)).not.toBeNaN();
    expect(JSON.stringify(operations)).not.toContain('"record"');
  });

  it('filters by user, device and record, and pages with a cursor', async () => {
    const mine = await history(auditor, { userId: 'ana' });
    expect((mine.body.operations as AuditedOperation[]).map((o) => o.status).sort()).toEqual([
      'applied',
      'rejected',
    ]);
    const office = await history(auditor, { clientId: 'office', entity: 'Job', key: 'job-a' });
    expect(office.body.operations).toHaveLength(1);
    const first = await history(auditor, { limit: 2 });
    expect(first.body.operations).toHaveLength(2);
    const second = await history(auditor, { limit: 2, cursor: first.body.nextCursor });
    expect(second.body.operations).toHaveLength(1);
    expect(second.body.nextCursor).toBeUndefined();
    const ids = [...first.body.operations, ...second.body.operations].map((o: AuditedOperation) => o.opId);
    expect(new Set(ids).size).toBe(3);
  });

  it('is for auditors only', async () => {
    const res = await history(ana);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/reviewer or admin/);
    expect((await request(t.app).get(`/api/apps/${APP}/sync/operations`)).status).toBe(401);
  });
});
