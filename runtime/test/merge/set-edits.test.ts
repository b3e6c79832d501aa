import { describe, expect, it } from 'vitest';
import { type ApplyOutcome, applyOperation } from '../../src/merge/apply-operation';
import type { StoredRecord } from '../../src/merge/record';
import { parsePushRequest } from '../../src/protocol/parse';
import type { Operation, SetEdit } from '../../src/protocol/types';
import { entityOf, fieldServiceSpec, newJob, upsert } from './fixtures';

const job = entityOf(fieldServiceSpec(), 'Job');

function parts(outcome: ApplyOutcome): unknown {
  if (outcome.status === 'rejected') throw new Error(`rejected: ${outcome.message}`);
  return outcome.record.values.partsUsed;
}

/** Job j1 on the server at version 2 with `partsUsed`. */
function serverWith(partsUsed: string[]): StoredRecord {
  const created = applyOperation(job, undefined, upsert('j1', newJob('j1', { partsUsed })), {
    nextVersion: 2,
  });
  if (created.status === 'rejected') throw new Error(created.message);
  return created.record;
}

/** A device's edit of partsUsed made on version 2: the whole new set, its base, and (optionally) the edit. */
function partsEdit(client: string[], base: string[], edit?: SetEdit): Operation {
  const op = upsert('j1', { partsUsed: client }, { base: { partsUsed: base }, baseVersion: 2, at: 5000 });
  return edit ? { ...op, sets: { partsUsed: edit } } : op;
}

describe('set edits travel as adds and removes', () => {
  it('an add made on a stale base keeps every member the server holds', () => {
    // The device believed the set was [t8] but its new set lost t8 (a stale base): it only added t9.
    const server = serverWith(['t8']);
    const op = partsEdit(['t9'], ['t8'], { add: ['t9'], remove: [] });
    expect(parts(applyOperation(job, server, op, { nextVersion: 3 }))).toEqual(['t8', 't9']);
  });

  it('the same stale whole set without its edit loses t8, which the edit form exists to prevent', () => {
    const server = serverWith(['t8']);
    expect(parts(applyOperation(job, server, partsEdit(['t9'], ['t8']), { nextVersion: 3 }))).toEqual(['t9']);
  });

  it('a removal takes out a member the edit saw, and a concurrent add elsewhere wins over it', () => {
    // The edit saw [a, b]; the server meanwhile added y, which the edit never saw: y stays.
    const server = serverWith(['a', 'b', 'y']);
    const op = partsEdit(['b'], ['a', 'b'], { add: [], remove: ['a', 'y'] });
    expect(parts(applyOperation(job, server, op, { nextVersion: 3 }))).toEqual(['b', 'y']);
  });

  it("older clients' whole-set form still merges by its base", () => {
    const server = serverWith(['a', 'b']);
    expect(parts(applyOperation(job, server, partsEdit(['a', 'c'], ['a']), { nextVersion: 3 }))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('the wire refuses a set edit that adds and removes the same member, naming it', () => {
    const op = partsEdit(['a'], [], { add: ['a'], remove: ['a'] });
    const parsed = parsePushRequest({ protocol: 1, specVersion: '1', clientId: 'dev', operations: [op] });
    expect(parsed).toMatchObject({
      ok: false,
      status: 400,
      body: { error: { pointer: '/operations/0/sets/partsUsed/remove' } },
    });
    const ok = parsePushRequest({
      protocol: 1,
      specVersion: '1',
      clientId: 'dev',
      operations: [partsEdit(['a'], [], { add: ['a'], remove: [] })],
    });
    expect(ok.ok && ok.value.operations[0]?.sets).toEqual({ partsUsed: { add: ['a'], remove: [] } });
  });
});
