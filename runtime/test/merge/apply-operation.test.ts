import { describe, expect, it } from 'vitest';
import { type ApplyOutcome, applyOperation } from '../../src/merge/apply-operation';
import type { StoredRecord } from '../../src/merge/record';
import { resolveManualConflict } from '../../src/merge/resolve-conflict';
import type { Entity } from '../../src/spec/types';
import { entityOf, fieldServiceSpec, hlc, newJob, remove, upsert } from './fixtures';

const spec = fieldServiceSpec();
const job = entityOf(spec, 'Job');
const site = entityOf(spec, 'Site');

function stored(outcome: ApplyOutcome): StoredRecord {
  if (outcome.status === 'rejected') throw new Error(`rejected: ${outcome.message}`);
  return outcome.record;
}

/** A created job at version 1, then the given server-side edit at version 2 (from another device). */
function jobWithServerEdit(changes: Record<string, unknown>, at = 2000): StoredRecord {
  const v1 = stored(
    applyOperation(job, undefined, upsert('j1', newJob('j1'), { at: 1000, node: 'office' }), {
      nextVersion: 1,
    }),
  );
  const base = Object.fromEntries(Object.keys(changes).map((k) => [k, v1.values[k]!]));
  return stored(
    applyOperation(job, v1, upsert('j1', changes as never, { base, baseVersion: 1, at, node: 'office' }), {
      nextVersion: 2,
    }),
  );
}

