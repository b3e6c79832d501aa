import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { boilerJob } from '../helpers/field-service-records';
import { syncClient, upsertOp } from '../helpers/sync-client';

/** Past what a 32-bit integer holds: versions come from one sequence for every app of a database. */
const FAR = 3_000_000_000;

describe.each(DIALECTS)('record versions past 2^31 on %s', (dialect) => {
  let t: TestApp;
  let client: ReturnType<typeof syncClient>;
  let dina: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, 'versions64', [templateSpec('field-service')]);
    client = syncClient(t.app, 'field-service');
    dina = await tokenFor('dina', ['dispatcher'], { region: 'north' });
    const { db } = t.database.opened;
    if (t.database.opened.dialect === 'postgres')
      await sql`select setval('sync_version_seq', ${FAR})`.execute(db);
    else await sql`update sync_version_counter set last_version = ${FAR}`.execute(db);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('stores, answers and pulls versions beyond 32 bits exactly, and builds on them', async () => {
    const [created] = await client.push(dina, [upsertOp('Job', 'j1', boilerJob())]);
    expect(created).toMatchObject({ status: 'applied', version: FAR + 1 });
    const [updated] = await client.push(dina, [
      upsertOp('Job', 'j1', { notes: 'Bring the ladder' }, FAR + 1),
    ]);
    expect(updated).toMatchObject({ status: 'applied', version: FAR + 2, from: FAR + 1 });
    const page = await client.pull(dina, ['Job']);
    expect(page.changes.map((c) => [c.key, c.kind === 'upsert' ? c.version : -1])).toEqual([['j1', FAR + 2]]);
  });
});
