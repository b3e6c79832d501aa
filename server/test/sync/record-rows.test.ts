import type { StoredRecord } from '@syncraft/runtime/merge';
import { describe, expect, it } from 'vitest';
import { toRow, toStoredRecord } from '../../src/sync/record-rows';
import { storedRecord } from '../helpers/records';

const roundTrip = (record: StoredRecord) => toStoredRecord(toRow('app', 'Job', record, 'now'));

/** A small seeded generator (mulberry32), so a failing case can be replayed by its seed. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A record whose field clocks are drawn at random: some the record's own, some older, some missing. */
function randomRecord(random: () => number): StoredRecord {
  const version = 10 + Math.floor(random() * 5);
  const hlc = `17000000000${version}-000000-dev`;
  const values: Record<string, string> = {};
  const fieldVersions: Record<string, number> = {};
  const fieldHlc: Record<string, string> = {};
  for (const name of ['id', 'title', 'status', 'notes', 'gone']) {
    if (random() < 0.8) values[name] = `${name}-${Math.floor(random() * 3)}`;
    if (random() < 0.85) fieldVersions[name] = random() < 0.6 ? version : Math.floor(random() * version);
    if (random() < 0.85)
      fieldHlc[name] = random() < 0.6 ? hlc : `17000000000${Math.floor(random() * 9)}-000001-x`;
  }
  return { key: 'k', version, deleted: random() < 0.1, values, fieldVersions, hlc, fieldHlc };
}

describe('record rows', () => {
  it('store a record whose every field its last change wrote with empty metadata', () => {
    const record = storedRecord('j1', 7, { id: 'j1', title: 'Fix the pump', minutes: 3 });
    expect(toRow('app', 'Job', record, 'now').meta).toBe('{}');
    expect(roundTrip(record)).toEqual(record);
  });

  it('keep only the field clocks that differ from the record, and read them back exactly', () => {
    const record: StoredRecord = {
      ...storedRecord('j1', 9, { id: 'j1', title: 'Fix the pump' }),
      fieldVersions: { id: 4, title: 9, removed: 6 },
      fieldHlc: { id: '1700000000004-000000-a', title: '1700000000009-000000-test' },
    };
    expect(JSON.parse(toRow('app', 'Job', record, 'now').meta)).toEqual({
      x: { id: [4, '1700000000004-000000-a'], removed: [6, null] },
    });
    expect(roundTrip(record)).toEqual(record);
  });

  it('read back field clocks exactly for 500 seeded random records', () => {
    const random = generator(20261205);
    for (let i = 0; i < 500; i++) {
      const record = randomRecord(random);
      expect(roundTrip(record), `case ${i}: ${JSON.stringify(record)}`).toEqual(record);
    }
  });

  it('still read rows written with every field clock spelled out', () => {
    const row = {
      record_key: 'j1',
      version: 5,
      deleted: 0,
      data: '{"id":"j1","title":"T"}',
      meta: '{"fieldVersions":{"id":2,"title":5},"fieldHlc":{"id":"h2","title":"h5"}}',
      hlc: 'h5',
    };
    expect(toStoredRecord(row)).toEqual({
      key: 'j1',
      version: 5,
      deleted: false,
      values: { id: 'j1', title: 'T' },
      fieldVersions: { id: 2, title: 5 },
      hlc: 'h5',
      fieldHlc: { id: 'h2', title: 'h5' },
    });
  });
});