describe('applyOperation: creating and plain updates', () => {
  it('creates a record as written, with every field at the new version', () => {
    const outcome = applyOperation(job, undefined, upsert('j1', newJob('j1')), { nextVersion: 7 });
    expect(outcome.status).toBe('applied');
    const rec = stored(outcome);
    expect(rec).toMatchObject({ key: 'j1', version: 7, deleted: false, values: newJob('j1') });
    expect(rec.fieldVersions.title).toBe(7);
    expect(outcome).toMatchObject({ written: true });
  });

  it('sets the key field from the operation key when a create leaves it out', () => {
    const { id: _id, ...rest } = newJob('j1');
    expect(stored(applyOperation(job, undefined, upsert('j1', rest), { nextVersion: 1 })).values.id).toBe(
      'j1',
    );
  });

  it('applies an update made on the current version as written, even for a lower enum rank', () => {
    const v1 = stored(
      applyOperation(job, undefined, upsert('j1', newJob('j1', { status: 'done' })), { nextVersion: 1 }),
    );
    const outcome = applyOperation(
      job,
      v1,
      upsert('j1', { status: 'open' }, { base: { status: 'done' }, baseVersion: 1 }),
      {
        nextVersion: 2,
      },
    );
    expect(outcome.status).toBe('applied');
    expect(stored(outcome).values.status).toBe('open');
  });

  it('writes nothing when an update sets the values the record already has', () => {
    const v1 = stored(
      applyOperation(job, undefined, upsert('j1', newJob('j1'), { at: 1000 }), { nextVersion: 1 }),
    );
    const outcome = applyOperation(
      job,
      v1,
      upsert('j1', { title: v1.values.title! }, { baseVersion: 1, at: 1000 }),
      {
        nextVersion: 2,
      },
    );
    expect(outcome).toMatchObject({ status: 'applied', written: false });
    expect(stored(outcome)).toBe(v1);
  });

  it('rejects a field the entity does not have, naming it', () => {
    expect(applyOperation(job, undefined, upsert('j1', { colour: 'red' }), { nextVersion: 1 })).toMatchObject(
      {
        status: 'rejected',
        reason: 'unknown-field',
        field: 'colour',
      },
    );
  });

  it('rejects a __proto__ field instead of touching the prototype', () => {
    const changes = JSON.parse('{"__proto__": {"polluted": true}}');
    expect(applyOperation(job, undefined, upsert('j1', changes), { nextVersion: 1 })).toMatchObject({
      status: 'rejected',
      reason: 'unknown-field',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a malformed timestamp', () => {
    const op = { ...upsert('j1', newJob('j1')), hlc: 'tuesday' };
    expect(applyOperation(job, undefined, op, { nextVersion: 1 })).toMatchObject({
      status: 'rejected',
      reason: 'invalid-value',
    });
  });
});

describe('applyOperation: concurrent edits', () => {
  it('keeps both sides when they changed different fields', () => {
    const server = jobWithServerEdit({ title: 'New title' });
    const outcome = applyOperation(
      job,
      server,
      upsert('j1', { region: 'south' }, { base: { region: 'north' }, baseVersion: 1 }),
      {
        nextVersion: 3,
      },
    );
    expect(outcome.status).toBe('applied');
    expect(stored(outcome).values).toMatchObject({ title: 'New title', region: 'south' });
  });

  it('adds concurrent counter increments', () => {
    const server = jobWithServerEdit({ minutesWorked: 30 });
    const outcome = applyOperation(
      job,
      server,
      upsert('j1', { minutesWorked: 45 }, { base: { minutesWorked: 0 }, baseVersion: 1 }),
      { nextVersion: 3 },
    );
    expect(outcome.status).toBe('merged');
    expect(stored(outcome).values.minutesWorked).toBe(75);
    if (outcome.status === 'merged') {
      expect(outcome.decisions).toEqual([
        { field: 'minutesWorked', strategy: 'counter', client: 45, kept: 75 },
      ]);
    }
  });

  it('keeps a done status over a stale in_progress from an offline device', () => {
    const server = jobWithServerEdit({ status: 'done' }, 1000);
    const outcome = applyOperation(
      job,
      server,
      upsert('j1', { status: 'in_progress' }, { base: { status: 'open' }, baseVersion: 1, at: 5000 }),
      { nextVersion: 3 },
    );
    expect(outcome).toMatchObject({ status: 'merged', written: false });
    expect(stored(outcome).values.status).toBe('done');
  });

  it('lets the later write win a field without its own rule (entity field-merge)', () => {
    const server = jobWithServerEdit({ title: 'Server title' }, 2000);
    const later = applyOperation(
      job,
      server,
      upsert('j1', { title: 'Device title' }, { baseVersion: 1, at: 3000 }),
      {
        nextVersion: 3,
      },
    );
    const earlier = applyOperation(
      job,
      server,
      upsert('j1', { title: 'Device title' }, { baseVersion: 1, at: 1500 }),
      {
        nextVersion: 3,
      },
    );
    expect(stored(later).values.title).toBe('Device title');
    expect(stored(earlier).values.title).toBe('Server title');
    expect(earlier.status).toBe('merged');
  });

  it('keeps both versions of notes for a person, showing the later one meanwhile', () => {
    const server = jobWithServerEdit({ notes: 'Gas smell near meter' }, 2000);
    const op = upsert('j1', { notes: 'Valve replaced' }, { baseVersion: 1, at: 3000, id: 'op-notes' });
    const outcome = applyOperation(job, server, op, { nextVersion: 3 });
    expect(outcome.status).toBe('conflict');
    if (outcome.status !== 'conflict') return;
    expect(outcome.record.values.notes).toBe('Valve replaced');
    expect(outcome.conflict).toMatchObject({
      id: 'op-notes:notes',
      entity: 'Job',
      key: 'j1',
      fields: ['notes'],
      server: { notes: 'Gas smell near meter' },
      client: { notes: 'Valve replaced' },
      interim: { notes: 'Valve replaced' },
      version: 3,
    });
  });

  it("orders a device's own consecutive edits instead of treating them as concurrent", () => {
    const v1 = stored(
      applyOperation(job, undefined, upsert('j1', newJob('j1'), { node: 'office' }), { nextVersion: 1 }),
    );
    // Both edits were made offline on version 1; the second one reopens the job on purpose.
    const first = upsert(
      'j1',
      { status: 'done' },
      { base: { status: 'open' }, baseVersion: 1, at: 2000, node: 'dev7' },
    );
    const second = upsert(
      'j1',
      { status: 'open' },
      { base: { status: 'done' }, baseVersion: 1, at: 2001, node: 'dev7' },
    );
    const v2 = stored(applyOperation(job, v1, first, { nextVersion: 2 }));
    const outcome = applyOperation(job, v2, second, { nextVersion: 3 });
    expect(outcome.status).toBe('applied');
    expect(stored(outcome).values.status).toBe('open');
  });

  it("still treats another device's write as concurrent", () => {
    const v1 = stored(
      applyOperation(job, undefined, upsert('j1', newJob('j1'), { node: 'office' }), { nextVersion: 1 }),
    );
    const first = upsert('j1', { status: 'done' }, { baseVersion: 1, at: 2000, node: 'dev7' });
    const other = upsert('j1', { status: 'open' }, { baseVersion: 1, at: 2001, node: 'dev8' });
    const v2 = stored(applyOperation(job, v1, first, { nextVersion: 2 }));
    expect(stored(applyOperation(job, v2, other, { nextVersion: 3 })).values.status).toBe('done');
  });

  it('raises no manual conflict when both sides wrote the same notes', () => {
    const server = jobWithServerEdit({ notes: 'Same words' }, 2000);
    const outcome = applyOperation(
      job,
      server,
      upsert('j1', { notes: 'Same words' }, { baseVersion: 1, at: 3000 }),
      {
        nextVersion: 3,
      },
    );
    expect(outcome.status).toBe('applied');
  });

  it('treats a create of an existing key as concurrent with every field', () => {
    const server = jobWithServerEdit({ title: 'First' }, 5000);
    const outcome = applyOperation(
      job,
      server,
      upsert('j1', { title: 'Second' }, { baseVersion: 0, at: 4000 }),
      {
        nextVersion: 3,
      },
    );
    expect(stored(outcome).values.title).toBe('First');
  });
});

describe('applyOperation: deletes', () => {
  it('deletes a record and leaves an empty tombstone', () => {
    const v1 = stored(applyOperation(job, undefined, upsert('j1', newJob('j1')), { nextVersion: 1 }));
    const outcome = applyOperation(job, v1, remove('j1', { baseVersion: 1 }), { nextVersion: 2 });
    expect(stored(outcome)).toMatchObject({ deleted: true, version: 2, values: {} });
  });

  it('lets a delete win over a concurrent update', () => {
    const server = jobWithServerEdit({ title: 'Changed' });
    expect(
      stored(applyOperation(job, server, remove('j1', { baseVersion: 1 }), { nextVersion: 3 })).deleted,
    ).toBe(true);
  });

  it('keeps the record when a server-wins entity changed after the delete was made', () => {
    const v1 = stored(
      applyOperation(site, undefined, upsert('s1', { id: 's1', name: 'Depot' }), { nextVersion: 1 }),
    );
    const v2 = stored(
      applyOperation(site, v1, upsert('s1', { name: 'Main depot' }, { baseVersion: 1 }), { nextVersion: 2 }),
    );
    const outcome = applyOperation(site, v2, remove('s1', { baseVersion: 1 }), { nextVersion: 3 });
    expect(outcome).toMatchObject({ status: 'merged', written: false, decisions: [] });
    expect(stored(outcome).deleted).toBe(false);
  });

  it('rejects an update of a record deleted on the server with not-found', () => {
    const v1 = stored(applyOperation(job, undefined, upsert('j1', newJob('j1')), { nextVersion: 1 }));
    const gone = stored(applyOperation(job, v1, remove('j1', { baseVersion: 1 }), { nextVersion: 2 }));
    expect(
      applyOperation(job, gone, upsert('j1', { title: 'x' }, { baseVersion: 1 }), { nextVersion: 3 }),
    ).toMatchObject({
      status: 'rejected',
      reason: 'not-found',
    });
  });

  it('creates a deleted key afresh from a new create', () => {
    const v1 = stored(
      applyOperation(job, undefined, upsert('j1', newJob('j1', { title: 'Old' })), { nextVersion: 1 }),
    );
    const gone = stored(applyOperation(job, v1, remove('j1', { baseVersion: 1 }), { nextVersion: 2 }));
    const again = stored(
      applyOperation(job, gone, upsert('j1', newJob('j1', { title: 'New' })), { nextVersion: 3 }),
    );
    expect(again).toMatchObject({ deleted: false, version: 3, values: { title: 'New' } });
  });

  it('treats deleting a deleted record as done, writing nothing', () => {
    const v1 = stored(applyOperation(job, undefined, upsert('j1', newJob('j1')), { nextVersion: 1 }));
    const gone = stored(applyOperation(job, v1, remove('j1', { baseVersion: 1 }), { nextVersion: 2 }));
    expect(applyOperation(job, gone, remove('j1', { baseVersion: 1 }), { nextVersion: 3 })).toMatchObject({
      status: 'applied',
      written: false,
    });
  });

  it('rejects an update of a version the server never had', () => {
    expect(
      applyOperation(job, undefined, upsert('lost', { title: 'x' }, { baseVersion: 12 }), { nextVersion: 1 }),
    ).toMatchObject({ status: 'rejected', reason: 'not-found' });
  });

  it('rejects deleting a record the server never had', () => {
    expect(
      applyOperation(job, undefined, remove('nope', { baseVersion: 3 }), { nextVersion: 1 }),
    ).toMatchObject({
      status: 'rejected',
      reason: 'not-found',
    });
  });
});

describe('applyOperation: entity-level rules', () => {
  const lwwEntity: Entity = {
    ...job,
    conflict: { strategy: 'server-wins' },
    fields: job.fields.map((f) => ({ ...f, conflict: undefined }) as never),
  };
  it('an entity server-wins rule keeps server values of concurrently changed fields only', () => {
    const v1 = stored(applyOperation(lwwEntity, undefined, upsert('j1', newJob('j1')), { nextVersion: 1 }));
    const v2 = stored(
      applyOperation(lwwEntity, v1, upsert('j1', { title: 'Office' }, { baseVersion: 1, node: 'office' }), {
        nextVersion: 2,
      }),
    );
    const outcome = applyOperation(
      lwwEntity,
      v2,
      upsert('j1', { title: 'Device', region: 'east' }, { baseVersion: 1, at: 9000 }),
      { nextVersion: 3 },
    );
    expect(stored(outcome).values).toMatchObject({ title: 'Office', region: 'east' });
  });

  it('a typed entity rule on a field of another type acts as last-writer-wins', () => {
    const counterEntity: Entity = { ...lwwEntity, conflict: { strategy: 'counter' } };
    const v1 = stored(
      applyOperation(counterEntity, undefined, upsert('j1', newJob('j1')), { nextVersion: 1 }),
    );
    const v2 = stored(
      applyOperation(
        counterEntity,
        v1,
        upsert('j1', { title: 'Office' }, { baseVersion: 1, at: 2000, node: 'office' }),
        {
          nextVersion: 2,
        },
      ),
    );
    const outcome = applyOperation(
      counterEntity,
      v2,
      upsert('j1', { title: 'Device' }, { baseVersion: 1, at: 3000 }),
      {
        nextVersion: 3,
      },
    );
    expect(stored(outcome).values.title).toBe('Device');
  });

  it('refuses a next version that does not move forward', () => {
    const v1 = stored(applyOperation(job, undefined, upsert('j1', newJob('j1')), { nextVersion: 5 }));
    expect(() =>
      applyOperation(job, v1, upsert('j1', { title: 'x' }, { baseVersion: 5 }), { nextVersion: 5 }),
    ).toThrow(RangeError);
  });

  it('stamps the record with the latest timestamp seen', () => {
    const v1 = stored(
      applyOperation(job, undefined, upsert('j1', newJob('j1'), { at: 4000 }), { nextVersion: 1 }),
    );
    const v2 = stored(
      applyOperation(job, v1, upsert('j1', { region: 'x' }, { baseVersion: 1, at: 2000 }), {
        nextVersion: 2,
      }),
    );
    expect(v2.hlc).toBe(hlc(4000));
    expect(v2.fieldHlc.region).toBe(hlc(2000));
  });
});

describe('resolveManualConflict', () => {
  function conflicted() {
    const v1 = stored(
      applyOperation(job, undefined, upsert('j1', newJob('j1'), { node: 'office' }), { nextVersion: 1 }),
    );
    const v2 = stored(
      applyOperation(job, v1, upsert('j1', { notes: 'A' }, { baseVersion: 1, at: 2000, node: 'office' }), {
        nextVersion: 2,
      }),
    );
    const outcome = applyOperation(job, v2, upsert('j1', { notes: 'B' }, { baseVersion: 1, at: 3000 }), {
      nextVersion: 3,
    });
    if (outcome.status !== 'conflict') throw new Error('expected a conflict');
    return outcome;
  }

  it('writes the chosen values as a new version stamped by the decider', () => {
    const { record, conflict } = conflicted();
    const resolved = resolveManualConflict(
      record,
      conflict,
      { notes: 'A and B' },
      { nextVersion: 4, hlc: hlc(5000, 'server') },
    );
    expect(resolved).toMatchObject({ ok: true, record: { version: 4, values: { notes: 'A and B' } } });
    if (resolved.ok) {
      expect(resolved.record.fieldVersions.notes).toBe(4);
      expect(resolved.record.fieldHlc.notes).toBe(hlc(5000, 'server'));
    }
  });

  it('needs a value for every conflicting field and refuses others', () => {
    const { record, conflict } = conflicted();
    const ctx = { nextVersion: 4, hlc: hlc(5000, 'server') };
    expect(resolveManualConflict(record, conflict, {}, ctx)).toMatchObject({
      ok: false,
      reason: 'missing-value',
      field: 'notes',
    });
    expect(resolveManualConflict(record, conflict, { notes: 'x', title: 'y' }, ctx)).toMatchObject({
      ok: false,
      reason: 'not-in-conflict',
      field: 'title',
    });
  });

  it('refuses when the record was deleted since', () => {
    const { record, conflict } = conflicted();
    const gone = { ...record, deleted: true, values: {} };
    expect(
      resolveManualConflict(gone, conflict, { notes: 'x' }, { nextVersion: 9, hlc: hlc(5000) }),
    ).toMatchObject({
      ok: false,
      reason: 'record-gone',
    });
  });
});
