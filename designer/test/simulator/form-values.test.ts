import type { Field } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { formatInput, inputKind, parseInput } from '../../src/simulator/form-values';

const f = <T extends Field>(field: T): T => field;

describe('simulator form values', () => {
  it('an empty box leaves the field alone, for every type', () => {
    for (const type of ['string', 'number', 'datetime', 'json', 'string-set'] as const) {
      expect(parseInput({ name: 'x', type } as Field, '')).toEqual({ kind: 'empty' });
    }
  });

  it('reads numbers and refuses text or fractions where whole numbers are needed', () => {
    expect(parseInput(f({ name: 'n', type: 'number' }), ' 2.5 ')).toEqual({ kind: 'value', value: 2.5 });
    expect(parseInput(f({ name: 'minutes', type: 'counter' }), '1.5')).toEqual({
      kind: 'invalid',
      message: 'minutes needs a whole number, not 1.5',
    });
    expect(parseInput(f({ name: 'n', type: 'integer' }), 'ten')).toMatchObject({ kind: 'invalid' });
  });

  it('reads a date and time as UTC ISO text and explains a bad one', () => {
    expect(parseInput(f({ name: 'at', type: 'datetime' }), '2026-06-01T09:00:00Z')).toEqual({
      kind: 'value',
      value: '2026-06-01T09:00:00.000Z',
    });
    expect(parseInput(f({ name: 'at', type: 'datetime' }), 'tomorrow')).toEqual({
      kind: 'invalid',
      message: 'at needs a date and time such as 2026-06-01T09:00',
    });
  });

  it('reads a string set from comma-separated items without repeats', () => {
    expect(parseInput(f({ name: 'parts', type: 'string-set' }), 'valve, seal,valve, ')).toEqual({
      kind: 'value',
      value: ['valve', 'seal'],
    });
    expect(formatInput(f({ name: 'parts', type: 'string-set' }), ['valve', 'seal'])).toBe('valve, seal');
  });

  it('refuses JSON that is malformed or carries a prototype key', () => {
    expect(parseInput(f({ name: 'meta', type: 'json' }), '{"a": [1, {"b": 2}]}')).toEqual({
      kind: 'value',
      value: { a: [1, { b: 2 }] },
    });
    expect(parseInput(f({ name: 'meta', type: 'json' }), '{oops')).toMatchObject({ kind: 'invalid' });
    expect(parseInput(f({ name: 'meta', type: 'json' }), '{"a": [{"__proto__": {"x": 1}}]}')).toEqual({
      kind: 'invalid',
      message: 'meta may not use the key at /a/0/__proto__: rename it',
    });
  });

  it('keeps string text as typed, spaces included', () => {
    expect(parseInput(f({ name: 'notes', type: 'text' }), ' two  spaces ')).toEqual({
      kind: 'value',
      value: ' two  spaces ',
    });
    expect(parseInput(f({ name: 'ok', type: 'boolean' }), 'true')).toEqual({ kind: 'value', value: true });
  });

  it('gives each type a fitting control', () => {
    expect(inputKind(f({ name: 's', type: 'enum', values: ['a'] }))).toBe('select');
    expect(inputKind(f({ name: 'b', type: 'boolean' }))).toBe('select');
    expect(inputKind(f({ name: 't', type: 'text' }))).toBe('textarea');
    expect(inputKind(f({ name: 'c', type: 'counter' }))).toBe('number');
  });
});
