import type { Kysely } from 'kysely';

/** Lets the idempotency window be pruned by age without scanning every stored result. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('sync_applied_ops_created')
    .on('sync_applied_ops')
    .column('created_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sync_applied_ops_created').execute();
}
