import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Dialect } from '../db/database';
import type { Database } from '../db/schema';
import type { RecordRow } from './record-rows';

type Db = Kysely<Database> | Transaction<Database>;

/** Keys per read: SQLite binds each as a parameter; PostgreSQL takes them as one array. */
export const READ_CHUNK = 500;

/** PostgreSQL's record read ($1 keys, $2 app, $3 entity), see {@link readRecordRows}. */
const pgRecords = (lock: boolean) =>
  `select r.record_key, r.version, r.deleted, r.data, r.meta, r.hlc
    from unnest($1::text[]) as k(record_key)
    cross join lateral (
      select record_key, version, deleted, data, meta, hlc from sync_records
      where app_id = $2 and entity = $3 and record_key = k.record_key
      limit 1${lock ? ' for update' : ''}
    ) as r`;
const PG_RECORDS = pgRecords(false);
const PG_RECORDS_LOCKED = pgRecords(true);

/** PostgreSQL's stored-result read ($1 operation ids, $2 app), see {@link readOpResultRows}. */
const PG_OP_RESULTS = `select o.op_id, o.result, o.user_id, o.client_id
    from unnest($1::text[]) as k(op_id)
    cross join lateral (
      select op_id, result, user_id, client_id from sync_applied_ops
      where app_id = $2 and op_id = k.op_id
      limit 1
    ) as o`;

/**
 * The rows of `keys` (one entity of one app), in the order of `keys`; in a push on PostgreSQL
 * locked `FOR UPDATE` in that order (callers sort keys, so concurrent batches lock alike).
 *
 * On PostgreSQL each key is a primary-key lookup joined to an array parameter (`unnest` + `LATERAL`):
 * the plan does not depend on table statistics. A plain `record_key = any($1)` (or a tuple `IN`) is
 * planned as a scan of the app's whole entity with a filter while the table has no statistics yet
 * (a new table, a new app), which costs milliseconds per thousand rows and grows with the table.
 * `limit 1` (a primary key matches at most one row) keeps the planner from flattening the lateral
 * subquery into a hash join over the app's rows. The text is the same for any number of keys.
 */
export async function readRecordRows(
  db: Db,
  dialect: Dialect,
  appId: string,
  entity: string,
  keys: readonly string[],
  lock: boolean,
): Promise<RecordRow[]> {
  if (keys.length === 0) return [];
  if (dialect === 'postgres') {
    const text = lock ? PG_RECORDS_LOCKED : PG_RECORDS;
    return (await db.executeQuery<RecordRow>(CompiledQuery.raw(text, [keys, appId, entity]))).rows;
  }
  return db
    .selectFrom('sync_records')
    .select(['record_key', 'version', 'deleted', 'data', 'meta', 'hlc'])
    .where('app_id', '=', appId)
    .where('entity', '=', entity)
    .where('record_key', 'in', keys)
    .execute();
}

/** A stored operation result row. */
export interface OpResultRow {
  op_id: string;
  result: string;
  user_id: string | null;
  client_id: string;
}

/** The stored results of `opIds` (one app), by primary key (see {@link readRecordRows} for why `LATERAL`). */
export async function readOpResultRows(
  db: Db,
  dialect: Dialect,
  appId: string,
  opIds: readonly string[],
): Promise<OpResultRow[]> {
  if (opIds.length === 0) return [];
  if (dialect === 'postgres') {
    return (await db.executeQuery<OpResultRow>(CompiledQuery.raw(PG_OP_RESULTS, [opIds, appId]))).rows;
  }
  return db
    .selectFrom('sync_applied_ops')
    .select(['op_id', 'result', 'user_id', 'client_id'])
    .where('app_id', '=', appId)
    .where('op_id', 'in', opIds)
    .execute();
}
