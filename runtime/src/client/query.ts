import { type Collection, Dexie, type Table } from 'dexie';
import type { StoredRow } from '../local-store';
import type { RecordValues } from '../protocol';
import type { FieldOf } from './app-schema';
import type { EntityRuntime } from './context';
import { QueryError } from './errors';

/** A value an index can look up: strings and numbers (IndexedDB cannot index booleans or null). */
export type IndexValue = string | number;

/** A range condition on one indexed field. */
export interface RangeCondition<V extends IndexValue = IndexValue> {
  readonly gt?: V;
  readonly gte?: V;
  readonly lt?: V;
  readonly lte?: V;
}

/** The values of a field an index can look up (none for booleans, lists and JSON). */
export type Indexable<V> = Extract<NonNullable<V>, IndexValue>;

/** What `where` accepts for one field: a value of the field's type, or a range over such values. */
export type FieldCondition<V> = Indexable<V> | RangeCondition<Indexable<V>>;

/**
 * What an online read's `where` accepts (`readPage`), field by field: a value to equal (`null`:
 * the field is not set), or bounds for text, numbers and datetimes (compared as instants). Any
 * field the role may see can be filtered, indexed or not: the server filters the pages it reads.
 *
 * @example
 * client.table('Payment').readPage({ where: { payer: 'ana', amount: { gte: 100 } }, limit: 50 })
 */
export type OnlineFilter<R extends object = RecordValues> = {
  readonly [F in FieldOf<R>]?:
    | Extract<R[F], string | number | boolean>
    | null
    | RangeCondition<Indexable<R[F]>>;
};

/**
 * A local query over one entity, answered from the spec's indexes. `where` holds equality
 * conditions and at most one range condition; together they must match an index of the entity (the
 * key, a one-field index, or the leading fields of a compound index, the range field last).
 *
 * @example
 * client.table('Job').query({ where: { assigneeId: 'u1', scheduledAt: { gte: '2026-01-01' } }, limit: 20 })
 */
export interface Query<R extends object = RecordValues> {
  /** Conditions by field name; on a typed client, only the entity's fields with values of their type. */
  readonly where?: { readonly [F in FieldOf<R>]?: FieldCondition<R[F]> };
  /** Sort by this field (in memory when it is not the index used). */
  readonly orderBy?: FieldOf<R>;
  readonly reverse?: boolean;
  readonly limit?: number;
}

