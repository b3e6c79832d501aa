import { describe, expect, it } from 'vitest';
import { conforms } from '../../src/protocol';

const applied = { opId: 'op-1', status: 'applied', version: 3 };
const app = { id: 'a', name: 'A', createdAt: 't', createdBy: 'u', publishedHash: null, releaseHash: null };

describe('conforms', () => {
  it('accepts a message of the named shape, following $refs, oneOf and extra fields', () => {
    expect(conforms('PushResponse', { protocol: 1, results: [applied] })).toEqual({ ok: true });
    expect(conforms('App', { ...app, extra: 1 })).toEqual({ ok: true });
  });

  it('names the first place that does not fit, by JSON pointer', () => {
    expect(conforms('PushResponse', { protocol: 2, results: [] })).toEqual({
      ok: false,
      pointer: '/protocol',
      message: 'expected 1',
    });
    expect(
      conforms('PushResponse', { protocol: 1, results: [applied, { ...applied, version: '4' }] }),
    ).toMatchObject({
      ok: false,
      pointer: '/results/1/version',
    });
    expect(conforms('App', { ...app, publishedHash: 7 })).toEqual({
      ok: false,
      pointer: '/publishedHash',
      message: 'expected string or null, found integer',
    });
    expect(conforms('ConflictPage', {})).toEqual({ ok: false, pointer: '', message: 'missing "conflicts"' });
  });

  it('says so for a name that is no wire message', () => {
    expect(conforms('Nothing', {})).toEqual({
      ok: false,
      pointer: '',
      message: 'no wire message is called Nothing',
    });
  });
});
