import type { Entity } from '@syncraft/runtime/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { boilerJob } from '../helpers/field-service-records';
import { deleteOp, syncClient, upsertOp } from '../helpers/sync-client';
import { appSpec } from '../helpers/write-rules-app';

/** Payments never stored on a device: written and read only while online. */
const paymentEntity: Entity = {
  name: 'Payment',
  key: 'id',
  fields: [
    { name: 'id', type: 'string', required: true },
    { name: 'payer', type: 'string', required: true },
    { name: 'amount', type: 'number', minimum: 0 },
    { name: 'cardLast4', type: 'string', pattern: '[0-9]{4}' },
  ],
  offline: { availability: 'online-only' },
  sync: { priority: 'normal', direction: 'both' },
  conflict: { strategy: 'last-writer-wins' },
};

const payments = appSpec(
  'payments',
  [paymentEntity],
  [
    {
      name: 'clerk',
      permissions: [
        {
          entity: 'Payment',
          actions: ['read', 'create', 'update'],
          scope: { field: 'payer', op: 'eq', param: 'user.id' },
        },
      ],
    },
    { name: 'auditor', permissions: [{ entity: 'Payment', actions: ['read'], hiddenFields: ['cardLast4'] }] },
    { name: 'guest', permissions: [] },
  ],
);

const outcome = (r: { status: string; reason?: string }) =>
  r.status === 'rejected' ? `rejected ${r.reason}` : r.status;

