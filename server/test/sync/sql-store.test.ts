import type { ManualConflict } from '@syncraft/runtime/merge';
import type { OperationResult } from '@syncraft/runtime/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedDatabase, openDatabase } from '../../src/db/database';
import { SqlAuthorityStore } from '../../src/sync/sql-store';
import { runPushTransaction } from '../../src/sync/transaction';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../helpers/databases';
import { storedRecord } from '../helpers/records';

describe.each(DIALECTS)('SQL authority store on %s', (dialect) => {
  let test: TestDatabase;
  let db: OpenedDatabase;
  let app = 0;
  const nextApp = () => `app-${++app}`;
  const reader = (appId: string) => new SqlAuthorityStore(db.db, db.dialect, appId, false);
  const push = <T>(appId: string, work: (store: SqlAuthorityStore) => Promise<T>) =>
    runPushTransaction(db.db, db.dialect, appId, work);

  beforeAll(async () => {
    test = await openTestDatabase(dialect, 'store');
    db = test.opened;
  });
  afterAll(async () => {
    await test.dispose();
  });

  it('hands out strictly increasing versions across transactions', async () => {
    const appId = nextApp();
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      await push(appId, async (store) => {
        seen.push(await store.nextVersion(), await store.nextVersion());
      });
    }
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]!);
  });

  it('reads back a stored record, and sees its own staged write inside the batch', async () => {
    const appId = nextApp();
    const record = storedRecord('j1', 5, { id: 'j1', title: 'Fix pump', tags: ['a', 'b'], n: 3 });
    await push(appId, async (store) => {
      expect(await store.getRecord('Job', 'j1')).toBeUndefined();
      await store.putRecord('Job', record);
      expect(await store.getRecord('Job', 'j1')).toEqual(record);
    });
    expect(await reader(appId).getRecord('Job', 'j1')).toEqual(record);
    expect(await reader('other-app').getRecord('Job', 'j1')).toBeUndefined();
  });

  it('delivers each changed record once, with its latest state, in commit order and pages', async () => {
    const appId = nextApp();
    await push(appId, async (s) => {
      await s.putRecord('Job', storedRecord('a', 1, { v: 1 }));
      await s.putRecord('Job', storedRecord('b', 2, { v: 1 }));
      await s.putRecord('Site', storedRecord('s', 3, { v: 1 }));
    });
    await push(appId, async (s) => {
      await s.getRecord('Job', 'a');
      await s.putRecord('Job', storedRecord('a', 4, { v: 2 }));
    });
    const first = await reader(appId).changesSince({
      cursor: undefined,
      entities: ['Job', 'Site'],
      limit: 2,
    });
    expect(first.kind).toBe('page');
    if (first.kind !== 'page') return;
    expect(first.changes.map((c) => `${c.entity}/${c.record.key}`)).toEqual(['Job/b', 'Site/s']);
    expect(first.hasMore).toBe(true);
    const second = await reader(appId).changesSince({
      cursor: first.cursor,
      entities: ['Job', 'Site'],
      limit: 2,
    });
    expect(second.kind === 'page' && second.changes.map((c) => [c.record.key, c.record.values])).toEqual([
      ['a', { v: 2 }],
    ]);
    expect(second.kind === 'page' && second.hasMore).toBe(false);
    if (second.kind !== 'page') return;
    const idle = await reader(appId).changesSince({
      cursor: second.cursor,
      entities: ['Job', 'Site'],
      limit: 2,
    });
    expect(idle).toEqual({ kind: 'page', changes: [], cursor: second.cursor, hasMore: false });
  });

  it("filters by entity and moves the cursor past other entities' changes", async () => {
    const appId = nextApp();
    await push(appId, async (s) => {
      await s.putRecord('Site', storedRecord('s1', 1, { v: 1 }));
      await s.putRecord('Job', storedRecord('j1', 2, { v: 1 }));
      await s.putRecord('Site', storedRecord('s2', 3, { v: 1 }));
    });
    const page = await reader(appId).changesSince({ cursor: undefined, entities: ['Job'], limit: 10 });
    expect(page.kind === 'page' && page.changes.map((c) => c.record.key)).toEqual(['j1']);
    expect(page.kind === 'page' && page.cursor).toBe('c3');
  });

  it('refuses cursors it did not hand out', async () => {
    const appId = nextApp();
    for (const cursor of ['12', 'c-1', 'cabc', 'c01', 'c999999']) {
      const page = await reader(appId).changesSince({ cursor, entities: ['Job'], limit: 10 });
      expect(page.kind, cursor).toBe('invalid-cursor');
    }
  });

  it('keeps operation results with their owner for replays, in one query for a whole batch', async () => {
    const appId = nextApp();
    const result: OperationResult = { opId: 'op-1', status: 'applied', version: 7 };
    const stored = { result, userId: 'tech-1', clientId: 'dev-1' };
    await push(appId, async (s) => {
      await s.putOpResult('op-1', stored);
      expect(await s.getOpResult('op-1')).toEqual(stored);
    });
    expect(await reader(appId).getOpResult('op-1')).toEqual(stored);
    expect(await reader(appId).getOpResults(['op-1', 'op-2'])).toEqual(new Map([['op-1', stored]]));
    expect(await reader('other-app').getOpResult('op-1')).toBeUndefined();
  });

  it('saves a manual conflict once, even when saved again', async () => {
    const appId = nextApp();
    const conflict: ManualConflict = {
      id: 'op-9:notes',
      entity: 'Job',
      key: 'j1',
      opId: 'op-9',
      clientId: 'dev-1',
      fields: ['notes'],
      base: { notes: 'a' },
      server: { notes: 'b' },
      client: { notes: 'c' },
      interim: { notes: 'c' },
      serverHlc: '1700000000000-000000-x',
      clientHlc: '1700000000001-000000-y',
      version: 3,
    };
    await push(appId, async (s) => s.saveConflict(conflict));
    await push(appId, async (s) => s.saveConflict(conflict));
    const rows = await db.db.selectFrom('sync_conflicts').selectAll().where('app_id', '=', appId).execute();
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.detail)).toEqual(conflict);
  });

  it('re-runs a batch that lost a race to create the same record, which then sees the winner', async () => {
    const appId = nextApp();
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const loser = push(appId, async (s) => {
      runs++;
      const existing = await s.getRecord('Job', 'race');
      if (runs === 1) await gate; // the winner commits while this batch holds its stale read
      await s.putRecord(
        'Job',
        storedRecord('race', existing ? existing.version + 10 : 1, {
          by: existing ? 'loser-after-retry' : 'loser',
        }),
      );
      return existing;
    });
    if (dialect === 'sqlite') {
      // SQLite runs one transaction at a time: the winner can only run after the loser's first try.
      release();
      await loser;
      expect(runs).toBe(1);
      return;
    }
    await push(appId, async (s) => {
      await s.getRecord('Job', 'race');
      await s.putRecord('Job', storedRecord('race', 5, { by: 'winner' }));
    });
    release();
    const outcome = await loser;
    expect(outcome.attempts).toBe(2);
    expect(outcome.value?.values).toEqual({ by: 'winner' });
    expect((await reader(appId).getRecord('Job', 'race'))?.values).toEqual({ by: 'loser-after-retry' });
  });
});

