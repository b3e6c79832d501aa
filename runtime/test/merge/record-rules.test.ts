import { describe, expect, it } from 'vitest';
import { type ApplyOutcome, applyOperation } from '../../src/merge/apply-operation';
import type { StoredRecord } from '../../src/merge/record';
import type { ConflictRule, Entity } from '../../src/spec/types';
import { entityOf, fieldServiceSpec, newJob, remove, upsert } from './fixtures';

const plainJob = entityOf(fieldServiceSpec(), 'Job');
/** Job with the entity rule `rule` and no field rules, so only the entity rule decides. */
const jobWith = (rule: ConflictRule): Entity => ({
  ...plainJob,
  conflict: rule,
  fields: plainJob.fields.map(({ conflict: _, ...f }) => f as Entity['fields'][number]),
});

function stored(outcome: ApplyOutcome): StoredRecord {
  if (outcome.status === 'rejected') throw new Error(`rejected: ${outcome.message}`);
  return outcome.record;
}

/** Version 1 created by the office, version 2: the office changed `title`. */
function serverEdited(entity: Entity): StoredRecord {
  const v1 = stored(
    applyOperation(entity, undefined, upsert('j1', newJob('j1'), { at: 1000, node: 'office' }), {
      nextVersion: 1,
    }),
  );
  return stored(
    applyOperation(
      entity,
      v1,
      upsert('j1', { title: 'Office title' }, { baseVersion: 1, at: 2000, node: 'office' }),
      {
        nextVersion: 2,
      },
    ),
  );
}

/** A phone, offline since version 1, changes only `notes` (a field the office did not touch). */
const phoneEdit = () =>
  upsert('j1', { notes: 'From the phone' }, { baseVersion: 1, at: 3000, node: 'phone' });

describe('whole-record conflict rules', () => {
  it('server-wins by field keeps a phone edit of a field the server did not change', () => {
    const entity = jobWith({ strategy: 'server-wins' });
    const outcome = applyOperation(entity, serverEdited(entity), phoneEdit(), { nextVersion: 3 });
    expect(outcome.status).toBe('applied');
    expect(stored(outcome).values).toMatchObject({ title: 'Office title', notes: 'From the phone' });
  });

  it('server-wins by record drops the whole phone edit once the server changed the record', () => {
    const entity = jobWith({ strategy: 'server-wins', unit: 'record' });
    const outcome = applyOperation(entity, serverEdited(entity), phoneEdit(), { nextVersion: 3 });
    expect(outcome).toMatchObject({
      status: 'merged',
      written: false,
      decisions: [{ field: 'notes', strategy: 'server-wins', client: 'From the phone', kept: null }],
    });
    expect(stored(outcome).values.notes).toBeUndefined();
  });

  it('server-wins by record applies an edit made on the current version', () => {
    const entity = jobWith({ strategy: 'server-wins', unit: 'record' });
    const current = serverEdited(entity);
    const edit = upsert('j1', { notes: 'Fresh' }, { baseVersion: 2, at: 3000, node: 'phone' });
    expect(applyOperation(entity, current, edit, { nextVersion: 3 }).status).toBe('applied');
  });

  it("client-wins by record takes every written field as the device wrote it, whatever the fields' rules", () => {
    const entity: Entity = {
      ...jobWith({ strategy: 'client-wins', unit: 'record' }),
      fields: plainJob.fields.map((f) =>
        f.name === 'minutesWorked' ? { ...f, conflict: { strategy: 'counter' } } : f,
      ) as Entity['fields'],
    };
    const current = serverEdited(entity);
    const edit = upsert(
      'j1',
      { title: 'Phone title', minutesWorked: 5 },
      { base: { minutesWorked: 0 }, baseVersion: 1, at: 1500, node: 'phone' },
    );
    expect(stored(applyOperation(entity, current, edit, { nextVersion: 3 })).values).toMatchObject({
      title: 'Phone title',
      minutesWorked: 5,
    });
  });

  it('manual by record refuses a stale edit as a conflict over every written field (optimistic concurrency)', () => {
    const entity = jobWith({ strategy: 'manual', interim: 'server', unit: 'record' });
    const outcome = applyOperation(entity, serverEdited(entity), phoneEdit(), { nextVersion: 3 });
    expect(outcome.status).toBe('conflict');
    if (outcome.status !== 'conflict') return;
    expect(outcome.conflict.fields).toEqual(['notes']);
    expect(outcome.conflict.client).toEqual({ notes: 'From the phone' });
    expect(outcome.record.values.notes).toBeUndefined();
  });

  it('manual by record refuses a stale delete as stale', () => {
    const entity = jobWith({ strategy: 'manual', interim: 'server', unit: 'record' });
    const outcome = applyOperation(entity, serverEdited(entity), remove('j1', { baseVersion: 1, at: 3000 }), {
      nextVersion: 3,
    });
    expect(outcome).toMatchObject({ status: 'rejected', reason: 'stale' });
  });
});
