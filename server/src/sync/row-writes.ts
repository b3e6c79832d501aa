import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
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
    version: 'integer',
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

/** The statement's text, built once per shape, mode and (on SQLite) row count. */
function statementText<C extends string>(
  shape: Shape<C>,
  dialect: Dialect,
  upsert: boolean,
  rows: number,
): string {
  const id = `${shape.table}\u0000${dialect}\u0000${upsert}\u0000${dialect === 'sqlite' ? rows : 0}`;
  const known = texts.get(id);
  if (known) return known;
  const names = Object.keys(shape.columns) as C[];
  const columns = names.map((c) => `"${c}"`).join(', ');
  const source =
    dialect === 'postgres'
      ? `select * from unnest(${names.map((c, i) => `$${i + 1}::${shape.columns[c]}[]`).join(', ')})`
      : `values ${Array.from({ length: rows }, () => `(${names.map(() => '?').join(', ')})`).join(', ')}`;
  const set = names
    .filter((c) => !shape.key.includes(c))
    .map((c) => `"${c}" = excluded."${c}"`)
    .join(', ');
  const conflict = upsert
    ? ` on conflict (${shape.key.map((c) => `"${c}"`).join(', ')}) do update set ${set}`
    : '';
  const text = `insert into "${shape.table}" (${columns}) ${source}${conflict}`;
  texts.set(id, text);
  return text;
}

/**
 * Inserts `rows` (with `upsert`, replacing rows of the same key) in as few statements as can be:
 * on PostgreSQL one statement whose parameters are one array per column (`unnest`), so its text,
 * parse and plan do not depend on the row count; on SQLite one multi-row `VALUES` per 500 rows,
 * whose prepared statement the driver keeps (db/database.ts). The text is built once, not compiled
 * by the query builder on every batch.
 */
export async function writeRows<S extends Shape<string>>(
  db: Db,
  dialect: Dialect,
  shape: S,
  rows: readonly RowOf<S>[],
  upsert = false,
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(shape.columns) as (keyof RowOf<S>)[];
  if (dialect === 'postgres') {
    const columns = names.map((c) => rows.map((row) => row[c]));
    await db.executeQuery(CompiledQuery.raw(statementText(shape, dialect, upsert, rows.length), columns));
    return;
  }
  for (let i = 0; i < rows.length; i += SQLITE_CHUNK) {
    const chunk = rows.slice(i, i + SQLITE_CHUNK);
    const values: unknown[] = [];
    for (const row of chunk) for (const c of names) values.push(row[c]);
    await db.executeQuery(CompiledQuery.raw(statementText(shape, dialect, upsert, chunk.length), values));
  }
}
