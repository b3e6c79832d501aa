import type { Field } from '@syncraft/runtime/spec';
import { type ColumnShape, entityNameFrom, fieldNames, type TableShape } from './shape';

/**
 * The query a person (or their database administrator) runs to describe a PostgreSQL schema:
 * `psql -At -c "<query>" > tables.json`, then opens `tables.json` in "Start from data". It reads only
 * the catalogue (tables, columns, enum labels, primary and foreign keys) of the current schema,
 * never a row of data, so the designer never needs a connection to the database.
 */
export const POSTGRES_TABLES_QUERY = `select coalesce(json_agg(t order by t."table"), '[]') from (
  select c.table_name as "table",
    json_agg(json_build_object(
      'name', c.column_name, 'type', c.data_type, 'udt', c.udt_name, 'nullable', c.is_nullable = 'YES',
      'values', (select json_agg(e.enumlabel order by e.enumsortorder)
                 from pg_type ty join pg_enum e on e.enumtypid = ty.oid where ty.typname = c.udt_name)
    ) order by c.ordinal_position) as columns,
    (select json_agg(k.column_name) from information_schema.table_constraints tc
       join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name
         and k.table_schema = tc.table_schema and k.table_name = tc.table_name
       where tc.table_schema = c.table_schema and tc.table_name = c.table_name
         and tc.constraint_type = 'PRIMARY KEY') as "primaryKey",
    (select json_agg(json_build_object('column', k.column_name, 'table', u.table_name))
       from information_schema.table_constraints tc
       join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name
         and k.table_schema = tc.table_schema and k.table_name = tc.table_name
       join information_schema.constraint_column_usage u on u.constraint_name = tc.constraint_name
         and u.constraint_schema = tc.constraint_schema
       where tc.table_schema = c.table_schema and tc.table_name = c.table_name
         and tc.constraint_type = 'FOREIGN KEY') as "foreignKeys"
  from information_schema.columns c
  join information_schema.tables tb on tb.table_schema = c.table_schema
    and tb.table_name = c.table_name and tb.table_type = 'BASE TABLE'
  where c.table_schema = current_schema()
  group by c.table_schema, c.table_name
) t`;

/** One row of {@link POSTGRES_TABLES_QUERY}'s answer. */
interface DescribedTable {
  table: string;
  columns: { name: string; type: string; udt: string; nullable: boolean; values: string[] | null }[];
  primaryKey: string[] | null;
  foreignKeys: { column: string; table: string }[] | null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for the answer of {@link POSTGRES_TABLES_QUERY}. */
export function isDescribedTables(value: unknown): value is DescribedTable[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((t) => isObject(t) && typeof t.table === 'string' && Array.isArray(t.columns))
  );
}

const SIMPLE: Record<string, Field['type']> = {
  smallint: 'integer',
  integer: 'integer',
  bigint: 'integer',
  numeric: 'number',
  real: 'number',
  'double precision': 'number',
  boolean: 'boolean',
  date: 'datetime',
  'timestamp with time zone': 'datetime',
  'timestamp without time zone': 'datetime',
  text: 'text',
  json: 'json',
  jsonb: 'json',
};

function columnType(column: DescribedTable['columns'][number]): Pick<ColumnShape, 'type' | 'values'> {
  const simple = SIMPLE[column.type];
  if (simple) return { type: simple };
  if (column.type === 'USER-DEFINED' && column.values && column.values.length > 0)
    return { type: 'enum', values: column.values };
  if (column.type === 'ARRAY')
    return { type: ['_text', '_varchar'].includes(column.udt) ? 'string-set' : 'json' };
  return { type: 'string' };
}

/** Tables from {@link POSTGRES_TABLES_QUERY}'s answer: columns, primary keys and foreign keys. */
export function shapesFromTables(tables: readonly DescribedTable[]): TableShape[] {
  return tables.map((table) => {
    const names = fieldNames(table.columns.map((c) => c.name));
    const nameOf = new Map(table.columns.map((c, i) => [c.name, names[i]!]));
    const pk = table.primaryKey ?? [];
    const primaryKey = pk.length === 1 ? nameOf.get(pk[0]!) : undefined;
    return {
      source: table.table,
      name: entityNameFrom(table.table),
      columns: table.columns.map((column, i) => ({
        original: column.name,
        name: names[i]!,
        required: !column.nullable,
        ...columnType(column),
      })),
      // A composite primary key has no single field to be the record's key: an `id` is added.
      ...(primaryKey !== undefined && { primaryKey }),
      foreignKeys: (table.foreignKeys ?? []).flatMap((fk) => {
        const column = nameOf.get(fk.column);
        return column ? [{ column, table: fk.table }] : [];
      }),
    };
  });
}
