import type { Kysely } from 'kysely';

/**
 * Keeps who pushed each operation with its stored result, so a replay of the id by another user
 * is refused instead of answered with the result. Rows stored before have no user (`null`): the
 * authority then answers only the device that pushed them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sync_applied_ops').addColumn('user_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sync_applied_ops').dropColumn('user_id').execute();
}
