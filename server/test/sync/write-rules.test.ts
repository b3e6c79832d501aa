import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { boilerJob, boilerVisit } from '../helpers/field-service-records';
import { deleteOp, syncClient, upsertOp } from '../helpers/sync-client';
import { appSpec, itemEntity, todoEntity } from '../helpers/write-rules-app';

const mine = { field: 'owner', op: 'eq', param: 'user.id' } as const;

/** “A doer may only tick done” beside “a doer may create and edit their own items”. */
const lists = appSpec(
  'lists',
  [itemEntity, todoEntity],
  [
    {
      name: 'doer',
      permissions: [
        { entity: 'Item', actions: ['read', 'update'], writableFields: ['done'] },
        { entity: 'Item', actions: ['create', 'update'], scope: mine },
        { entity: 'Todo', actions: ['read', 'create', 'update', 'delete'] },
      ],
    },
    { name: 'manager', permissions: [{ entity: 'Item', actions: ['read', 'create', 'update', 'delete'] }] },
  ],
);

describe.each(DIALECTS)('write rules over HTTP on %s', (dialect) => {
  let t: TestApp;
  let sync: ReturnType<typeof syncClient>;
  let fieldService: ReturnType<typeof syncClient>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect, 'write-rules', [lists, templateSpec('field-service')]);
    sync = syncClient(t.app, 'lists');
    fieldService = syncClient(t.app, 'field-service');
    tokens.dora = await tokenFor('dora', ['doer']);
    tokens.max = await tokenFor('max', ['manager']);
    tokens.ana = await tokenFor('ana', ['technician']);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it("refuses a doer renaming a manager's item or taking it over; one grant must allow the whole write", async () => {
    const item = { id: 'i1', title: 'Buy milk', owner: 'max', createdBy: 'max', tags: ['home'] };
    expect(await sync.push(tokens.max!, [upsertOp('Item', 'i1', item)])).toMatchObject([
      { status: 'applied' },
    ]);
    const results = await sync.push(tokens.dora!, [
      upsertOp('Item', 'i1', { title: 'Mine now' }, 1),
      upsertOp('Item', 'i1', { done: true, owner: 'dora' }, 1),
      upsertOp('Item', 'i1', { done: true }, 1),
    ]);
    expect(results.map((r) => (r.status === 'rejected' ? `${r.reason} ${r.field}` : r.status))).toEqual([
      'permission title',
      'permission owner',
      'applied',
    ]);
    const page = await sync.pull(tokens.max!, ['Item']);
    const stored = page.changes.find((c) => c.key === 'i1');
    expect(stored?.kind === 'upsert' && stored.record).toMatchObject({
      title: 'Buy milk',
      owner: 'max',
      done: true,
    });
  });

  it('refuses changing a fixed field and values outside their constraints', async () => {
    const results = await sync.push(tokens.max!, [
      upsertOp('Item', 'i1', { createdBy: 'dora' }, 2),
      upsertOp('Item', 'i2', { id: 'i2', title: '', tags: ['a'] }),
      upsertOp('Item', 'i3', { id: 'i3', code: 'ab-12', tags: ['a'] }),
      upsertOp('Item', 'i4', { id: 'i4', tags: [] }),
      upsertOp('Item', 'i5', { id: 'i5', code: 'AB-123', title: 'Fine', tags: ['a'] }),
    ]);
    expect(results.map((r) => (r.status === 'rejected' ? `${r.reason} ${r.field}` : r.status))).toEqual([
      'permission createdBy',
      'invalid-value title',
      'invalid-value code',
      'invalid-value tags',
      'applied',
    ]);
  });

  it('creates, updates, deletes and pulls records with an integer key', async () => {
    const created = await sync.push(tokens.dora!, [
      upsertOp('Todo', '7', { id: 7, text: 'Sent as a number', rank: 1 }),
      upsertOp('Todo', '8', { id: '8', text: 'Sent as text' }),
      upsertOp('Todo', '9', { text: 'Key left out' }),
      upsertOp('Todo', '007', { text: 'Not a plain whole number' }),
      upsertOp('Todo', '10', { id: 11, text: 'Another key' }),
    ]);
    expect(created.map((r) => (r.status === 'rejected' ? r.reason : r.status))).toEqual([
      'applied',
      'applied',
      'applied',
      'invalid-value',
      'invalid-value',
    ]);
    expect(
      await sync.push(tokens.dora!, [upsertOp('Todo', '7', { rank: 2 }, 1), deleteOp('Todo', '8', 2)]),
    ).toMatchObject([{ status: 'applied' }, { status: 'applied' }]);
    const page = await sync.pull(tokens.dora!, ['Todo']);
    const byKey = new Map(page.changes.filter((c) => c.kind === 'upsert').map((c) => [c.key, c]));
    expect(byKey.get('7')).toMatchObject({
      kind: 'upsert',
      record: { id: 7, text: 'Sent as a number', rank: 2 },
    });
    expect(byKey.get('9')).toMatchObject({ kind: 'upsert', record: { id: 9, text: 'Key left out' } });
    expect(byKey.has('8')).toBe(false);
    expect(await sync.push(tokens.dora!, [deleteOp('Todo', '7', 3)])).toMatchObject([{ status: 'applied' }]);
    const after = await sync.pull(tokens.dora!, ['Todo']);
    expect(after.changes.filter((c) => c.kind === 'upsert').map((c) => c.key)).toEqual(['9']);
  });

  it('refuses a technician creating a visit for another technician', async () => {
    // Visits hang off a job assigned to the technician (the template scopes them through it).
    const dispatcher = await tokenFor('dina', ['dispatcher'], { region: 'north' });
    expect(await fieldService.push(dispatcher, [upsertOp('Job', 'j1', boilerJob())])).toMatchObject([
      { status: 'applied' },
    ]);
    const results = await fieldService.push(tokens.ana!, [
      upsertOp('Visit', 'v-ben', boilerVisit('ben')),
      upsertOp('Visit', 'v-ana', boilerVisit('ana')),
    ]);
    expect(results.map((r) => (r.status === 'rejected' ? r.reason : r.status))).toEqual([
      'out-of-scope',
      'applied',
    ]);
    const moved = await fieldService.push(tokens.ana!, [
      upsertOp('Visit', 'v-ana', { technicianId: 'ben' }, 1),
    ]);
    expect(moved).toMatchObject([{ status: 'rejected', reason: 'out-of-scope' }]);
  });

  it('answers over HTTP with the decision the shared module makes', async () => {
    const res = await request(t.app)
      .post('/api/apps/lists/sync/push')
      .set('Authorization', `Bearer ${tokens.dora}`)
      .send({
        protocol: 1,
        specVersion: '1.0.0',
        clientId: 'dev',
        operations: [upsertOp('Item', 'i9', { id: 'i9', owner: 'max', tags: ['x'] })],
      });
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
  });
});
