import { describe, expect, it } from 'vitest';
import { fieldRules } from '../../src/merge/rules';
import type { RuleInput } from '../../src/merge/rules/types';
import { asInstant, type FieldValue } from '../../src/merge/values';
import { CONFLICT_STRATEGIES } from '../../src/spec/constants';
import type { ConflictRule, Field } from '../../src/spec/types';
import { hlc } from './fixtures';

const EARLY = hlc(1000, 'a');
const LATE = hlc(2000, 'b');

function input(
  rule: ConflictRule,
  field: Field,
  values: { base?: RuleInput['base']; server: RuleInput['server']; client: RuleInput['client'] },
  clientLater = true,
): RuleInput {
  return {
    base: values.base,
    server: values.server,
    client: values.client,
    serverHlc: clientLater ? EARLY : LATE,
    clientHlc: clientLater ? LATE : EARLY,
    field,
    rule,
  };
}

const text: Field = { name: 'title', type: 'string' };
const num: Field = { name: 'n', type: 'integer' };
const when: Field = { name: 'completedAt', type: 'datetime' };
const tags: Field = { name: 'parts', type: 'string-set' };
const status: Field = { name: 'status', type: 'enum', values: ['open', 'in_progress', 'done', 'cancelled'] };

describe('field rule registry', () => {
  it('has one rule for every strategy of the spec', () => {
    expect(Object.keys(fieldRules).sort()).toEqual([...CONFLICT_STRATEGIES].sort());
  });
});

describe('last-writer-wins', () => {
  const rule: ConflictRule = { strategy: 'last-writer-wins' };
  it('keeps the client value when the client wrote later', () => {
    expect(fieldRules[rule.strategy](input(rule, text, { server: 'S', client: 'C' }, true))).toEqual({
      value: 'C',
      winner: 'client',
    });
  });
  it('keeps the server value when the server wrote later', () => {
    expect(fieldRules[rule.strategy](input(rule, text, { server: 'S', client: 'C' }, false))).toEqual({
      value: 'S',
      winner: 'server',
    });
  });
  it('breaks a tie in wall time and counter by node id, whichever side holds which', () => {
    const base = { base: undefined, server: 'S', client: 'C', field: text, rule };
    const fromZ = fieldRules[rule.strategy]({ ...base, serverHlc: hlc(5, 'a'), clientHlc: hlc(5, 'z') });
    const fromA = fieldRules[rule.strategy]({ ...base, serverHlc: hlc(5, 'z'), clientHlc: hlc(5, 'a') });
    expect(fromZ.winner).toBe('client');
    expect(fromA.winner).toBe('server');
  });
});

describe('server-wins and client-wins', () => {
  it('server-wins keeps the server value even when the client wrote later', () => {
    const rule: ConflictRule = { strategy: 'server-wins' };
    expect(fieldRules[rule.strategy](input(rule, text, { server: 'S', client: 'C' })).value).toBe('S');
  });
  it('client-wins keeps the client value even when the server wrote later', () => {
    const rule: ConflictRule = { strategy: 'client-wins' };
    expect(fieldRules[rule.strategy](input(rule, text, { server: 'S', client: 'C' }, false)).value).toBe('C');
  });
});

describe('counter', () => {
  const rule: ConflictRule = { strategy: 'counter' };
  it.each([
    // base, server, client, expected
    [10, 13, 15, 18, 'adds the client increment to the server value'],
    [10, 13, 7, 10, 'applies a client decrement to the server value'],
    [undefined, 4, 2, 6, 'counts an unset base as zero'],
    [5, undefined, 9, 4, 'counts an unset server value as zero'],
    [0, 0, 3, 3, 'equals the client value when the server did not move'],
  ] as Array<[FieldValue, FieldValue, FieldValue, number, string]>)(
    'base %s, server %s, client %s → %s (%s)',
    (base, server, client, expected) => {
      expect(fieldRules.counter(input(rule, num, { base, server, client })).value).toBe(expected);
    },
  );
  it('reports a merged winner when the result is neither side', () => {
    expect(fieldRules.counter(input(rule, num, { base: 10, server: 13, client: 15 })).winner).toBe('merged');
  });
});

describe('set-union (add-wins)', () => {
  const rule: ConflictRule = { strategy: 'set-union' };
  it.each([
    [['a'], ['a', 's'], ['a', 'c'], ['a', 'c', 's'], 'keeps additions from both sides'],
    [['a', 'b'], ['a', 'b'], ['a'], ['a'], 'applies a client removal of a base member'],
    [['a', 'b'], ['a'], ['a', 'b'], ['a'], 'keeps a server removal the client did not undo'],
    [['a'], ['a', 'x'], [], ['x'], 'never removes what the server added'],
    [[], ['z', 'b'], ['m', 'a'], ['a', 'b', 'm', 'z'], 'sorts the result'],
    [undefined, undefined, ['c', 'c'], ['c'], 'drops duplicates'],
  ] as Array<[FieldValue, FieldValue, FieldValue, string[], string]>)(
    'base %j, server %j, client %j → %j (%s)',
    (base, server, client, expected) => {
      expect(fieldRules['set-union'](input(rule, tags, { base, server, client })).value).toEqual(expected);
    },
  );
});

