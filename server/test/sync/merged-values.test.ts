import type { Entity } from '@syncraft/runtime/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { syncClient, upsertOp } from '../helpers/sync-client';
import { appSpec } from '../helpers/write-rules-app';

/** A crew of two or three, and hours that add up to at most 10: both merged on concurrent edits. */
const crewEntity: Entity = {
  name: 'Crew',
  key: 'id',
  fields: [
    { name: 'id', type: 'string', required: true },
    {
      name: 'members',
      type: 'string-set',
      minItems: 2,
      maxItems: 3,
      conflict: { strategy: 'set-union' },
    },
    { name: 'hours', type: 'number', minimum: 0, maximum: 10, conflict: { strategy: 'counter' } },
  ],
  offline: { availability: 'read-write' },
  sync: { priority: 'normal', direction: 'both' },
  conflict: { strategy: 'field-merge' },
};

const crews = appSpec(
  'crews',
  [crewEntity],
  [{ name: 'lead', permissions: [{ entity: 'Crew', actions: ['read', 'create', 'update'] }] }],
);

/** A set edit as the runtime sends it: the whole set, its base, and the members added and removed. */
function setEdit(key: string, base: string[], next: string[], baseVersion: number, node: string) {
  return {
    ...upsertOp('Crew', key, { members: next }, baseVersion, node),
    base: { members: base },
    sets: {
      members: { add: next.filter((m) => !base.includes(m)), remove: base.filter((m) => !next.includes(m)) },
    },
  };
}

describe.each(DIALECTS)('value constraints hold after a merge on %s', (dialect) => {
  let t: TestApp;
  let sync: ReturnType<typeof syncClient>;
  let lead: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, 'merged-values', [crews]);
    sync = syncClient(t.app, 'crews');
    lead = await tokenFor('lea', ['lead']);
  });
  afterAll(async () => {
    await t.dispose();
  });

  const stored = async (key: string) => {
    const change = (await sync.pull(lead)).changes.find((c) => c.key === key);
    return change?.kind === 'upsert' ? change.record : undefined;
  };

  it('refuses the second of two removals that together leave a set below minItems, naming the field', async () => {
    const [created] = await sync.push(lead, [
      upsertOp('Crew', 'c1', { id: 'c1', members: ['ana', 'ben', 'cy'] }),
    ]);
    const v1 = created?.status === 'applied' ? created.version : 0;
    const [first] = await sync.push(lead, [
      setEdit('c1', ['ana', 'ben', 'cy'], ['ben', 'cy'], v1, 'phone-a'),
    ]);
    expect(first).toMatchObject({ status: 'applied' });
    const [second] = await sync.push(lead, [
      setEdit('c1', ['ana', 'ben', 'cy'], ['ana', 'cy'], v1, 'phone-b'),
    ]);
    expect(second).toMatchObject({ status: 'rejected', reason: 'invalid-value', field: 'members' });
    expect(second?.status === 'rejected' && second.message).toMatch(
      /^Merged with a change made meanwhile on the server \(version \d+\): Crew\.members has 1 members; the least is 2\./,
    );
    expect((await stored('c1'))?.members).toEqual(['ben', 'cy']);
  });

  it('refuses additions that together pass maxItems, and increments that together pass a maximum', async () => {
    const [created] = await sync.push(lead, [
      upsertOp('Crew', 'c2', { id: 'c2', members: ['ana', 'ben'], hours: 0 }),
    ]);
    const v1 = created?.status === 'applied' ? created.version : 0;
    const hours = (to: number, node: string) => ({
      ...upsertOp('Crew', 'c2', { hours: to }, v1, node),
      base: { hours: 0 },
    });
    const results = await sync.push(lead, [
      setEdit('c2', ['ana', 'ben'], ['ana', 'ben', 'cy'], v1, 'phone-a'),
      setEdit('c2', ['ana', 'ben'], ['ana', 'ben', 'dee'], v1, 'phone-b'),
      hours(6, 'phone-a'),
      hours(6, 'phone-b'),
      hours(4, 'phone-c'),
    ]);
    expect(results.map((r) => (r.status === 'rejected' ? `${r.reason} ${r.field}` : r.status))).toEqual([
      'applied',
      'invalid-value members',
      'applied',
      'invalid-value hours',
      'merged',
    ]);
    expect(await stored('c2')).toMatchObject({ members: ['ana', 'ben', 'cy'], hours: 10 });
  });
});
