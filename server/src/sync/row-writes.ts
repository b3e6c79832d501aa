import { CompiledQuery, type Kysely, sql, type Transaction } from 'kysely';
import type { Dialect } from '../db/database';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** A table a push batch writes many rows of: its columns with their PostgreSQL types, and its key. */
interface Shape<C extends string> {
  readonly table: string;
  readonly columns: Readonly<Record<C, 'text' | 'integer' | 'bigint'>>;
  readonly key: readonly C[];
}

/** `sync_records` as a push batch writes it. */
export const RECORD_ROWS = {
  table: 'sync_records',
  columns: {
    app_id: 'text',
    entity: 'text',
    record_key: 'text',
    version: 'bigint',
    hlc: 'text',
    deleted: 'integer',
    data: 'text',
    meta: 'text',
    seq: 'bigint',
    prev_state: 'text',
    updated_at: 'text',
  },
  key: ['app_id', 'entity', 'record_key'],
} as const satisfies Shape<string>;

/** `sync_applied_ops` as a push batch writes it. */
export const OP_RESULT_ROWS = {
  table: 'sync_applied_ops',
  columns: {
    app_id: 'text',
    op_id: 'text',
    client_id: 'text',
    user_id: 'text',
    result: 'text',
    created_at: 'text',
    entity: 'text',
    record_key: 'text',
    op_kind: 'text',
  },
  key: ['app_id', 'op_id'],
} as const satisfies Shape<string>;

/** A row of `shape`: a value for each column. */
export type RowOf<S extends Shape<string>> = {
  readonly [C in keyof S['columns']]: S['columns'][C] extends 'text' ? string | null : number;
};

/** Rows per SQLite statement: a push batch's worth, well under its 32,766 parameters. */
const SQLITE_CHUNK = 500;

const texts = new Map<string, string>();

/** SQLite's multi-row INSERT (with `upsert`, replacing rows of the same key), built once per row count. */
function sqliteInsertText<C extends string>(shape: Shape<C>, upsert: boolean, rows: number): string {
  const id = `${shape.table}\u0000${upsert}\u0000${rows}`;
  const known = texts.get(id);
  if (known) return known;
  const names = Object.keys(shape.columns) as C[];
  const row = `(${names.map(() => '?').join(', ')})`;
  const set = names
    .filter((c) => !shape.key.includes(c))
    .map((c) => `"${c}" = excluded."${c}"`)
    .join(', ');
  const conflict = upsert
    ? ` on conflict (${shape.key.map((c) => `"${c}"`).join(', ')}) do update set ${set}`
    : '';
  const text = `insert into "${shape.table}" (${names.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: rows }, () => row).join(', ')}${conflict}`;
  texts.set(id, text);
  return text;
}

/**
 * Inserts `rows` into SQLite (with `upsert`, replacing rows of the same key), one multi-row `VALUES`
 * per 500 rows, whose text is built once per row count (not compiled by the query builder on every
 * batch) and whose prepared statement the driver keeps (db/database.ts).
 */
async function writeSqliteRows<S extends Shape<string>>(
  db: Db,
  shape: S,
  rows: readonly RowOf<S>[],
  upsert = false,
): Promise<void> {
  const names = Object.keys(shape.columns) as (keyof RowOf<S>)[];
  for (let i = 0; i < rows.length; i += SQLITE_CHUNK) {
    const chunk = rows.slice(i, i + SQLITE_CHUNK);
    const values: unknown[] = [];
    for (const row of chunk) for (const c of names) values.push(row[c]);
    await db.executeQuery(CompiledQuery.raw(sqliteInsertText(shape, upsert, chunk.length), values));
  }
}

/** A record row of a batch without its change position (`seq`), which the batch's writer assigns. */
export type StagedRecordRow = Omit<RowOf<typeof RECORD_ROWS>, 'seq'>;

/** What a push batch writes: its changed records in change order (and whether each existed), and its results. */
export interface BatchRows {
  readonly records: ReadonlyArray<{ readonly row: StagedRecordRow; readonly existed: boolean }>;
  readonly results: readonly RowOf<typeof OP_RESULT_ROWS>[];
}

/**
 * Writes a push batch and numbers its changes: advances the app's row in `sync_app_seq` by the
 * number of records (taking its lock, held until commit, so change positions follow commit order),
 * gives the records the positions just below the new value in their order, inserts new records,
 * upserts changed ones and inserts the results. Returns the app's new last position, `undefined`
 * when no record changed (the sequence row is then not touched). New records are inserted, never
 * upserted: one another transaction created meanwhile hits the primary key, and the batch is run
 * again (see `runPushTransaction`).
 *
 * PostgreSQL does all of it in one statement (one round trip, data-modifying `WITH` parts fed by
 * `unnest` arrays, its text the same for any batch); SQLite, in process, in one statement per table.
 */
