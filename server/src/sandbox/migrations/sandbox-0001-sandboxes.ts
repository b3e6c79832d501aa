import type { Kysely } from 'kysely';

/** Simulator sandboxes: a draft spec run by the sync endpoints for a while, under a `sandbox-` app id. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sandboxes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('spec', 'text', (c) => c.notNull())
    .addColumn('app_version', 'text', (c) => c.notNull())
    .addColumn('token_key', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sandboxes_owner')
    .on('sandboxes')
    .columns(['created_by', 'expires_at'])
    .execute();
  await db.schema.createIndex('sandboxes_expiry').on('sandboxes').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sandboxes').execute();
}