describe('max and min', () => {
  it('max keeps the larger number', () => {
    const rule: ConflictRule = { strategy: 'max' };
    expect(fieldRules.max(input(rule, num, { server: 7, client: 3 })).value).toBe(7);
    expect(fieldRules.max(input(rule, num, { server: 3, client: 7 })).value).toBe(7);
  });
  it('max compares datetimes as instants, not as text', () => {
    const rule: ConflictRule = { strategy: 'max' };
    const server = '2026-11-22T10:00:00+02:00'; // 08:00Z
    const client = '2026-11-22T09:00:00Z';
    expect(fieldRules.max(input(rule, when, { server, client })).value).toBe(client);
  });
  it('reads a datetime without a zone as UTC, whatever the local time zone', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(asInstant('2026-11-22T10:00:00')).toBe(Date.UTC(2026, 10, 22, 10));
      expect(asInstant('2026-11-22 10:00')).toBe(Date.UTC(2026, 10, 22, 10));
      const rule: ConflictRule = { strategy: 'max' };
      expect(
        fieldRules.max(input(rule, when, { server: '2026-11-22T10:00:00', client: '2026-11-22T09:30:00Z' }))
          .value,
      ).toBe('2026-11-22T10:00:00');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('min keeps the smaller number', () => {
    const rule: ConflictRule = { strategy: 'min' };
    expect(fieldRules.min(input(rule, num, { server: 7, client: 3 })).value).toBe(3);
  });
  it('a set value beats an unset one', () => {
    const rule: ConflictRule = { strategy: 'min' };
    expect(fieldRules.min(input(rule, num, { server: null, client: 3 })).value).toBe(3);
    expect(fieldRules.min(input(rule, num, { server: 4, client: undefined })).value).toBe(4);
  });
});

describe('enum-precedence', () => {
  const rule: ConflictRule = {
    strategy: 'enum-precedence',
    order: ['cancelled', 'done', 'in_progress', 'open'],
  };
  it('keeps done over a stale in_progress written later', () => {
    expect(
      fieldRules['enum-precedence'](input(rule, status, { server: 'done', client: 'in_progress' })).value,
    ).toBe('done');
  });
  it('lets cancelled override done', () => {
    expect(
      fieldRules['enum-precedence'](input(rule, status, { server: 'done', client: 'cancelled' }, false))
        .value,
    ).toBe('cancelled');
  });
  it('ranks a value missing from the order below every listed value', () => {
    const partial: ConflictRule = { strategy: 'enum-precedence', order: ['done', 'open'] };
    expect(
      fieldRules['enum-precedence'](input(partial, status, { server: 'open', client: 'cancelled' })).value,
    ).toBe('open');
  });
  it('falls back to last-writer-wins for two unlisted values', () => {
    const partial: ConflictRule = { strategy: 'enum-precedence', order: ['done', 'open'] };
    expect(
      fieldRules['enum-precedence'](input(partial, status, { server: 'x', client: 'y' }, false)).value,
    ).toBe('x');
  });
});

describe('manual', () => {
  it.each([
    ['server', true, 'S'],
    ['client', false, 'C'],
    ['last-writer-wins', true, 'C'],
    ['last-writer-wins', false, 'S'],
  ] as const)('interim %s (client later: %s) shows %s and asks a person', (interim, clientLater, shown) => {
    const rule: ConflictRule = { strategy: 'manual', interim };
    const outcome = fieldRules.manual(input(rule, text, { server: 'S', client: 'C' }, clientLater));
    expect(outcome).toMatchObject({ value: shown, manual: true });
  });
});

describe('field-merge on a json field', () => {
  const rule: ConflictRule = { strategy: 'field-merge' };
  const doc: Field = { name: 'meta', type: 'json' };
  it('keeps keys each side changed alone and the later write for keys both changed', () => {
    const outcome = fieldRules['field-merge'](
      input(rule, doc, {
        base: { a: 1, b: 1, c: 1 },
        server: { a: 2, b: 1, c: 5 },
        client: { a: 1, b: 3, c: 9 },
      }),
    );
    expect(outcome).toEqual({ value: { a: 2, b: 3, c: 9 }, winner: 'merged' });
  });
  it('drops a key one side removed', () => {
    const outcome = fieldRules['field-merge'](
      input(rule, doc, { base: { a: 1, b: 1 }, server: { a: 1, b: 1 }, client: { a: 1 } }),
    );
    expect(outcome.value).toEqual({ a: 1 });
  });
  it('falls back to last-writer-wins for values that are not objects', () => {
    expect(fieldRules['field-merge'](input(rule, doc, { server: [1], client: 'x' }, false)).value).toEqual([
      1,
    ]);
  });
});