function isRange(value: unknown): value is RangeCondition {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkValue(runtime: EntityRuntime, field: string, value: unknown): void {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return;
  throw new QueryError(
    `query on ${runtime.entity.name}.${field}: ${JSON.stringify(value)} cannot be looked up by index (use a string or a number)`,
  );
}

/** The index paths the entity can answer, as field lists (the key first). */
function indexPaths(runtime: EntityRuntime): string[][] {
  return [[runtime.entity.key], ...(runtime.entity.indexes ?? []).map((i) => [...i.fields])];
}

/** Turns a {@link Query} into a Dexie collection, refusing what the indexes cannot answer. */
export function compileQuery(
  runtime: EntityRuntime,
  table: Table<StoredRow, string | number>,
  query: Query,
): { collection: Collection<StoredRow, string | number>; sortBy: string | undefined } {
  const { entity } = runtime;
  const where = query.where ?? {};
  if (typeof where !== 'object' || where === null || Array.isArray(where)) {
    throw new QueryError('query.where must be an object of field conditions');
  }
  const equal = new Map<string, IndexValue>();
  let range: [string, RangeCondition] | undefined;
  for (const field of Object.keys(where)) {
    if (!runtime.fields.has(field) || !Object.hasOwn(where, field)) {
      throw new QueryError(`${entity.name} has no field "${field}" to query`);
    }
    if (runtime.codec.isSealed(field)) {
      throw new QueryError(
        `${entity.name}.${field} is stored encrypted (offline.encrypt) and cannot be queried; filter the records after reading them`,
      );
    }
    const condition = where[field];
    if (isRange(condition)) {
      if (range) throw new QueryError(`a query can hold one range condition; found ${range[0]} and ${field}`);
      for (const bound of Object.values(condition)) checkValue(runtime, field, bound);
      range = [field, condition];
    } else {
      checkValue(runtime, field, condition);
      equal.set(field, condition as IndexValue);
    }
  }
  const filterLive = (c: Collection<StoredRow, string | number>) => c.filter((row) => row._d !== 1);
  if (query.orderBy !== undefined && !runtime.fields.has(query.orderBy)) {
    throw new QueryError(`${entity.name} has no field "${query.orderBy}" to order by`);
  }
  if (query.orderBy !== undefined && runtime.codec.isSealed(query.orderBy)) {
    throw new QueryError(`${entity.name}.${query.orderBy} is stored encrypted and cannot be used to order`);
  }
  if (equal.size === 0 && !range) {
    const ordered =
      query.orderBy !== undefined &&
      indexPaths(runtime).some((p) => p.length === 1 && p[0] === query.orderBy);
    const base = ordered ? table.orderBy(query.orderBy!) : table.toCollection();
    return { collection: filterLive(base), sortBy: ordered ? undefined : query.orderBy };
  }
  const wanted = equal.size + (range ? 1 : 0);
  const path = indexPaths(runtime).find((fields) => {
    if (fields.length < wanted) return false;
    const lead = fields.slice(0, equal.size);
    if (!lead.every((f) => equal.has(f))) return false;
    return !range || fields[equal.size] === range[0];
  });
  if (!path) {
    const fields = [...equal.keys(), ...(range ? [range[0]] : [])];
    throw new QueryError(
      `${entity.name} has no index for [${fields.join(', ')}]; add { "fields": ${JSON.stringify(fields)} } to /entities/${runtime.position}/indexes`,
    );
  }
  const lower: unknown[] = [];
  const upper: unknown[] = [];
  let lowerOpen = false;
  let upperOpen = false;
  for (const field of path) {
    if (equal.has(field)) {
      lower.push(equal.get(field));
      upper.push(equal.get(field));
    } else if (range && field === range[0]) {
      const r = range[1];
      lower.push(r.gt ?? r.gte ?? Dexie.minKey);
      upper.push(r.lt ?? r.lte ?? Dexie.maxKey);
      lowerOpen = r.gt !== undefined;
      upperOpen = r.lt !== undefined;
    } else {
      lower.push(Dexie.minKey);
      upper.push(Dexie.maxKey);
    }
  }
  const indexName = path.length === 1 ? path[0]! : `[${path.join('+')}]`;
  const lowerKey = path.length === 1 ? lower[0] : lower;
  const upperKey = path.length === 1 ? upper[0] : upper;
  const collection = table
    .where(indexName)
    .between(lowerKey as never, upperKey as never, !lowerOpen, !upperOpen);
  const sortBy =
    query.orderBy !== undefined && query.orderBy !== path[path.length - 1] ? query.orderBy : undefined;
  return { collection: filterLive(collection), sortBy };
}

/** Runs a compiled query to stored rows (ordering, reverse and limit applied). */
export async function runQuery(
  runtime: EntityRuntime,
  table: Table<StoredRow, string | number>,
  query: Query,
): Promise<StoredRow[]> {
  const { collection, sortBy } = compileQuery(runtime, table, query);
  if (query.limit !== undefined && (!Number.isInteger(query.limit) || query.limit < 0)) {
    throw new QueryError(`query.limit must be a non-negative integer, got ${String(query.limit)}`);
  }
  if (sortBy !== undefined) {
    let rows = await collection.sortBy(sortBy);
    if (query.reverse) rows = rows.reverse();
    return query.limit === undefined ? rows : rows.slice(0, query.limit);
  }
  let c = query.reverse ? collection.reverse() : collection;
  if (query.limit !== undefined) c = c.limit(query.limit);
  return c.toArray();
}
