import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * Record versions as 64-bit numbers on PostgreSQL. They come from one sequence for the whole
 * database (sync-0002), which is 64-bit, so with every app's writes counted a 32-bit `integer`
 * column would refuse writes after about 2.1 billion of them. SQLite's `integer` is already 64-bit:
 * nothing to do there. The rewrite takes the table's lock while it runs, once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table sync_records alter column version type bigint`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table sync_records alter column version type integer`.execute(db);
}
