import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessContext } from '../../src/access/context';
import { InMemorySyncServer } from '../../src/authority/memory-server';
import type { ReadRequest } from '../../src/protocol/types';
import type { SyncSpec } from '../../src/spec/types';
import { NOW } from './fixtures';

/** Payments, read only online: clerks read their own, auditors all without the card digits. */
const spec: SyncSpec = {
  specVersion: 1,
  app: { id: 'payments', name: 'Payments', version: '1.0.0' },
  roles: [
    {
      name: 'clerk',
      permissions: [
        {
          entity: 'Payment',
          actions: ['read', 'create'],
          scope: { field: 'payer', op: 'eq', param: 'user.id' },
        },
      ],
    },
    { name: 'auditor', permissions: [{ entity: 'Payment', actions: ['read'], hiddenFields: ['cardLast4'] }] },
  ],
  entities: [
    {
      name: 'Payment',
      key: 'id',
      fields: [
        { name: 'id', type: 'string', required: true },
        { name: 'payer', type: 'string', required: true },
        { name: 'amount', type: 'number' },
        { name: 'status', type: 'enum', values: ['pending', 'settled'] },
        { name: 'paidAt', type: 'datetime' },
        { name: 'refunded', type: 'boolean' },
        { name: 'tags', type: 'string-set' },
        { name: 'cardLast4', type: 'string' },
      ],
      offline: { availability: 'online-only' },
      sync: { priority: 'normal', direction: 'both' },
      conflict: { strategy: 'last-writer-wins' },
    },
  ],
  offlineStates: {
    initial: 'online',
    states: [{ name: 'online', network: 'online', sync: { enabled: true }, writes: 'allow' }],
    transitions: [],
  },
  retry: { initialDelay: '1s', maxDelay: '1m', multiplier: 2, jitter: 'full', maxAttempts: 5 },
};

const ana: AccessContext = { userId: 'ana', roles: ['clerk'], params: {}, now: NOW };
const audrey: AccessContext = { userId: 'audrey', roles: ['auditor'], params: {}, now: NOW };

const server = new InMemorySyncServer({ spec, now: () => NOW });
beforeAll(async () => {
  const rows = [
    {
      id: 'p1',
      payer: 'ana',
      amount: 40,
      status: 'settled',
      paidAt: '2026-11-01T10:00:00Z',
      refunded: false,
      cardLast4: '1111',
    },
    {
      id: 'p2',
      payer: 'ana',
      amount: 120,
      status: 'pending',
      paidAt: '2026-11-20T10:00:00+01:00',
      refunded: true,
    },
    {
      id: 'p3',
      payer: 'ben',
      amount: 500,
      status: 'settled',
      paidAt: '2026-11-21T10:00:00Z',
      cardLast4: '2222',
    },
    { id: 'p4', payer: 'ben', amount: 75, status: 'pending' },
  ];
  for (const row of rows) await server.write('Payment', row.id, row);
});

const read = (caller: AccessContext, part: Partial<ReadRequest>) =>
  server.read(caller, { protocol: 1, specVersion: '1.0.0', clientId: 'd1', entity: 'Payment', ...part });

async function keysOf(caller: AccessContext, part: Partial<ReadRequest>): Promise<string[]> {
  const answer = await read(caller, part);
  if (!answer.ok) throw new Error(JSON.stringify(answer.body));
  return answer.body.records.map((r) => r.key).sort();
}

async function refusal(caller: AccessContext, part: Partial<ReadRequest>) {
  const answer = await read(caller, part);
  if (answer.ok) throw new Error(`accepted: ${JSON.stringify(answer.body)}`);
  return { status: answer.status, ...answer.body.error };
}

