import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pruneAppliedOps, schedulePruning } from '../../src/sync/retention';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../helpers/databases';

describe.each(DIALECTS)('the idempotency window on %s', (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(dialect, 'retention');
  });
  afterAll(async () => {
    await test.dispose();
  });

  it('forgets results older than the window in every app and keeps the rest', async () => {
    const now = Date.parse('2026-11-22T00:00:00Z');
    const day = 86_400_000;
    const row = (op: string, ageDays: number, app = 'a') => ({
      app_id: app,
      op_id: op,
      client_id: 'dev',
      result: '{}',
      created_at: new Date(now - ageDays * day).toISOString(),
    });
    await test.opened.db
      .insertInto('sync_applied_ops')
      .values([
        row('old', 91),
        row('edge', 89),
        row('new', 1),
        row('b-old', 400, 'b'),
        row('b-new', 2, 'b'),
        row('c-old', 95, 'c'),
      ])
      .execute();
    expect(await pruneAppliedOps(test.opened.db, 90, now)).toBe(3);
    const left = await test.opened.db
      .selectFrom('sync_applied_ops')
      .select('op_id')
      .orderBy('op_id')
      .execute();
    expect(left.map((r) => r.op_id)).toEqual(['b-new', 'edge', 'new']);
  });
});

describe('pruning schedule', () => {
  it('runs at start and then on every interval until stopped', () => {
    vi.useFakeTimers();
    try {
      let runs = 0;
      const stop = schedulePruning(
        async () => runs++,
        1000,
        () => {},
      );
      expect(runs).toBe(1);
      vi.advanceTimersByTime(3000);
      expect(runs).toBe(4);
      stop();
      vi.advanceTimersByTime(5000);
      expect(runs).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });
});
