import { describe, expect, it } from 'vitest';
import { PROTOCOL_LIMITS } from '../../src/protocol/limits';
import { parsePullRequest, parsePushRequest } from '../../src/protocol/parse';

const op = {
  id: 'op-1',
  entity: 'Job',
  key: 'j1',
  kind: 'upsert',
  changes: { status: 'done' },
  base: { status: 'open' },
  baseVersion: 3,
  hlc: '1763802000000-000002-dev42',
  clientId: 'dev42',
};
const push = { protocol: 1, specVersion: '1.0.0', clientId: 'dev42', operations: [op] };

describe('parsePushRequest', () => {
  it('returns a clean request and drops properties it does not know', () => {
    const parsed = parsePushRequest({ ...push, extra: true, operations: [{ ...op, note: 'x' }] });
    expect(parsed).toEqual({ ok: true, value: push });
  });

  it('defaults missing changes and base of a delete to empty objects', () => {
    const { changes: _c, base: _b, ...rest } = op;
    const parsed = parsePushRequest({ ...push, operations: [{ ...rest, kind: 'delete' }] });
    expect(parsed.ok && parsed.value.operations[0]).toMatchObject({ changes: {}, base: {} });
  });

  it.each([
    ['a body that is not an object', [], ''],
    ['a missing spec version', { ...push, specVersion: undefined }, '/specVersion'],
    ['operations that are not a list', { ...push, operations: {} }, '/operations'],
    [
      'an operation of unknown kind',
      { ...push, operations: [{ ...op, kind: 'patch' }] },
      '/operations/0/kind',
    ],
    [
      'a negative base version',
      { ...push, operations: [{ ...op, baseVersion: -1 }] },
      '/operations/0/baseVersion',
    ],
    [
      'a fractional base version',
      { ...push, operations: [{ ...op, baseVersion: 1.5 }] },
      '/operations/0/baseVersion',
    ],
    ['a malformed timestamp', { ...push, operations: [{ ...op, hlc: '2026-11-22' }] }, '/operations/0/hlc'],
    ['an empty key', { ...push, operations: [{ ...op, key: '' }] }, '/operations/0/key'],
    ['changes given as a list', { ...push, operations: [{ ...op, changes: [1] }] }, '/operations/0/changes'],
    [
      'a __proto__ field',
      { ...push, operations: [{ ...op, changes: JSON.parse('{"__proto__": {"x": 1}}') }] },
      '/operations/0/changes/__proto__',
    ],
    [
      'a client id with spaces',
      { ...push, operations: [{ ...op, clientId: 'my phone' }] },
      '/operations/0/clientId',
    ],
  ])('answers 400 for %s, pointing at it', (_name, body, pointer) => {
    const parsed = parsePushRequest(body);
    expect(parsed).toMatchObject({
      ok: false,
      status: 400,
      body: { error: { code: 'bad-request', pointer } },
    });
  });

  it('answers 400 for too many operations, with a hint', () => {
    const many = Array.from({ length: PROTOCOL_LIMITS.maxOperations + 1 }, (_, i) => ({
      ...op,
      id: `op-${i}`,
    }));
    const parsed = parsePushRequest({ ...push, operations: many });
    expect(parsed).toMatchObject({
      ok: false,
      status: 400,
      body: { error: { pointer: '/operations', hint: expect.any(String) } },
    });
  });

  it('answers 426 for another protocol version, and for none', () => {
    expect(parsePushRequest({ ...push, protocol: 2 })).toMatchObject({ ok: false, status: 426 });
    expect(parsePushRequest({ ...push, protocol: undefined })).toMatchObject({ ok: false, status: 426 });
  });
});

describe('parsePullRequest', () => {
  const pull = { protocol: 1, specVersion: '1.0.0', clientId: 'dev42' };

  it('accepts a first pull without cursor and a later one with cursor, entities and limit', () => {
    expect(parsePullRequest(pull)).toEqual({ ok: true, value: pull });
    const full = { ...pull, cursor: 'c12', entities: ['Job'], limit: 50 };
    expect(parsePullRequest(full)).toEqual({ ok: true, value: full });
  });

  it('treats a null cursor as none', () => {
    expect(parsePullRequest({ ...pull, cursor: null })).toEqual({ ok: true, value: pull });
  });

  it.each([
    ['a zero limit', { ...pull, limit: 0 }, '/limit'],
    ['a cursor that is not text', { ...pull, cursor: 12 }, '/cursor'],
    ['an overlong cursor', { ...pull, cursor: 'c'.repeat(PROTOCOL_LIMITS.maxCursorLength + 1) }, '/cursor'],
    ['entities that are not a list', { ...pull, entities: 'Job' }, '/entities'],
    ['an entity name that is not text', { ...pull, entities: ['Job', 3] }, '/entities/1'],
  ])('answers 400 for %s, pointing at it', (_name, body, pointer) => {
    expect(parsePullRequest(body)).toMatchObject({ ok: false, status: 400, body: { error: { pointer } } });
  });
});
