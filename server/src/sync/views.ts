import type { ViewChange, ViewPage, ViewQuery } from '@syncraft/runtime/authority';
import type { Entity } from '@syncraft/runtime/spec';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Dialect } from '../db/database';
import type { Database } from '../db/schema';
import { type RecordRow, toStoredRecord } from './record-rows';
import { deviceScopeSql, indexFields } from './scope-sql';

/** Rows per multi-row statement (well under SQLite's bound-parameter limit). */
const CHUNK = 200;

/**
 * Device views over SQL (`AuthorityStore.viewChanges`, docs/protocol.md "Scopes that follow
 * relations"). Per device, user and entity, `sync_view_rows` holds the record versions the device
 * holds. A pull settles the view against the version its cursor confirms, then asks the database
 * for the difference with what the scope selects now, in two queries per entity:
 * records in scope that the view lacks (or holds at another version), and held records no longer
 * in scope. Both run over indexes: the scope's relation hops are `IN (subquery)` over expression
 * indexes ({@link ensureIndexes}), the view rows are looked up by primary key.
 */
export async function sqlViewChanges(
  db: Kysely<Database>,
  dialect: Dialect,
  appId: string,
  query: ViewQuery,
): Promise<ViewPage> {
  await ensureIndexes(db, dialect, query);
  return db.transaction().execute(async (trx) => {
    const changes: ViewChange[] = [];
    const versions: Record<string, number> = {};
    let hasMore = false;
    for (const { entity, confirmed } of query.entities) {
      const view = {
        app_id: appId,
        client_id: query.clientId,
        user_id: query.caller.userId,
        entity: entity.name,
      };
      const current = await settle(trx, dialect, view, confirmed);
      const room = query.limit - changes.length;
      if (room <= 0) {
        versions[entity.name] = current;
        hasMore = true;
        continue;
      }
      const found = await difference(trx, dialect, appId, query, entity, room + 1);
      if (found.length > room) hasMore = true;
      const page = found.slice(0, room);
      if (page.length === 0) {
        versions[entity.name] = current;
        continue;
      }
      await remember(trx, view, page, current + 1);
      versions[entity.name] = current + 1;
      changes.push(...page);
    }
    return { changes, versions, hasMore };
  });
}

/** The rows of one view in an UPDATE or DELETE of `sync_view_rows`. */
function ofView<
  Q extends {
    where(column: 'app_id' | 'client_id' | 'user_id' | 'entity', op: '=', value: string): Q;
  },
>(query: Q, view: ViewId): Q {
  return query
    .where('app_id', '=', view.app_id)
    .where('client_id', '=', view.client_id)
    .where('user_id', '=', view.user_id)
    .where('entity', '=', view.entity);
}

interface ViewId {
  readonly app_id: string;
  readonly client_id: string;
  readonly user_id: string;
  readonly entity: string;
}

/**
 * Brings the view to the version the device confirmed and returns it: the pending page is kept
 * when the device confirms it, dropped when it confirms the version before; any other version
 * (no cursor, a cursor from elsewhere) empties the view. On PostgreSQL the view row is locked, so
 * two pulls of one device take turns.
 */
