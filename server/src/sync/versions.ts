import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Dialect } from '../db/database';
import type { Database } from '../db/schema';

const PG_TAKE_VERSIONS = "select nextval('sync_version_seq') as v from generate_series(1, $1::integer)";

/**
 * Takes `count` new record versions, in increasing order, from the database-wide sequence: the
 * PostgreSQL sequence `sync_version_seq` (no lock held until commit), or on SQLite the one-row
 * counter (SQLite has a single writer anyway). Gaps are possible; repeats are not.
 */
export async function takeVersions(
  db: Kysely<Database> | Transaction<Database>,
  dialect: Dialect,
  count: number,
): Promise<number[]> {
  if (count <= 0) return [];
  if (dialect === 'postgres') {
    const { rows } = await db.executeQuery<{ v: number }>(CompiledQuery.raw(PG_TAKE_VERSIONS, [count]));
    return rows.map((r) => Number(r.v)).sort((a, b) => a - b);
  }
  const row = await db
    .updateTable('sync_version_counter')
    .set((eb) => ({ last_version: eb('last_version', '+', count) }))
    .where('id', '=', 1)
    .returning('last_version')
    .executeTakeFirstOrThrow();
  return Array.from({ length: count }, (_, i) => row.last_version - count + 1 + i);
}
