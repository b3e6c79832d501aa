import { beforeEach, describe, expect, it } from 'vitest';
import type { AccessContext } from '../../src/access/context';
import { MemoryAuthorityStore } from '../../src/authority/memory-store';
import { handlePush, processPush } from '../../src/authority/push';
import { PROTOCOL_LIMITS } from '../../src/protocol/limits';
import type { Operation, OperationResult, PushRequest } from '../../src/protocol/types';
import { fieldServiceSpec, hlc, newJob, remove, upsert } from '../merge/fixtures';
import { dispatcher, hidingFrom, NOW, tech } from './fixtures';

const spec = fieldServiceSpec();
const otherTech: AccessContext = { userId: 'tech-2', roles: ['technician'], params: {}, now: NOW };

function request(...operations: Operation[]): PushRequest {
  return { protocol: 1, specVersion: spec.app.version, clientId: 'dev', operations };
}

let store: MemoryAuthorityStore;
async function push(caller: AccessContext, ...ops: Operation[]): Promise<OperationResult[]> {
  return [...(await processPush(spec, caller, request(...ops), store)).results];
}

beforeEach(async () => {
  store = new MemoryAuthorityStore();
  await push(dispatcher, upsert('j1', newJob('j1'), { at: 1000, node: 'office' }));
});

describe('processPush: outcomes', () => {
  it('answers an applied update with the new version', async () => {
    const [result] = await push(
      tech,
      upsert('j1', { status: 'in_progress' }, { base: { status: 'open' }, baseVersion: 1 }),
    );
    expect(result).toMatchObject({ status: 'applied', version: 2 });
    expect((await store.getRecord('Job', 'j1'))?.values.status).toBe('in_progress');
  });

  it('answers a merged update with the whole record and the decisions', async () => {
    await push(
      dispatcher,
      upsert('j1', { minutesWorked: 10 }, { base: { minutesWorked: 0 }, baseVersion: 1, node: 'office' }),
    );
    const [result] = await push(
      tech,
      upsert('j1', { minutesWorked: 20 }, { base: { minutesWorked: 0 }, baseVersion: 1 }),
    );
    expect(result).toMatchObject({
      status: 'merged',
      record: { id: 'j1', minutesWorked: 30 },
      decisions: [{ field: 'minutesWorked', strategy: 'counter', client: 20, kept: 30 }],
    });
  });

  it('answers a manual conflict with its id and keeps both versions', async () => {
    await push(dispatcher, upsert('j1', { notes: 'office' }, { baseVersion: 1, at: 2000, node: 'office' }));
    const [result] = await push(
      tech,
      upsert('j1', { notes: 'device' }, { baseVersion: 1, at: 3000, id: 'n1' }),
    );
    expect(result).toMatchObject({
      status: 'conflict',
      conflictId: 'n1:notes',
      fields: ['notes'],
      record: { notes: 'device' },
    });
    expect(store.conflicts()).toHaveLength(1);
  });

  it('gives a replayed operation its first result without applying it twice', async () => {
    const op = upsert('j1', { minutesWorked: 5 }, { base: { minutesWorked: 0 }, baseVersion: 1, id: 'once' });
    const [first] = await push(tech, op);
    const [again] = await push(tech, op);
    expect(again).toEqual(first);
    expect((await store.getRecord('Job', 'j1'))?.values.minutesWorked).toBe(5);
  });

  it('applies an operation id repeated within one batch once', async () => {
    const op = upsert(
      'j1',
      { minutesWorked: 7 },
      { base: { minutesWorked: 0 }, baseVersion: 1, id: 'twice' },
    );
    const [first, second] = await push(tech, op, op);
    expect(second).toEqual(first);
    expect((await store.getRecord('Job', 'j1'))?.values.minutesWorked).toBe(7);
  });

  it('leaves hidden fields out of a merged record', async () => {
    const hiding = hidingFrom(spec, 'technician', 'Job', ['region']);
    await push(
      dispatcher,
      upsert('j1', { minutesWorked: 10 }, { base: { minutesWorked: 0 }, baseVersion: 1, node: 'office' }),
    );
    const { results } = await processPush(
      hiding,
      tech,
      request(upsert('j1', { minutesWorked: 5 }, { base: { minutesWorked: 0 }, baseVersion: 1 })),
      store,
    );
    expect(results[0]?.status).toBe('merged');
    if (results[0]?.status === 'merged') expect(Object.keys(results[0].record)).not.toContain('region');
  });

  it('answers every operation of a batch in the order sent', async () => {
    const results = await push(
      tech,
      upsert('j1', { status: 'in_progress' }, { baseVersion: 1, id: 'a' }),
      upsert('ghost', { title: 'x' }, { id: 'b' }),
      upsert('j1', { minutesWorked: 3 }, { base: { minutesWorked: 0 }, baseVersion: 2, id: 'c' }),
    );
    expect(results.map((r) => [r.opId, r.status])).toEqual([
      ['a', 'applied'],
      ['b', 'rejected'],
      ['c', 'applied'],
    ]);
  });
});