describe.each(DIALECTS)('read-only and online-only entities over HTTP on %s', (dialect) => {
  let t: TestApp;
  let field: ReturnType<typeof syncClient>;
  let pay: ReturnType<typeof syncClient>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect, 'read-only', [templateSpec('field-service'), payments]);
    field = syncClient(t.app, 'field-service');
    pay = syncClient(t.app, 'payments');
    tokens.dina = await tokenFor('dina', ['dispatcher'], { region: 'north' });
    tokens.ana = await tokenFor('ana', ['technician']);
    tokens.cleo = await tokenFor('cleo', ['clerk']);
    tokens.carl = await tokenFor('carl', ['clerk']);
    tokens.audrey = await tokenFor('audrey', ['auditor']);
    tokens.gus = await tokenFor('gus', ['guest']);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('lets a dispatcher create, change and delete read-only sites; technicians read them and may not write them', async () => {
    const created = await field.push(tokens.dina!, [
      upsertOp('Site', 's1', { id: 's1', name: 'Pump house', address: '1 River Rd' }),
      upsertOp('Site', 's2', { id: 's2', name: 'Old depot' }),
      upsertOp('Site', 's3', { id: 's3' }),
    ]);
    expect(created.map(outcome)).toEqual(['applied', 'applied', 'rejected missing-required']);
    expect((await field.push(tokens.dina!, [upsertOp('Job', 'j1', boilerJob())])).map(outcome)).toEqual([
      'applied',
    ]);

    // The technician sees the site of their job, and is refused every write to sites.
    const page = await field.pull(tokens.ana!, ['Site']);
    expect(page.changes.map((c) => `${c.kind} ${c.key}`)).toEqual(['upsert s1']);
    const forged = await field.push(tokens.ana!, [
      upsertOp('Site', 's1', { name: 'Renamed' }, 1),
      upsertOp('Site', 's9', { id: 's9', name: 'Mine' }),
      deleteOp('Site', 's2', 2),
    ]);
    expect(forged.map(outcome)).toEqual(['rejected read-only', 'rejected read-only', 'rejected read-only']);

    const changed = await field.push(tokens.dina!, [
      upsertOp('Site', 's1', { name: 'Pump house (north)' }, 1),
      deleteOp('Site', 's2', 2),
    ]);
    expect(changed.map(outcome)).toEqual(['applied', 'applied']);
    const version = changed[0]?.status === 'applied' ? changed[0].version : 0;
    // A job still points at s1: the relation restricts the delete, for dispatchers too.
    expect((await field.push(tokens.dina!, [deleteOp('Site', 's1', version)])).map(outcome)).toEqual([
      'rejected restricted',
    ]);
    const after = await field.pull(tokens.ana!, ['Site']);
    const site = after.changes.find((c) => c.key === 's1');
    expect(site?.kind === 'upsert' && site.record).toMatchObject({ name: 'Pump house (north)' });
  });

  it('reads a read-only entity through the read endpoint within scopes that follow relations', async () => {
    // The technician reads the sites of the jobs assigned to them (an `exists` scope), nothing else.
    expect(
      (await field.push(tokens.dina!, [upsertOp('Site', 's4', { id: 's4', name: 'Far depot' })])).map(
        outcome,
      ),
    ).toEqual(['applied']);
    const ana = await field.read(tokens.ana!, { entity: 'Site', keys: ['s1', 's4'] });
    expect(ana.status).toBe(200);
    expect(ana.body.records.map((r) => r.key)).toEqual(['s1']);
    const ben = await field.read(await tokenFor('ben', ['technician']), {
      entity: 'Site',
      keys: ['s1', 's4'],
    });
    expect(ben.body.records).toEqual([]);
    const listed = await field.read(tokens.ana!, { entity: 'Site' });
    expect(listed.body.records.map((r) => r.key)).toEqual(['s1']);
    const all = await field.read(tokens.dina!, { entity: 'Site' });
    expect(all.body.records.map((r) => r.key).sort()).toEqual(['s1', 's4']);
  });

  it('reads online-only records back, by key and page by page, within the read scope', async () => {
    const written = await pay.push(tokens.cleo!, [
      upsertOp('Payment', 'p1', { id: 'p1', payer: 'cleo', amount: 12.5, cardLast4: '4242' }),
      upsertOp('Payment', 'p2', { id: 'p2', payer: 'cleo', amount: 3 }),
      upsertOp('Payment', 'px', { id: 'px', payer: 'carl', amount: 1 }),
    ]);
    expect(written.map(outcome)).toEqual(['applied', 'applied', 'rejected out-of-scope']);
    expect(
      (await pay.push(tokens.carl!, [upsertOp('Payment', 'p3', { id: 'p3', payer: 'carl', amount: 7 })])).map(
        outcome,
      ),
    ).toEqual(['applied']);
    expect(
      (await pay.push(tokens.cleo!, [upsertOp('Payment', 'p2', { amount: 4 }, 2)])).map(outcome),
    ).toEqual(['applied']);

    // Never pulled: no device stores them.
    expect((await pay.pull(tokens.cleo!)).changes).toEqual([]);

    // By key: someone else's payment and a missing key are left out alike.
    const byKey = await pay.read(tokens.cleo!, { entity: 'Payment', keys: ['p1', 'p3', 'nope', 'p2'] });
    expect(byKey.status).toBe(200);
    expect(byKey.body.records.map((r) => [r.key, r.record.amount])).toEqual([
      ['p1', 12.5],
      ['p2', 4],
    ]);
    expect(byKey.body.records[0]?.record).toEqual({
      id: 'p1',
      payer: 'cleo',
      amount: 12.5,
      cardLast4: '4242',
    });
    expect(byKey.body.hasMore).toBe(false);

    // Page by page: every record the caller may read, hidden fields removed.
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const res = await pay.read(tokens.audrey!, {
        entity: 'Payment',
        limit: 1,
        ...(cursor ? { cursor } : {}),
      });
      expect(res.status).toBe(200);
      for (const r of res.body.records) {
        expect(r.record).not.toHaveProperty('cardLast4');
        seen.push(r.key);
      }
      cursor = res.body.cursor;
      if (!res.body.hasMore) break;
    }
    expect(seen.sort()).toEqual(['p1', 'p2', 'p3']);
    const carls = await pay.read(tokens.carl!, { entity: 'Payment' });
    expect(carls.body.records.map((r) => r.key)).toEqual(['p3']);
  });

  it('refuses reads without a read grant and malformed reads, naming where', async () => {
    const guest = await pay.read(tokens.gus!, { entity: 'Payment', keys: ['p1'] });
    expect(guest.status).toBe(403);
    expect(guest.body.error).toMatchObject({ code: 'forbidden', pointer: '/entity' });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ entity: 'Nope' }, '/entity'],
      [{}, '/entity'],
      [{ entity: 'Payment', keys: [] }, '/keys'],
      [{ entity: 'Payment', keys: ['p1', 7] }, '/keys/1'],
      [{ entity: 'Payment', keys: ['p1'], cursor: 'x' }, '/cursor'],
      [{ entity: 'Payment', cursor: 'not-a-cursor' }, '/cursor'],
      [{ entity: 'Payment', limit: 0 }, '/limit'],
    ];
    for (const [body, pointer] of cases) {
      const res = await pay.read(tokens.cleo!, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error, JSON.stringify(body)).toMatchObject({ code: 'bad-request', pointer });
    }
  });

  it('filters online reads with where, within the read scope, and refuses filters on hidden fields', async () => {
    const keys = async (token: string, body: Record<string, unknown>) => {
      const res = await pay.read(token, { entity: 'Payment', ...body });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.records.map((r) => r.key).sort();
    };
    expect(await keys(tokens.audrey!, { where: { amount: { gte: 4, lt: 12.5 } } })).toEqual(['p2', 'p3']);
    expect(await keys(tokens.audrey!, { where: { payer: 'carl' } })).toEqual(['p3']);
    expect(await keys(tokens.audrey!, { keys: ['p1', 'p2', 'p3'], where: { payer: 'cleo' } })).toEqual([
      'p1',
      'p2',
    ]);
    // Forged: a clerk asks for another payer's payments; the filter narrows, never widens.
    expect(await keys(tokens.cleo!, { where: { payer: 'carl' } })).toEqual([]);
    // Forged: the auditor probes the card digits it may not see, record by record.
    const probe = await pay.read(tokens.audrey!, { entity: 'Payment', where: { cardLast4: '4242' } });
    expect(probe.status).toBe(403);
    expect(probe.body.error).toMatchObject({ code: 'forbidden', pointer: '/where/cardLast4' });
    const cases: Array<[unknown, string]> = [
      [{ amout: 1 }, '/where/amout'],
      [{ amount: '4' }, '/where/amount'],
      [{ amount: { from: 1 } }, '/where/amount/from'],
      [{}, '/where'],
    ];
    for (const [where, pointer] of cases) {
      const res = await pay.read(tokens.cleo!, { entity: 'Payment', where });
      expect(res.status, JSON.stringify(where)).toBe(400);
      expect(res.body.error, JSON.stringify(where)).toMatchObject({ code: 'bad-request', pointer });
    }
  });
});
