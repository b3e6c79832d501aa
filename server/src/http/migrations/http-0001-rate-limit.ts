import type { Kysely } from 'kysely';

/**
 * The /api rate limit's hit counters, shared by every server process on the database: one row per
 * client address with the hits of its current window and when that window ends (epoch ms).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('http_rate_limit')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('http_rate_limit').execute();
}
