import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * Device views: for entities whose scopes follow relations, which record versions each device
 * (client and user) holds, so a pull can send what entered its scope and evict exactly what left
 * it (sync/views.ts). A page's changes stay pending until the device confirms them with its next
 * cursor. PostgreSQL also gets `sc_instant`, the datetime reading that SQLite gets from the
 * server process (db/database.ts): both read an ISO 8601 text as the same instant as the runtime.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sync_views')
    .addColumn('app_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('confirmed', 'bigint', (c) => c.notNull())
    .addColumn('pending', 'bigint')
    .addPrimaryKeyConstraint('sync_views_pk', ['app_id', 'client_id', 'user_id', 'entity'])
    .execute();
  await db.schema
    .createTable('sync_view_rows')
    .addColumn('app_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('record_key', 'text', (c) => c.notNull())
    // The version the device holds (confirmed); null while the row only waits to be confirmed.
    .addColumn('version', 'bigint')
    // The version the last page sent, until confirmed; with pending_drop = 1, the last page evicted it.
    .addColumn('pending_version', 'bigint')
    .addColumn('pending_drop', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('sync_view_rows_pk', ['app_id', 'client_id', 'user_id', 'entity', 'record_key'])
    .execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`
      create or replace function sc_instant(v jsonb) returns double precision
      language plpgsql immutable as $$
      declare t text;
      begin
        if v is null then return null; end if;
        if jsonb_typeof(v) = 'number' then return (v #>> '{}')::double precision; end if;
        if jsonb_typeof(v) <> 'string' then return null; end if;
        t := v #>> '{}';
        if t !~ '^\\d{4}-\\d{2}-\\d{2}(([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?)(Z|[+-]\\d{2}:?\\d{2})?)?$' then
          return null;
        end if;
        if t ~ '(Z|[+-]\\d{2}:?\\d{2})$' then
          return floor(extract(epoch from t::timestamptz) * 1000);
        end if;
        return floor(extract(epoch from (t::timestamp at time zone 'UTC')) * 1000);
      exception when others then
        return null;
      end $$`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sync_view_rows').execute();
  await db.schema.dropTable('sync_views').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop function if exists sc_instant(jsonb)`.execute(db);
  }
}
