import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAudit, queryAudit } from '../../src/registry/audit';
import { DIALECTS } from '../helpers/databases';
import { type RegistryHarness, startRegistry } from './harness';

describe.each(DIALECTS)('paging the audit log while actions are recorded (%s)', (dialect) => {
  let h: RegistryHarness | undefined;
  afterEach(async () => {
    await h?.dispose();
    h = undefined;
  });

  it('a reader paging across apps by id never passes over an entry committed late', async () => {
    h = await startRegistry(dialect, 'audit_paging');
    const db = h.db;
    const actor = { userId: 'auditor-test', roles: ['designer'] };
    const start = (await queryAudit(db, { limit: 10_000 })).at(-1)?.id ?? 0;
    // Twenty actions on three apps, in concurrent transactions that each stay open a moment after
    // appending (on PostgreSQL they overlap; a later id must never commit before an earlier one).
    const writers = Array.from({ length: 20 }, (_, i) =>
      db.transaction().execute(async (trx) => {
        await appendAudit(trx, actor, new Date().toISOString(), {
          action: 'version.create',
          appId: `app-${i % 3}`,
          hash: null,
          details: { i },
        });
        if (dialect === 'postgres') await sql`select pg_sleep(${0.002 * (20 - i)})`.execute(trx);
      }),
    );
    const seen: number[] = [];
    let after = start;
    let done = false;
    const all = Promise.all(writers).finally(() => {
      done = true;
    });
    // Page meanwhile, five at a time, as an export does; then once more after the last commit.
    for (let round = 0; ; round++) {
      const finished = done;
      const page = await queryAudit(db, { afterId: after, limit: 5 });
      seen.push(...page.map((e) => e.id));
      after = page.at(-1)?.id ?? after;
      if (finished && page.length === 0) break;
      if (round > 10_000) throw new Error('paging did not end');
    }
    await all;
    const every = (await queryAudit(db, { afterId: start, limit: 10_000 })).map((e) => e.id);
    expect(every).toHaveLength(20);
    expect(seen).toEqual(every);
  });
});
