import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { AUDIT_GENESIS, type ChainedFields, entryHash } from './audit-chain';

/**
 * The registry's schema migrations, run by the server's migration runner with its own. Names are
 * prefixed `registry-` and numbered so they sort after each other; never edit a migration that has
 * shipped, add a new one.
 */
export const registryMigrations: Record<string, Migration> = {
  'registry-0001-initial': {
    async up(db) {
      await db.schema
        .createTable('registry_apps')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('published_hash', 'text')
        .addColumn('publication_id', 'text')
        .addColumn('release_hash', 'text')
        .execute();

      await db.schema
        .createTable('registry_spec_versions')
        .addColumn('app_id', 'text', (c) => c.notNull().references('registry_apps.id'))
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('app_version', 'text', (c) => c.notNull())
        .addColumn('spec', 'text', (c) => c.notNull())
        .addColumn('size_bytes', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('status_changed_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('registry_spec_versions_pk', ['app_id', 'hash'])
        .execute();
      await db.schema
        .createIndex('registry_spec_versions_status_idx')
        .on('registry_spec_versions')
        .columns(['status', 'app_id'])
        .execute();

      await db.schema
        .createTable('registry_submissions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('app_id', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('submitted_by', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addColumn('warnings', 'text', (c) => c.notNull())
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('decision_comment', 'text')
        .addForeignKeyConstraint(
          'registry_submissions_version_fk',
          ['app_id', 'hash'],
          'registry_spec_versions',
          ['app_id', 'hash'],
        )
        .execute();
      await db.schema
        .createIndex('registry_submissions_version_round_uq')
        .on('registry_submissions')
        .columns(['app_id', 'hash', 'round'])
        .unique()
        .execute();
      await db.schema
        .createIndex('registry_submissions_status_idx')
        .on('registry_submissions')
        .columns(['status', 'submitted_at'])
        .execute();

      await db.schema
        .createTable('registry_comments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('app_id', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('submission_id', 'text', (c) => c.references('registry_submissions.id'))
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addForeignKeyConstraint(
          'registry_comments_version_fk',
          ['app_id', 'hash'],
          'registry_spec_versions',
          ['app_id', 'hash'],
        )
        .execute();
      await db.schema
        .createIndex('registry_comments_version_idx')
        .on('registry_comments')
        .columns(['app_id', 'hash', 'created_at'])
        .execute();

      await db.schema
        .createTable('registry_publications')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('app_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('previous_hash', 'text')
        .addColumn('published_by', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('registry_publications_app_seq_uq', ['app_id', 'seq'])
        .addForeignKeyConstraint(
          'registry_publications_version_fk',
          ['app_id', 'hash'],
          'registry_spec_versions',
          ['app_id', 'hash'],
        )
        .execute();

      await createAuditLog(db);
    },
  },
  'registry-0002-audit-chain': {
    // Chains every audit entry to the one before (SHA-256), existing entries included, so an entry
    // changed or deleted behind the server's back is found (audit-chain.ts, GET /api/audit/verify).
    async up(db) {
      const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
      for (const column of ['chain_seq', 'prev_hash', 'entry_hash'] as const) {
        await db.schema
          .alterTable('registry_audit_log')
          .addColumn(column, column === 'chain_seq' ? 'integer' : 'text')
          .execute();
      }
      await db.schema
        .createTable('registry_audit_chain')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('last_seq', 'integer', (c) => c.notNull())
        .addColumn('last_hash', 'text', (c) => c.notNull())
        .execute();
      // The entries written so far join the chain in id order; the append-only guard steps aside
      // for this one migration.
      if (postgres)
        await sql`alter table registry_audit_log disable trigger registry_audit_log_no_change`.execute(db);
      else await sql`drop trigger registry_audit_log_no_update`.execute(db);
      const rows = await sql<Omit<ChainedFields, 'chain_seq' | 'prev_hash'> & { id: number }>`
        select id, at, user_id, roles, action, app_id, hash, details, comment from registry_audit_log order by id`.execute(
        db,
      );
      let prev = AUDIT_GENESIS;
      let seq = 0;
      for (const row of rows.rows) {
        seq++;
        const hash = entryHash({ ...row, chain_seq: seq, prev_hash: prev });
        await sql`update registry_audit_log set chain_seq = ${seq}, prev_hash = ${prev}, entry_hash = ${hash} where id = ${row.id}`.execute(
          db,
        );
        prev = hash;
      }
      if (postgres)
        await sql`alter table registry_audit_log enable trigger registry_audit_log_no_change`.execute(db);
      else
        await sql`create trigger registry_audit_log_no_update before update on registry_audit_log
          begin select raise(abort, 'registry_audit_log is append-only'); end`.execute(db);
      await sql`insert into registry_audit_chain (id, last_seq, last_hash) values (1, ${seq}, ${prev})`.execute(
        db,
      );
      await db.schema
        .createIndex('registry_audit_log_chain_idx')
        .on('registry_audit_log')
        .column('chain_seq')
        .unique()
        .execute();
    },
  },
};

/** The audit log needs an increasing id; SQLite and PostgreSQL spell that differently. */
async function createAuditLog(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('registry_audit_log')
    .addColumn('id', postgres ? sql`integer generated always as identity` : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('app_id', 'text')
    .addColumn('hash', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .execute();
  await db.schema
    .createIndex('registry_audit_log_app_idx')
    .on('registry_audit_log')
    .columns(['app_id', 'id'])
    .execute();
  await db.schema.createIndex('registry_audit_log_at_idx').on('registry_audit_log').columns(['at']).execute();
  // Append-only in the database too, not just by the absence of an update path in the code.
  if (postgres) {
    await sql`create function registry_audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'registry_audit_log is append-only'; end $$`.execute(db);
    await sql`create trigger registry_audit_log_no_change before update or delete on registry_audit_log
      for each row execute function registry_audit_log_append_only()`.execute(db);
  } else {
    await sql`create trigger registry_audit_log_no_update before update on registry_audit_log
      begin select raise(abort, 'registry_audit_log is append-only'); end`.execute(db);
    await sql`create trigger registry_audit_log_no_delete before delete on registry_audit_log
      begin select raise(abort, 'registry_audit_log is append-only'); end`.execute(db);
  }
}