describe('processPush: entities devices only read', () => {
  it('applies writes of a role granted them to a read-only entity', async () => {
    const site = { ...upsert('s1', { id: 's1', name: 'Depot' }), entity: 'Site' };
    expect(await push(dispatcher, site)).toMatchObject([{ status: 'applied', version: 2 }]);
    const renamed = { ...upsert('s1', { name: 'Main depot' }, { baseVersion: 2 }), entity: 'Site' };
    expect(await push(dispatcher, renamed)).toMatchObject([{ status: 'applied' }]);
    expect(
      await push(tech, { ...upsert('s1', { name: 'x' }, { baseVersion: 3 }), entity: 'Site' }),
    ).toMatchObject([{ status: 'rejected', reason: 'read-only' }]);
    expect((await store.getRecord('Site', 's1'))?.values).toEqual({ id: 's1', name: 'Main depot' });
  });
});

describe('processPush: refusals', () => {
  it.each<[string, AccessContext, Operation, Partial<OperationResult>]>([
    ['an unknown entity', tech, { ...upsert('x', {}), entity: 'Truck' }, { reason: 'unknown-entity' }],
    [
      'a read-only entity written by a role without a write grant on it',
      tech,
      { ...upsert('s1', { id: 's1', name: 'Depot' }), entity: 'Site' },
      { reason: 'read-only' },
    ],
    ['a create the role may not do', tech, upsert('j2', newJob('j2')), { reason: 'permission' }],
    [
      'a field outside writableFields',
      tech,
      upsert('j1', { title: 'Mine now' }, { baseVersion: 1 }),
      { reason: 'permission', field: 'title' },
    ],
    [
      'a record outside the role scope',
      otherTech,
      upsert('j1', { status: 'done' }, { baseVersion: 1 }),
      { reason: 'out-of-scope' },
    ],
    [
      'an enum value not listed',
      tech,
      upsert('j1', { status: 'finished' }, { baseVersion: 1 }),
      { reason: 'invalid-value', field: 'status' },
    ],
    [
      'a wrong type',
      tech,
      upsert('j1', { minutesWorked: 'ten' }, { baseVersion: 1 }),
      { reason: 'invalid-value', field: 'minutesWorked' },
    ],
    [
      'an unknown field',
      tech,
      upsert('j1', { colour: 'red' }, { baseVersion: 1 }),
      { reason: 'unknown-field', field: 'colour' },
    ],
    [
      'a cleared required field',
      dispatcher,
      upsert('j1', { title: null }, { baseVersion: 1 }),
      { reason: 'missing-required', field: 'title' },
    ],
    ['a delete the role may not do', tech, remove('j1', { baseVersion: 1 }), { reason: 'permission' }],
    [
      'a delete of a record that never existed',
      dispatcher,
      remove('zzz', { baseVersion: 1 }),
      { reason: 'not-found' },
    ],
  ])('rejects %s', async (_name, caller, op, expected) => {
    const [result] = await push(caller, op);
    expect(result).toMatchObject({ status: 'rejected', ...expected });
    if (result?.status === 'rejected') expect(result.message.length).toBeGreaterThan(10);
  });

  it('rejects a create missing a required field without a default, naming it', async () => {
    const { title: _t, ...rest } = newJob('j2');
    const [result] = await push(dispatcher, upsert('j2', rest));
    expect(result).toMatchObject({ status: 'rejected', reason: 'missing-required', field: 'title' });
  });

  it('fills defaults of a new record', async () => {
    const { status: _s, minutesWorked: _m, ...rest } = newJob('j2');
    const [result] = await push(dispatcher, upsert('j2', rest));
    expect(result?.status).toBe('applied');
    expect((await store.getRecord('Job', 'j2'))?.values).toMatchObject({ status: 'open', minutesWorked: 0 });
  });

  it('rejects a change that would move the record out of the caller scope', async () => {
    const [result] = await push(
      dispatcher,
      upsert('j1', { region: 'south' }, { base: { region: 'north' }, baseVersion: 1 }),
    );
    expect(result).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
    expect((await store.getRecord('Job', 'j1'))?.values.region).toBe('north');
  });

  it('rejects a create outside the caller scope', async () => {
    const [result] = await push(dispatcher, upsert('j9', newJob('j9', { region: 'south' })));
    expect(result).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
    expect(await store.getRecord('Job', 'j9')).toBeUndefined();
  });

  it('rejects an operation over the size limit', async () => {
    const notes = 'x'.repeat(PROTOCOL_LIMITS.maxOperationChars);
    const [result] = await push(tech, upsert('j1', { notes }, { baseVersion: 1 }));
    expect(result).toMatchObject({ status: 'rejected', reason: 'too-large' });
  });

  it('rejects an update of a record deleted on the server', async () => {
    await push(dispatcher, remove('j1', { baseVersion: 1 }));
    const [result] = await push(tech, upsert('j1', { status: 'done' }, { baseVersion: 1 }));
    expect(result).toMatchObject({ status: 'rejected', reason: 'not-found' });
  });

  it('keeps the refusal of a replayed rejected operation', async () => {
    const op = upsert('j1', { status: 'finished' }, { baseVersion: 1, id: 'bad' });
    const [first] = await push(tech, op);
    expect(await push(tech, op)).toEqual([first]);
  });
});