describe('a read filtered with where', () => {
  it('keeps records whose fields equal the values, all of them', async () => {
    expect(await keysOf(audrey, { where: { status: 'settled' } })).toEqual(['p1', 'p3']);
    expect(await keysOf(audrey, { where: { status: 'settled', payer: 'ben' } })).toEqual(['p3']);
    expect(await keysOf(audrey, { where: { refunded: true } })).toEqual(['p2']);
    expect(await keysOf(audrey, { where: { paidAt: null } })).toEqual(['p4']);
  });

  it('keeps records within bounds, numbers by value and datetimes as instants', async () => {
    expect(await keysOf(audrey, { where: { amount: { gte: 75, lt: 500 } } })).toEqual(['p2', 'p4']);
    // 10:00+01:00 is 09:00Z: inside a window that ends at 09:30Z.
    expect(
      await keysOf(audrey, {
        where: { paidAt: { gt: '2026-11-20T08:59:00Z', lte: '2026-11-20T09:30:00Z' } },
      }),
    ).toEqual(['p2']);
    // A record without the field matches no bound.
    expect(await keysOf(audrey, { where: { paidAt: { gte: '2000-01-01T00:00:00Z' } } })).toEqual([
      'p1',
      'p2',
      'p3',
    ]);
  });

  it('never widens the read scope: a clerk filtering on another payer gets nothing', async () => {
    expect(await keysOf(ana, { where: { payer: 'ben' } })).toEqual([]);
    expect(await keysOf(ana, { where: { amount: { gte: 0 } } })).toEqual(['p1', 'p2']);
    expect(await keysOf(ana, { keys: ['p1', 'p3'], where: { status: 'settled' } })).toEqual(['p1']);
  });

  it('refuses a filter on a field the role may not see, so its values cannot be probed', async () => {
    expect(await refusal(audrey, { where: { cardLast4: '2222' } })).toMatchObject({
      status: 403,
      code: 'forbidden',
      pointer: '/where/cardLast4',
      message: 'Your role may not see Payment.cardLast4, so it may not filter on it.',
    });
  });

  it('refuses unknown fields, set fields, wrong types, unknown enum values and doubled bounds, naming where', async () => {
    expect(await refusal(audrey, { where: { amout: 5 } })).toMatchObject({
      status: 400,
      pointer: '/where/amout',
      message: 'Payment has no field “amout” to filter on.',
    });
    expect(await refusal(audrey, { where: { tags: 'x' } })).toMatchObject({
      status: 400,
      pointer: '/where/tags',
    });
    expect(await refusal(audrey, { where: { amount: '40' } })).toMatchObject({
      status: 400,
      pointer: '/where/amount',
      message: 'Payment.amount holds numbers, not "40".',
    });
    expect(await refusal(audrey, { where: { amount: { gte: 'a' } } })).toMatchObject({
      pointer: '/where/amount/gte',
    });
    expect(await refusal(audrey, { where: { status: 'paid' } })).toMatchObject({
      pointer: '/where/status',
      hint: 'One of: pending, settled.',
    });
    expect(await refusal(audrey, { where: { refunded: { gt: 0 } } })).toMatchObject({
      pointer: '/where/refunded',
    });
    expect(await refusal(audrey, { where: { amount: { gt: 1, gte: 2 } } })).toMatchObject({
      pointer: '/where/amount',
      message: 'Payment.amount has two lower bounds (gt and gte).',
    });
    expect(await refusal(audrey, { where: { paidAt: { lt: 'yesterday' } } })).toMatchObject({
      pointer: '/where/paidAt/lt',
    });
  });

  it('refuses a malformed where before looking at the spec', async () => {
    const bad = (where: unknown) => refusal(audrey, { where } as Partial<ReadRequest>);
    expect(await bad([])).toMatchObject({ status: 400, pointer: '/where' });
    expect(await bad({})).toMatchObject({ status: 400, pointer: '/where' });
    expect(await bad({ amount: { between: [1, 2] } })).toMatchObject({ pointer: '/where/amount/between' });
    expect(await bad({ amount: [1, 2] })).toMatchObject({ pointer: '/where/amount' });
    expect(await bad(JSON.parse('{"__proto__": 1, "amount": 1}'))).toMatchObject({
      pointer: '/where/__proto__',
    });
    expect(await bad(Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`f${i}`, 1])))).toMatchObject({
      pointer: '/where',
    });
  });
});