async function settle(
  trx: Transaction<Database>,
  dialect: Dialect,
  view: ViewId,
  confirmed: number | undefined,
): Promise<number> {
  const row = await trx
    .selectFrom('sync_views')
    .select(['confirmed', 'pending'])
    .where('app_id', '=', view.app_id)
    .where('client_id', '=', view.client_id)
    .where('user_id', '=', view.user_id)
    .where('entity', '=', view.entity)
    .$if(dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
  const rows = () => ofView(trx.updateTable('sync_view_rows'), view);
  const drop = () => ofView(trx.deleteFrom('sync_view_rows'), view);
  if (row && confirmed !== undefined && row.pending !== null && Number(row.pending) === confirmed) {
    await drop().where('pending_drop', '=', 1).execute();
    await rows()
      .set((eb) => ({ version: eb.ref('pending_version'), pending_version: null }))
      .where('pending_version', 'is not', null)
      .execute();
    await setView(trx, view, confirmed);
    return confirmed;
  }
  if (row && confirmed !== undefined && Number(row.confirmed) === confirmed) {
    if (row.pending !== null) {
      await drop().where('version', 'is', null).execute();
      await rows().set({ pending_version: null, pending_drop: 0 }).execute();
      await setView(trx, view, confirmed);
    }
    return confirmed;
  }
  await drop().execute();
  await setView(trx, view, confirmed ?? 0);
  return confirmed ?? 0;
}

async function setView(
  trx: Transaction<Database>,
  view: ViewId,
  confirmed: number,
  pending: number | null = null,
) {
  await trx
    .insertInto('sync_views')
    .values({ ...view, confirmed, pending })
    .onConflict((oc) =>
      oc.columns(['app_id', 'client_id', 'user_id', 'entity']).doUpdateSet({ confirmed, pending }),
    )
    .execute();
}

/** Records entering the view (in scope, not held at this version) and leaving it, at most `limit`. */
async function difference(
  trx: Transaction<Database>,
  dialect: Dialect,
  appId: string,
  query: ViewQuery,
  entity: Entity,
  limit: number,
): Promise<ViewChange[]> {
  const options = { spec: query.spec, caller: query.caller, dialect, appId };
  const inScope = deviceScopeSql(options, entity, 'r');
  const view = sql`v.app_id = ${appId} and v.client_id = ${query.clientId} and v.user_id = ${query.caller.userId} and v.entity = ${entity.name}`;
  const entering = await sql<RecordRow>`select r.record_key, r.version, r.deleted, r.data, r.meta, r.hlc
      from sync_records as r
      where r.app_id = ${appId} and r.entity = ${entity.name} and r.deleted = 0
        and not exists (
          select 1 from sync_view_rows as v
          where ${view} and v.record_key = r.record_key and v.version = r.version
        )
        and ${inScope}
      order by r.version
      limit ${limit}`.execute(trx);
  const changes: ViewChange[] = entering.rows.map((row) => ({
    kind: 'upsert',
    entity: entity.name,
    record: toStoredRecord(row),
  }));
  if (changes.length >= limit) return changes;
  const leaving = await sql<{
    record_key: string;
    held: number;
    version: number | null;
    deleted: number | null;
  }>`
      select v.record_key, v.version as held, r.version, r.deleted
      from sync_view_rows as v
      left join sync_records as r on r.app_id = ${appId} and r.entity = ${entity.name} and r.record_key = v.record_key
      where ${view} and v.version is not null
        and not (r.record_key is not null and r.deleted = 0 and coalesce(${inScope}, false))
      order by v.record_key
      limit ${limit - changes.length}`.execute(trx);
  for (const row of leaving.rows) {
    const gone = row.version === null || Number(row.deleted) === 1;
    changes.push({
      kind: 'delete',
      entity: entity.name,
      key: row.record_key,
      version: Number(row.version ?? row.held),
      reason: gone ? 'deleted' : 'out-of-scope',
    });
  }
  return changes;
}

/** Keeps a page as the view's pending change, confirmed by the device's next cursor. */
async function remember(
  trx: Transaction<Database>,
  view: ViewId,
  page: readonly ViewChange[],
  pending: number,
): Promise<void> {
  const upserts = page.flatMap((c) => (c.kind === 'upsert' ? [c.record] : []));
  const drops = page.flatMap((c) => (c.kind === 'delete' ? [c.key] : []));
  for (let i = 0; i < upserts.length; i += CHUNK) {
    await trx
      .insertInto('sync_view_rows')
      .values(
        upserts.slice(i, i + CHUNK).map((record) => ({
          ...view,
          record_key: record.key,
          version: null,
          pending_version: record.version,
          pending_drop: 0,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['app_id', 'client_id', 'user_id', 'entity', 'record_key'])
          .doUpdateSet((eb) => ({ pending_version: eb.ref('excluded.pending_version'), pending_drop: 0 })),
      )
      .execute();
  }
  for (let i = 0; i < drops.length; i += CHUNK) {
    await ofView(trx.updateTable('sync_view_rows'), view)
      .set({ pending_drop: 1 })
      .where('record_key', 'in', drops.slice(i, i + CHUNK))
      .execute();
  }
  const confirmed = pending - 1;
  await setView(trx, view, confirmed, pending);
}

/** Indexes already made by this process (or found to exist), by name. */
const made = new Set<string>();

/**
 * Expression indexes on the JSON fields the relation hops look records up by, one per field name
 * (over app, entity and the field's text), made once per process with IF NOT EXISTS. The query
 * expressions in scope-sql.ts are written exactly like these, or the planner would not use them.
 */
async function ensureIndexes(db: Kysely<Database>, dialect: Dialect, query: ViewQuery): Promise<void> {
  const fields = new Set<string>();
  for (const { entity } of query.entities) for (const f of indexFields(query.spec, entity)) fields.add(f);
  for (const field of fields) {
    if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(field)) continue;
    const indexName = `sync_records_f_${field.toLowerCase()}`.slice(0, 60);
    const id = `${dialect}:${indexName}:${field}`;
    if (made.has(id)) continue;
    const expression =
      dialect === 'sqlite' ? `json_extract(data, '$.${field}')` : `((data::jsonb) ->> '${field}')`;
    const quoted = `"${indexName}_${hash(field)}"`;
    try {
      await sql
        .raw(`create index if not exists ${quoted} on sync_records (app_id, entity, (${expression}))`)
        .execute(db);
    } catch (error) {
      // Two processes may create the same index at once on PostgreSQL: the loser's error is harmless.
      if ((error as { code?: string }).code !== '23505') throw error;
    }
    made.add(id);
  }
}

/** A short stable tag, so fields that differ only in case get different index names. */
function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}