describe('handlePush: the request as a whole', () => {
  it('answers 409 spec-upgrade-required with the published version', async () => {
    const answer = await handlePush(spec, tech, { ...request(), specVersion: '0.9.0' }, store);
    expect(answer).toMatchObject({
      ok: false,
      status: 409,
      body: { error: { code: 'spec-upgrade-required', publishedVersion: '1.0.0' } },
    });
  });

  it('answers 426 for another protocol version', async () => {
    const answer = await handlePush(spec, tech, { ...request(), protocol: 2 }, store);
    expect(answer).toMatchObject({
      ok: false,
      status: 426,
      body: { error: { code: 'protocol-unsupported' } },
    });
  });

  it('answers 400 with a pointer for a malformed operation', async () => {
    const body = request(upsert('j1', { status: 'done' }, { baseVersion: 1 }));
    const broken = { ...body, operations: [{ ...body.operations[0], hlc: 'now' }] };
    const answer = await handlePush(spec, tech, broken, store);
    expect(answer).toMatchObject({
      ok: false,
      status: 400,
      body: { error: { code: 'bad-request', pointer: '/operations/0/hlc' } },
    });
  });

  it('answers 200 with results for a good request', async () => {
    const answer = await handlePush(
      spec,
      tech,
      request(upsert('j1', { status: 'done' }, { baseVersion: 1, at: 5000 })),
      store,
    );
    expect(answer).toMatchObject({
      ok: true,
      status: 200,
      body: { protocol: 1, results: [{ status: 'applied' }] },
    });
    expect(hlc(5000)).toBe((await store.getRecord('Job', 'j1'))?.fieldHlc.status);
  });
});