export async function writeBatch(
  db: Db,
  dialect: Dialect,
  appId: string,
  batch: BatchRows,
): Promise<number | undefined> {
  const count = batch.records.length;
  if (dialect === 'postgres') {
    const columns = <R>(rows: readonly R[], names: readonly (keyof R)[]) =>
      names.map((c) => rows.map((row) => row[c]));
    const positioned = batch.records.map(({ row, existed }, i) => ({ row: { ...row, seq: i + 1 }, existed }));
    const inserts = positioned.filter((r) => !r.existed).map((r) => r.row);
    const updates = positioned.filter((r) => r.existed).map((r) => r.row);
    const { rows } = await db.executeQuery<{ last_seq: number }>(
      CompiledQuery.raw(postgresBatchText(), [
        appId,
        count,
        ...columns(inserts, RECORD_FIELDS),
        ...columns(updates, RECORD_FIELDS),
        ...columns(batch.results, OP_RESULT_FIELDS),
      ]),
    );
    return rows[0] === undefined ? undefined : Number(rows[0].last_seq);
  }
  let lastSeq: number | undefined;
  if (count > 0) {
    const { rows } = await sql<{ last_seq: number }>`
      insert into sync_app_seq (app_id, last_seq) values (${appId}, ${count})
      on conflict (app_id) do update set last_seq = sync_app_seq.last_seq + excluded.last_seq
      returning last_seq`.execute(db);
    lastSeq = Number(rows[0]!.last_seq);
    const first = lastSeq - count + 1;
    const numbered = batch.records.map(({ row, existed }, i) => ({
      row: { ...row, seq: first + i },
      existed,
    }));
    await writeSqliteRows(
      db,
      RECORD_ROWS,
      numbered.filter((r) => !r.existed).map((r) => r.row),
    );
    await writeSqliteRows(
      db,
      RECORD_ROWS,
      numbered.filter((r) => r.existed).map((r) => r.row),
      true,
    );
  }
  await writeSqliteRows(db, OP_RESULT_ROWS, batch.results);
  return lastSeq;
}

/** Record columns passed as arrays (all but `app_id`, one parameter for the batch). */
const RECORD_FIELDS = (Object.keys(RECORD_ROWS.columns) as (keyof typeof RECORD_ROWS.columns)[]).filter(
  (c) => c !== 'app_id',
);
const OP_RESULT_FIELDS = Object.keys(OP_RESULT_ROWS.columns) as (keyof typeof OP_RESULT_ROWS.columns)[];

let batchText: string | undefined;

/** The one statement of a push batch on PostgreSQL (see {@link writeBatch}); `seq` arrives as the position 1…n. */
function postgresBatchText(): string {
  if (batchText) return batchText;
  let n = 2;
  const arrays = <C extends string>(names: readonly C[], types: Readonly<Record<C, string>>) =>
    names.map((c) => `$${++n}::${types[c]}[]`).join(', ');
  const recordList = RECORD_FIELDS.map((c) => `"${c}"`).join(', ');
  const recordSelect = RECORD_FIELDS.map((c) =>
    c === 'seq' ? 's.last_seq - $2::bigint + u.seq' : `u."${c}"`,
  ).join(', ');
  const insertRecords = `insert into sync_records ("app_id", ${recordList})
      select $1::text, ${recordSelect} from s, unnest(${arrays(RECORD_FIELDS, RECORD_ROWS.columns)}) as u(${recordList})`;
  const upsertRecords = `insert into sync_records ("app_id", ${recordList})
      select $1::text, ${recordSelect} from s, unnest(${arrays(RECORD_FIELDS, RECORD_ROWS.columns)}) as u(${recordList})
      on conflict ("app_id", "entity", "record_key") do update set ${RECORD_FIELDS.filter(
        (c) => c !== 'entity' && c !== 'record_key',
      )
        .map((c) => `"${c}" = excluded."${c}"`)
        .join(', ')}`;
  const insertResults = `insert into sync_applied_ops (${OP_RESULT_FIELDS.map((c) => `"${c}"`).join(', ')})
      select * from unnest(${arrays(OP_RESULT_FIELDS, OP_RESULT_ROWS.columns)})`;
  batchText = `with s as (
      insert into sync_app_seq (app_id, last_seq) select $1::text, $2::bigint where $2::bigint > 0
      on conflict (app_id) do update set last_seq = sync_app_seq.last_seq + excluded.last_seq
      returning last_seq
    ), inserted as (${insertRecords}
    ), upserted as (${upsertRecords}
    ), results as (${insertResults}
    )
    select last_seq from s`;
  return batchText;
}
