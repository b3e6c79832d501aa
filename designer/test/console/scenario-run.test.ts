import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { conflictScenario } from '../../src/console/review/scenario-run';

const fieldService = () =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../templates/field-service.json'), 'utf8'),
  ) as SyncSpec;

describe('conflict scenarios on the review page', () => {
  it('shows how a changed rule decides the same offline edits differently, and leaves no database behind', async () => {
    const indexedDB = new IDBFactory();
    const before = fieldService();
    const after = fieldService();
    const job = after.entities.find((e) => e.name === 'Job')!;
    const status = job.fields.find((f) => f.name === 'status')!;
    status.conflict = { strategy: 'last-writer-wins' };
    const old = await conflictScenario(before, 'Job', { indexedDB, IDBKeyRange });
    const next = await conflictScenario(after, 'Job', { indexedDB, IDBKeyRange });
    if (old.kind !== 'resolved' || next.kind !== 'resolved') throw new Error('the scenario did not run');
    const rule = (o: typeof old) => o.fields.find((f) => f.field === 'status');
    expect(rule(old)?.strategy).toBe('enum-precedence');
    expect(rule(next)?.strategy).toBe('last-writer-wins');
    expect(rule(next)?.why).toMatch(/later edit wins/);
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('says why the scenario cannot run instead of failing', async () => {
    const outcome = await conflictScenario(fieldService(), 'Nothing', {
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    expect(outcome).toEqual({ kind: 'not-possible', reason: 'The app has no entity “Nothing”.' });
  });
});
