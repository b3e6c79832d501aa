import type { Kysely } from 'kysely';

/**
 * Keeps each record's state before its latest change (`{ deleted, values }` as JSON, null when
 * that change created it), so a pull sends a delete only to callers who could see the record.
 * Rows written before have none: a pull then tells nobody they went.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sync_records').addColumn('prev_state', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sync_records').dropColumn('prev_state').execute();
}
