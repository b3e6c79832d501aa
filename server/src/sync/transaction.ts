import type { Kysely } from 'kysely';
import type { Dialect } from '../db/database';
import type { Database } from '../db/schema';
import { type FlushOutcome, SqlAuthorityStore } from './sql-store';

/** How often a push batch is re-run after losing a race (unique key, deadlock, serialization). */
export const MAX_PUSH_ATTEMPTS = 8;

/** True for errors that mean "another transaction won a race; run the batch again". */
export function isRetryableConflict(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const code = (error as { code?: unknown }).code;
  // PostgreSQL: unique_violation, deadlock_detected, serialization_failure.
  if (code === '23505' || code === '40P01' || code === '40001') return true;
  // better-sqlite3: a primary key or unique constraint; a busy database after the busy timeout.
  return (
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_BUSY'
  );
}

/**
 * Runs `work` against a {@link SqlAuthorityStore} inside one transaction and flushes the store
 * before commit; re-runs the whole batch when it lost a race to a concurrent transaction, so the
 * second run sees the winner's records and stored results.
 */
export async function runPushTransaction<T>(
  db: Kysely<Database>,
  dialect: Dialect,
  appId: string,
  work: (store: SqlAuthorityStore) => Promise<T>,
): Promise<{ readonly value: T; readonly flushed: FlushOutcome; readonly attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { value, flushed } = await db.transaction().execute(async (trx) => {
        const store = new SqlAuthorityStore(trx, dialect, appId, true);
        const value = await work(store);
        const flushed = await store.flush();
        return { value, flushed };
      });
      return { value, flushed, attempts: attempt };
    } catch (error) {
      if (attempt >= MAX_PUSH_ATTEMPTS || !isRetryableConflict(error)) throw error;
    }
  }
}
