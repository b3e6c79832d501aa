import type { Kysely } from 'kysely';

/**
 * Drops the index of stored results by age alone: the history index (`app_id, created_at, op_id`,
 * sync-0007) serves pruning too, app by app (sync/retention.ts), so every pushed operation writes
 * one index entry fewer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sync_applied_ops_created').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('sync_applied_ops_created')
    .on('sync_applied_ops')
    .column('created_at')
    .execute();
}
