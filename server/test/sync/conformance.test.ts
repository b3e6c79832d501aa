import { AUTHORITY_STORE_CHECKS, checkAuthorityStore, type StoreHarness } from '@syncraft/runtime/authority';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../src/db/database';
import { SqlAuthorityStore } from '../../src/sync/sql-store';
import { runPushTransaction } from '../../src/sync/transaction';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../helpers/databases';

describe.each(DIALECTS)('SqlAuthorityStore on %s', (dialect) => {
  let test: TestDatabase;
  let db: OpenedDatabase;
  let apps = 0;

  beforeAll(async () => {
    test = await openTestDatabase(dialect, 'conformance');
    db = test.opened;
  });
  afterAll(async () => {
    await test.dispose();
  });

  /** Fresh, empty storage per check: an app of its own. Batches run the way pushes run. */
  const harness = async (): Promise<StoreHarness> => {
    const appId = `conformance-${++apps}`;
    return {
      batch: async (work) => (await runPushTransaction(db.db, db.dialect, appId, work)).value,
      reader: () => new SqlAuthorityStore(db.reader, db.dialect, appId, false),
    };
  };

  it('keeps every promise of the shared authority store contract', async () => {
    expect(AUTHORITY_STORE_CHECKS.length).toBeGreaterThan(10);
    expect(await checkAuthorityStore(harness)).toEqual([]);
  });
});