/** Waits until some backend of the test database is blocked on a lock (a row lock here). */
async function untilSomeoneWaitsOnALock(db: OpenedDatabase): Promise<void> {
  if (db.dialect !== 'postgres') throw new Error('postgres only');
  for (let i = 0; i < 2000; i++) {
    const { rows } = await db.pool.query(
      "select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
    );
    if ((rows[0] as { n: number }).n > 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('no backend ever waited on a lock');
}

describe('late commits on PostgreSQL with two connection pools (two server processes)', () => {
  let test: TestDatabase;
  let other: OpenedDatabase;
  beforeAll(async () => {
    test = await openTestDatabase('postgres', 'late');
    other = await openDatabase(test.config);
  });
  afterAll(async () => {
    await other.close();
    await test.dispose();
  });

  it('delivers a change whose transaction took its version first but committed last', async () => {
    const a = test.opened;
    const appId = 'late-version';
    const pullFrom = (cursor: string | undefined) =>
      new SqlAuthorityStore(a.db, 'postgres', appId, false).changesSince({
        cursor,
        entities: ['Job'],
        limit: 100,
      });

    let commitA!: () => void;
    const holdA = new Promise<void>((resolve) => {
      commitA = resolve;
    });
    let versionA = 0;
    let versioned!: () => void;
    const aHasVersion = new Promise<void>((resolve) => {
      versioned = resolve;
    });
    const txA = runPushTransaction(a.db, 'postgres', appId, async (s) => {
      versionA = await s.nextVersion();
      await s.putRecord('Job', storedRecord('from-a', versionA, { who: 'a' }));
      versioned();
      await holdA;
    });
    await aHasVersion;
    await runPushTransaction(other.db, 'postgres', appId, async (s) => {
      const v = await s.nextVersion();
      expect(v).toBeGreaterThan(versionA);
      await s.putRecord('Job', storedRecord('from-b', v, { who: 'b' }));
    });

    const first = await pullFrom(undefined);
    expect(first.kind === 'page' && first.changes.map((c) => c.record.key)).toEqual(['from-b']);
    if (first.kind !== 'page') return;
    commitA();
    await txA;
    const second = await pullFrom(first.cursor);
    expect(second.kind === 'page' && second.changes.map((c) => c.record.key)).toEqual(['from-a']);
  });

  it('never lets a reader pass a change numbered before one it already saw', async () => {
    const a = test.opened;
    const appId = 'late-seq';
    const pullFrom = (cursor: string | undefined) =>
      new SqlAuthorityStore(other.db, 'postgres', appId, false).changesSince({
        cursor,
        entities: ['Job'],
        limit: 100,
      });
    let commitA!: () => void;
    const holdA = new Promise<void>((resolve) => {
      commitA = resolve;
    });
    let flushedA!: () => void;
    const aFlushed = new Promise<void>((resolve) => {
      flushedA = resolve;
    });
    // A numbers its change (takes the app's sequence row) and holds the transaction open.
    const txA = a.db.transaction().execute(async (trx) => {
      const s = new SqlAuthorityStore(trx, 'postgres', appId, true);
      await s.putRecord('Job', storedRecord('from-a', await s.nextVersion(), { who: 'a' }));
      await s.flush();
      flushedA();
      await holdA;
    });
    await aFlushed;
    // B, in the other process, tries to number its change after A: it must wait for A's commit.
    const txB = runPushTransaction(other.db, 'postgres', appId, async (s) => {
      await s.putRecord('Job', storedRecord('from-b', await s.nextVersion(), { who: 'b' }));
    });
    await untilSomeoneWaitsOnALock(a);
    const during = await pullFrom(undefined);
    expect(during.kind === 'page' && during.changes).toEqual([]);
    if (during.kind !== 'page') return;
    commitA();
    await txA;
    await txB;
    const after = await pullFrom(during.cursor);
    expect(after.kind === 'page' && after.changes.map((c) => c.record.key)).toEqual(['from-a', 'from-b']);
  });
});
