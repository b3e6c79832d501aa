// Many concurrent writers and a reader pulling all the while: when the writers are done and the
// reader has caught up, it holds exactly the database's state. A cursor that skipped a late commit
// would leave a record missing or stale. On PostgreSQL the writers use two pools (two server
// processes); SQLite serves one process per file, so there they share its one connection (a second
// synchronous connection in the same thread would only wait out the busy timeout).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedDatabase, openDatabase } from '../../src/db/database';
import { SqlAuthorityStore } from '../../src/sync/sql-store';
import { runPushTransaction } from '../../src/sync/transaction';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../helpers/databases';
import { storedRecord } from '../helpers/records';

describe.each(DIALECTS)('cursor under concurrent writers on %s', (dialect) => {
  let test: TestDatabase;
  let other: OpenedDatabase | undefined;
  beforeAll(async () => {
    test = await openTestDatabase(dialect, 'stress');
    if (dialect === 'postgres') other = await openDatabase(test.config);
  });
  afterAll(async () => {
    await other?.close();
    await test.dispose();
  });

  it('a reader that pulls while writers commit ends with every record in its latest version', async () => {
    const pools = other ? [test.opened, other] : [test.opened];
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(fc.array(fc.integer({ min: 0, max: 19 }), { minLength: 1, maxLength: 4 }), {
            minLength: 5,
            maxLength: 15,
          }),
          {
            minLength: 4,
            maxLength: 8,
          },
        ),
        async (writers) => {
          const appId = `stress-${Math.random().toString(36).slice(2)}`;
          let running = writers.length;
          const writing = writers.map(async (batches, w) => {
            const pool = pools[w % pools.length]!;
            for (const keys of batches) {
              await runPushTransaction(pool.db, pool.dialect, appId, async (store) => {
                await store.loadRecords(keys.map((k) => ({ entity: 'Job', key: `k${k}` })));
                for (const k of new Set(keys)) {
                  const version = await store.nextVersion();
                  await store.putRecord('Job', storedRecord(`k${k}`, version, { by: w }));
                }
              });
            }
            running--;
          });

          const seen = new Map<string, number>();
          let cursor: string | undefined;
          const pullOnce = async () => {
            const page = await new SqlAuthorityStore(
              test.opened.db,
              test.opened.dialect,
              appId,
              false,
            ).changesSince({
              cursor,
              entities: ['Job'],
              limit: 7,
            });
            if (page.kind !== 'page') throw new Error(page.message);
            for (const change of page.changes) seen.set(change.record.key, change.record.version);
            cursor = page.cursor;
            return page.hasMore;
          };
          while (running > 0) {
            await pullOnce();
            await new Promise((resolve) => setImmediate(resolve));
          }
          await Promise.all(writing);
          while (await pullOnce());

          const rows = await test.opened.db
            .selectFrom('sync_records')
            .select(['record_key', 'version'])
            .where('app_id', '=', appId)
            .execute();
          expect(new Map(rows.map((r) => [r.record_key, Number(r.version)]))).toEqual(seen);
        },
      ),
      { numRuns: dialect === 'postgres' ? 8 : 6, seed: 42 },
    );
  }, 120_000);
});
