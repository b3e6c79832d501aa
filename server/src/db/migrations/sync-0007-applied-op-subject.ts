import type { Kysely } from 'kysely';

/**
 * Keeps what each stored operation was about (entity, record key, upsert or delete) next to who
 * pushed it and its result, for the audit of offline actions (`GET /sync/operations`), and indexes
 * the app's history by time. Rows stored before have none (null).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sync_applied_ops').addColumn('entity', 'text').execute();
  await db.schema.alterTable('sync_applied_ops').addColumn('record_key', 'text').execute();
  await db.schema.alterTable('sync_applied_ops').addColumn('op_kind', 'text').execute();
  await db.schema
    .createIndex('sync_applied_ops_history')
    .on('sync_applied_ops')
    .columns(['app_id', 'created_at', 'op_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sync_applied_ops_history').execute();
  await db.schema.alterTable('sync_applied_ops').dropColumn('op_kind').execute();
  await db.schema.alterTable('sync_applied_ops').dropColumn('record_key').execute();
  await db.schema.alterTable('sync_applied_ops').dropColumn('entity').execute();
}
