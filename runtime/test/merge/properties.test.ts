import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../src/merge/apply-operation';
import type { StoredRecord } from '../../src/merge/record';
import type { JsonValue, Operation, RecordValues } from '../../src/protocol/types';
import type { Entity } from '../../src/spec/types';
import { hlc } from './fixtures';

/** One field per symmetric strategy (manual with a last-writer-wins interim too), so every property exercises all of them together. */
const entity: Entity = {
  name: 'Item',
  key: 'id',
  fields: [
    { name: 'id', type: 'string', required: true },
    { name: 'title', type: 'string' },
    { name: 'count', type: 'counter', conflict: { strategy: 'counter' } },
    { name: 'tags', type: 'string-set', conflict: { strategy: 'set-union' } },
    { name: 'high', type: 'integer', conflict: { strategy: 'max' } },
    { name: 'due', type: 'datetime', conflict: { strategy: 'min' } },
    {
      name: 'state',
      type: 'enum',
      values: ['a', 'b', 'c', 'd'],
      conflict: { strategy: 'enum-precedence', order: ['c', 'a', 'b'] },
    },
    {
      name: 'notes',
      type: 'text',
      conflict: { strategy: 'manual', interim: 'last-writer-wins' },
    },
  ],
  offline: { availability: 'read-write' },
  sync: { priority: 'normal', direction: 'both' },
  conflict: { strategy: 'last-writer-wins' },
};

const baseValues: RecordValues = {
  id: 'k',
  title: 'base',
  count: 10,
  tags: ['p', 'q'],
  high: 5,
  due: '2026-11-22T10:00:00Z',
  state: 'b',
  notes: 'n',
};

function baseRecord(): StoredRecord {
  const outcome = applyOperation(entity, undefined, op('seed', 'server', 1, baseValues, 0), {
    nextVersion: 1,
  });
  if (outcome.status === 'rejected') throw new Error(outcome.message);
  return outcome.record;
}

function op(id: string, node: string, at: number, changes: RecordValues, baseVersion = 1): Operation {
  const base: Record<string, JsonValue> = {};
  if (baseVersion > 0) {
    for (const f of Object.keys(changes))
      if (baseValues[f] !== undefined) base[f] = baseValues[f] as JsonValue;
  }
  return {
    id,
    entity: 'Item',
    key: 'k',
    kind: 'upsert',
    changes,
    base,
    baseVersion,
    hlc: hlc(at, node),
    clientId: node,
  };
}

const tag = fc.constantFrom('p', 'q', 'r', 's', 't');
/** The edit one device makes to a subset of the fields, starting from the base record. */
const edit = fc.record(
  {
    title: fc.string({ maxLength: 4 }),
    count: fc.integer({ min: -50, max: 50 }).map((d) => 10 + d),
    tags: fc.uniqueArray(tag, { maxLength: 5 }),
    high: fc.integer({ min: -20, max: 20 }),
    due: fc.integer({ min: 0, max: 48 }).map((h) => new Date(Date.UTC(2026, 10, 21, h)).toISOString()),
    state: fc.constantFrom('a', 'b', 'c', 'd'),
    notes: fc.constantFrom('n', 'x', 'y'),
  },
  { requiredKeys: [] },
);
/** Several devices' concurrent edits, each with its own timestamp. */
const concurrentEdits = fc
  .array(fc.record({ changes: edit, at: fc.integer({ min: 1, max: 40 }) }), { minLength: 2, maxLength: 4 })
  .map((edits) => edits.map((e, i) => op(`op-${i}`, `dev${i}`, 1000 + e.at, e.changes as RecordValues)));

function applyAll(ops: readonly Operation[]): StoredRecord {
  let record = baseRecord();
  let version = 1;
  for (const o of ops) {
    const outcome = applyOperation(entity, record, o, { nextVersion: ++version });
    if (outcome.status === 'rejected') throw new Error(`${o.id} rejected: ${outcome.message}`);
    record = outcome.record;
  }
  return record;
}

// Property runs are generous on a loaded machine; each takes well under a second alone.
describe('merge properties', () => {
  it('gives the same outcome for the same inputs', () => {
    fc.assert(
      fc.property(concurrentEdits, (ops) => {
        const record = applyAll(ops.slice(0, 1));
        const again = ops[1]!;
        expect(applyOperation(entity, record, again, { nextVersion: 9 })).toEqual(
          applyOperation(entity, record, again, { nextVersion: 9 }),
        );
      }),
    );
  }, 30_000);

  it('converges whatever order concurrent edits reach the server in', () => {
    fc.assert(
      fc.property(
        concurrentEdits.chain((ops) =>
          fc.tuple(fc.constant(ops), fc.shuffledSubarray(ops, { minLength: ops.length })),
        ),
        ([ops, shuffled]) => {
          const inOrder = applyAll(ops);
          const reordered = applyAll(shuffled);
          expect(reordered.values).toEqual(inOrder.values);
          expect(reordered.fieldHlc).toEqual(inOrder.fieldHlc);
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it('adds up counter increments made on every device', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 6 }),
        (increments) => {
          const ops = increments.map((d, i) => op(`c${i}`, `dev${i}`, 1000 + i, { count: 10 + d }));
          expect(applyAll(ops).values.count).toBe(10 + increments.reduce((a, b) => a + b, 0));
        },
      ),
    );
  }, 30_000);

  it('keeps every member any device added and drops base members any device removed (add-wins)', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(tag, { maxLength: 5 }), { minLength: 1, maxLength: 5 }), (sets) => {
        const ops = sets.map((s, i) => op(`s${i}`, `dev${i}`, 1000 + i, { tags: s }));
        const base = new Set(baseValues.tags as string[]);
        const added = new Set(sets.flat().filter((t) => !base.has(t)));
        const removed = new Set([...base].filter((t) => sets.some((s) => !(s as string[]).includes(t))));
        const expected = [...new Set([...[...base].filter((t) => !removed.has(t)), ...added])].sort();
        expect(applyAll(ops).values.tags).toEqual(expected);
      }),
    );
  }, 30_000);

  it('never lets a lower-ranked enum value replace a higher one in a concurrent edit', () => {
    fc.assert(
      fc.property(concurrentEdits, (ops) => {
        const rank = (v: unknown) =>
          ['c', 'a', 'b'].indexOf(v as string) === -1 ? 3 : ['c', 'a', 'b'].indexOf(v as string);
        const written = ops.map((o) => o.changes.state).filter((s) => s !== undefined);
        if (written.length === 0) return;
        const best = Math.min(...written.map(rank));
        expect(rank(applyAll(ops).values.state)).toBe(best);
      }),
    );
  }, 30_000);

  it('keeps the extreme of max and min fields across concurrent edits', () => {
    fc.assert(
      fc.property(concurrentEdits, (ops) => {
        const final = applyAll(ops).values;
        const highs = ops.map((o) => o.changes.high).filter((v): v is number => typeof v === 'number');
        if (highs.length > 0) expect(final.high).toBe(Math.max(...highs));
        const dues = ops.map((o) => o.changes.due).filter((v): v is string => typeof v === 'string');
        if (dues.length > 0)
          expect(final.due).toBe(dues.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)));
      }),
    );
  }, 30_000);

  it('regression: two edits of one field at the same millisecond resolve by node id in either order', () => {
    const a = op('r1', 'alpha', 1000, { title: 'A' });
    const b = op('r2', 'beta', 1000, { title: 'B' });
    expect(applyAll([a, b]).values.title).toBe('B');
    expect(applyAll([b, a]).values.title).toBe('B');
  });
});
