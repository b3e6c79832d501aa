import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, pendingMigrations } from '../src/db/migrate';
import { DIALECTS, openTestDatabase, type TestDatabase } from './helpers/databases';

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(dialect, 'migrations');
  });
  afterAll(async () => {
    await test.dispose();
  });

  it('leaves nothing pending after a run, and a second run applies nothing', async () => {
    expect(await pendingMigrations(test.opened.db)).toEqual([]);
    const again = await migrateToLatest(test.opened.db);
    expect(again).toEqual({ ok: true, applied: [] });
  });

  it('creates the sync tables', async () => {
    await test.opened.db.insertInto('sync_app_seq').values({ app_id: 'a', last_seq: 0 }).execute();
    const rows = await test.opened.db.selectFrom('sync_app_seq').selectAll().execute();
    expect(rows).toEqual([{ app_id: 'a', last_seq: 0 }]);
  });
});
