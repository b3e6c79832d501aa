import { describe, expect, it } from 'vitest';
import { coalesce } from '../../src/outbox/coalesce';
import type { OutboxEntry } from '../../src/outbox/entry';

const entry = (over: Partial<OutboxEntry>): OutboxEntry => ({
  seq: 1,
  id: 'op-1',
  entity: 'Task',
  key: 't1',
  kind: 'upsert',
  changes: {},
  base: {},
  baseVersion: 4,
  hlc: '1700000000000-000000-dev',
  clientId: 'dev',
  rank: 0,
  attempts: 0,
  queuedAt: 100,
  ...over,
});

describe('coalescing two unsent edits of one record', () => {
  it('later values win, the earliest base of each field stays, and the earlier place and version are kept', () => {
    const earlier = entry({ changes: { title: 'b', hours: 3 }, base: { title: 'a', hours: 1 } });
    const later = entry({
      seq: 7,
      id: 'op-2',
      changes: { title: 'c', owner: 'sam' },
      base: { title: 'b', owner: 'ann' },
      baseVersion: 9,
      hlc: '1700000000500-000000-dev',
      queuedAt: 200,
    });
    expect(coalesce(earlier, later)).toEqual({
      kind: 'merged',
      entry: entry({
        seq: 1,
        id: 'op-1',
        changes: { title: 'c', hours: 3, owner: 'sam' },
        base: { title: 'a', hours: 1, owner: 'ann' },
        baseVersion: 4,
        hlc: '1700000000500-000000-dev',
        queuedAt: 100,
      }),
    });
  });

  it('a delete after an unsent create cancels both; after an update it replaces it', () => {
    const del = entry({ seq: 2, id: 'op-2', kind: 'delete' });
    expect(coalesce(entry({ baseVersion: 0, changes: { title: 'x' } }), del)).toEqual({ kind: 'cancelled' });
    expect(coalesce(entry({ changes: { title: 'x' }, base: { title: 'w' } }), del)).toMatchObject({
      kind: 'merged',
      entry: { kind: 'delete', changes: {}, seq: 1, baseVersion: 4 },
    });
  });

  it('never folds into an entry already tried, nor a recreate into a delete', () => {
    expect(coalesce(entry({ attempts: 1 }), entry({ id: 'op-2' }))).toEqual({ kind: 'separate' });
    expect(coalesce(entry({ kind: 'delete' }), entry({ id: 'op-2' }))).toEqual({ kind: 'separate' });
    expect(coalesce(entry({}), entry({ id: 'op-2', key: 't2' }))).toEqual({ kind: 'separate' });
  });
});

describe('coalescing set edits', () => {
  it('applies the later adds and removes after the earlier ones', () => {
    const earlier = entry({
      changes: { tags: ['a', 'x', 'y'] },
      base: { tags: ['a'] },
      sets: { tags: { add: ['x', 'y'], remove: [] } },
    });
    const later = entry({
      seq: 2,
      id: 'op-2',
      changes: { tags: ['y', 'z'] },
      base: { tags: ['a', 'x', 'y'] },
      sets: { tags: { add: ['z'], remove: ['a', 'x'] } },
    });
    const result = coalesce(earlier, later);
    expect(result.kind === 'merged' && result.entry.sets).toEqual({
      tags: { add: ['y', 'z'], remove: ['a', 'x'] },
    });
  });

  it('leaves a field in the whole-set form when one of the two entries carries no edit for it', () => {
    const earlier = entry({ changes: { tags: ['a', 'x'] }, base: { tags: ['a'] } });
    const later = entry({
      seq: 2,
      id: 'op-2',
      changes: { tags: ['a', 'x', 'y'] },
      base: { tags: ['a', 'x'] },
      sets: { tags: { add: ['y'], remove: [] } },
    });
    const result = coalesce(earlier, later);
    expect(result.kind).toBe('merged');
    expect(result.kind === 'merged' && result.entry.sets).toBeUndefined();
  });
});
