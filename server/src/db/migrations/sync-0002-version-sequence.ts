import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * Where record versions come from: one increasing number per database. PostgreSQL uses a real
 * sequence (no lock held until commit, so concurrent pushes do not wait on each other); SQLite,
 * which has a single writer anyway, a one-row counter.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create sequence sync_version_seq`.execute(db);
    return;
  }
  await db.schema
    .createTable('sync_version_counter')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('last_version', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into sync_version_counter (id, last_version) values (1, 0)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop sequence sync_version_seq`.execute(db);
    return;
  }
  await db.schema.dropTable('sync_version_counter').execute();
}
