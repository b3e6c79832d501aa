import { type AccessContext, calendarBounds, resolveParam } from '@syncraft/runtime/access';
import { asInstant, ISO_DATETIME } from '@syncraft/runtime/merge';
import type { JsonValue } from '@syncraft/runtime/protocol';
import {
  type Condition,
  deviceScopeParts,
  durationMs,
  type Entity,
  MAX_RELATION_DEPTH,
  resolveStep,
  type SyncSpec,
} from '@syncraft/runtime/spec';
import { type RawBuilder, sql } from 'kysely';
import type { Dialect } from '../db/database';

/**
 * Scope conditions as SQL over `sync_records`, on SQLite and PostgreSQL, so a pull selects the
 * records of relation-scoped entities in the database instead of loading them into the process.
 *
 * The SQL means exactly what `evaluateCondition` (runtime/src/access/condition.ts) means; the
 * differential test (test/sync/scope-sql.test.ts) runs both over random data. Two rules keep it so:
 * - Every leaf checks the JSON type of the value, as the evaluator does (text never equals a
 *   number, a missing field matches nothing but `is-not-set`).
 * - SQL's NULL is not false. Negations are pushed down to the leaves (De Morgan), where a negated
 *   leaf is `NOT COALESCE(leaf, false)`; positive leaves stay bare so that relation hops compile to
 *   `IN (subquery)` that the planner can drive through the expression indexes ({@link indexFields}).
 *
 * Field names and entity names are identifiers (the spec's schema allows letters, digits and
 * underscores only); they are checked again before they are written into SQL. Values always travel
 * as bound parameters.
 */

type Sql = RawBuilder<unknown>;

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

function name(text: string): string {
  if (!IDENTIFIER.test(text)) throw new Error(`“${text}” is not an identifier`);
  return text;
}

const TRUE = sql`(1 = 1)`;
const FALSE = sql`(1 = 0)`;

/** One row source (`sync_records` under an alias) and the dialect's JSON accessors on it. */
class Row {
  constructor(
    readonly alias: string,
    readonly dialect: Dialect,
  ) {}

  /** The JSON type: SQLite `json_type` names, PostgreSQL `jsonb_typeof` names; NULL when missing. */
  type(field: string): Sql {
    return this.dialect === 'sqlite'
      ? sql.raw(`json_type(${this.alias}.data, '$.${name(field)}')`)
      : sql.raw(`jsonb_typeof((${this.alias}.data::jsonb) -> '${name(field)}')`);
  }

  /** The value as SQL text when it is a JSON string (the expression the indexes are built on). */
  text(field: string): Sql {
    return this.dialect === 'sqlite'
      ? sql.raw(`json_extract(${this.alias}.data, '$.${name(field)}')`)
      : sql.raw(`((${this.alias}.data::jsonb) ->> '${name(field)}')`);
  }

  /** The value as a number, NULL when it is not one. */
  number(field: string): Sql {
    return this.dialect === 'sqlite'
      ? sql`(case when ${this.isNumber(field)} then ${this.text(field)} end)`
      : sql`(case when ${this.isNumber(field)} then ${this.text(field)}::double precision end)`;
  }

  /** The raw JSON value, for `sc_instant`. */
  json(field: string): Sql {
    return this.dialect === 'sqlite'
      ? this.text(field)
      : sql.raw(`((${this.alias}.data::jsonb) -> '${name(field)}')`);
  }

  isString(field: string): Sql {
    return sql`(${this.type(field)} = ${this.dialect === 'sqlite' ? 'text' : 'string'})`;
  }

  isNumber(field: string): Sql {
    return this.dialect === 'sqlite'
      ? sql`(${this.type(field)} in ('integer', 'real'))`
      : sql`(${this.type(field)} = 'number')`;
  }

  isArray(field: string): Sql {
    return sql`(${this.type(field)} = 'array')`;
  }

  isBoolean(field: string, value: boolean): Sql {
    return this.dialect === 'sqlite'
      ? sql`(${this.type(field)} = ${value ? 'true' : 'false'})`
      : sql`(${this.type(field)} = 'boolean' and ${this.text(field)} = ${value ? 'true' : 'false'})`;
  }

  /** Present, even as JSON null (what the evaluator calls "the record has the field"). */
  present(field: string): Sql {
    return sql`(${this.type(field)} is not null)`;
  }

  isSet(field: string): Sql {
    return sql`(${this.type(field)} is not null and ${this.type(field)} <> 'null')`;
  }

  instant(field: string): Sql {
    return sql`sc_instant(${this.json(field)})`;
  }

  /** True when some member of the JSON array equals one of `items` (type and value). */
  arrayOverlaps(field: string, items: readonly JsonValue[]): Sql {
    const scalars = items.filter((i) => i === null || typeof i !== 'object');
    if (scalars.length === 0) return FALSE;
    if (this.dialect === 'postgres') {
      const member = sql.join(
        scalars.map((item) => sql`e.value = cast(${JSON.stringify(item)} as jsonb)`),
        sql` or `,
      );
      return sql`(case when ${this.isArray(field)} then exists (select 1 from jsonb_array_elements(${this.json(field)}) as e(value) where ${member}) else false end)`;
    }
    const member = sql.join(
      scalars.map((item) => {
        if (item === null) return sql`e.type = 'null'`;
        if (typeof item === 'boolean') return sql`e.type = ${item ? 'true' : 'false'}`;
        if (typeof item === 'number') return sql`(e.type in ('integer', 'real') and e.value = ${item})`;
        return sql`(e.type = 'text' and e.value = ${item})`;
      }),
      sql` or `,
    );
    return sql`(${this.isArray(field)} and exists (select 1 from json_each(${sql.raw(`${this.alias}.data, '$.${name(field)}'`)}) as e where ${member}))`;
  }
}

/** What a compilation needs besides the condition. */
interface Scope {
  readonly spec: SyncSpec;
  readonly caller: AccessContext;
  readonly dialect: Dialect;
  readonly appId: string;
  /** Aliases handed out so far, so nested subqueries never shadow each other. */
  aliases: number;
}

function fieldOf(entity: Entity, field: string) {
  return entity.fields.find((f) => f.name === field);
}

/** `field = value` as the evaluator's `equals`: same JSON type, datetimes of a datetime field as instants. */
function equalsValue(row: Row, entity: Entity, field: string, value: JsonValue): Sql {
  if (value === null) return sql`(${row.type(field)} = 'null')`;
  if (typeof value === 'boolean') return row.isBoolean(field, value);
  if (typeof value === 'number') return sql`(${row.number(field)} = ${value})`;
  if (typeof value === 'string') {
    const instant = ISO_DATETIME.test(value) ? asInstant(value) : undefined;
    if (instant !== undefined && fieldOf(entity, field)?.type === 'datetime') {
      return sql`(${row.isString(field)} and ${row.instant(field)} = ${instant})`;
    }
    return sql`(${row.isString(field)} and ${row.text(field)} = ${value})`;
  }
  if (Array.isArray(value)) {
    return row.dialect === 'sqlite'
      ? sql`(${row.isArray(field)} and ${row.text(field)} = json(${JSON.stringify(value)}))`
      : sql`(${row.json(field)} = cast(${JSON.stringify(value)} as jsonb))`;
  }
  return FALSE;
}

/** `field op value` for lt/lte/gt/gte, as the evaluator's `order`. */
function ordered(row: Row, entity: Entity, field: string, op: string, value: JsonValue): Sql {
  const cmp = sql.raw({ lt: '<', lte: '<=', gt: '>', gte: '>=' }[op] ?? '=');
  if (typeof value === 'number') return sql`(${row.number(field)} ${cmp} ${value})`;
  if (typeof value !== 'string') return FALSE;
  const instant = ISO_DATETIME.test(value) ? asInstant(value) : undefined;
  if (instant !== undefined && fieldOf(entity, field)?.type === 'datetime') {
    return sql`(${row.isString(field)} and ${row.instant(field)} ${cmp} ${instant})`;
  }
  const collate = row.dialect === 'postgres' ? sql.raw(' collate "C"') : sql.raw('');
  return sql`(${row.isString(field)} and ${row.text(field)}${collate} ${cmp} ${value}${collate})`;
}

function memberOf(row: Row, entity: Entity, field: string, list: JsonValue): Sql {
  if (!Array.isArray(list)) return FALSE;
  const scalars = list.map((item) => equalsValue(row, entity, field, item));
  return sql`(${row.arrayOverlaps(field, list)} or ${scalars.length > 0 ? sql.join(scalars, sql` or `) : FALSE})`;
}

function comparison(
  scope: Scope,
  row: Row,
  entity: Entity,
  condition: Extract<Condition, { op: string; field: string }>,
): Sql {
  const { field } = condition;
  if (condition.op === 'is-set') return row.isSet(field);
  if (condition.op === 'is-not-set') return sql`(not ${row.isSet(field)})`;
  const c = condition as { value?: JsonValue; param?: string };
  const target =
    c.value !== undefined
      ? c.value
      : typeof c.param === 'string'
        ? resolveParam(scope.caller, c.param)
        : undefined;
  if (target === undefined) return FALSE;
  switch (condition.op) {
    case 'eq':
      return equalsValue(row, entity, field, target);
    case 'ne':
      return sql`(${row.present(field)} and not coalesce(${equalsValue(row, entity, field, target)}, false))`;
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return ordered(row, entity, field, condition.op, target);
    case 'in':
      return memberOf(row, entity, field, target);
    case 'not-in':
      return Array.isArray(target)
        ? sql`(${row.present(field)} and not coalesce(${memberOf(row, entity, field, target)}, false))`
        : FALSE;
    case 'contains': {
      const list = Array.isArray(target) ? target : [target];
      const overlap = row.arrayOverlaps(field, list);
      if (typeof target !== 'string') return overlap;
      const found =
        row.dialect === 'sqlite'
          ? sql`instr(${row.text(field)}, ${target}) > 0`
          : sql`strpos(${row.text(field)}, ${target}) > 0`;
      return sql`(${overlap} or (${row.isString(field)} and ${found}))`;
    }
    default:
      return FALSE;
  }
}

function timeWindow(
  scope: Scope,
  row: Row,
  field: string,
  within: { past?: string | undefined; future?: string | undefined },
): Sql {
  const parts: Sql[] = [sql`${row.instant(field)} is not null`];
  try {
    if (within.past !== undefined)
      parts.push(sql`${row.instant(field)} >= ${scope.caller.now - durationMs(within.past)}`);
    if (within.future !== undefined)
      parts.push(sql`${row.instant(field)} <= ${scope.caller.now + durationMs(within.future)}`);
  } catch {
    return FALSE;
  }
  return sql`(${sql.join(parts, sql` and `)})`;
}

/** `condition` on `row` (a record of `entity`), true exactly when the evaluator says so (or its negation, `negated`). */
function compile(
  scope: Scope,
  row: Row,
  entity: Entity,
  condition: Condition,
  negated: boolean,
  depth: number,
): Sql {
  if ('all' in condition || 'any' in condition) {
    const items = 'all' in condition ? condition.all : condition.any;
    // De Morgan: a negated "all" is an "any" of negations, and the other way round.
    const conjunction = 'all' in condition !== negated;
    if (items.length === 0) return conjunction ? TRUE : FALSE;
    const parts = items.map((c) => compile(scope, row, entity, c, negated, depth));
    return sql`(${sql.join(parts, conjunction ? sql` and ` : sql` or `)})`;
  }
  if ('not' in condition) return compile(scope, row, entity, condition.not, !negated, depth);
  let positive: Sql;
  if ('role' in condition) positive = scope.caller.roles.includes(condition.role) ? TRUE : FALSE;
  else if ('related' in condition || 'exists' in condition)
    positive = relation(scope, row, entity, condition, depth);
  else if ('within' in condition) positive = timeWindow(scope, row, condition.field, condition.within);
  else if ('calendar' in condition) {
    const bounds = calendarBounds(condition.calendar, scope.caller.now);
    positive = bounds
      ? sql`(${row.instant(condition.field)} >= ${bounds.start} and ${row.instant(condition.field)} < ${bounds.end})`
      : FALSE;
  } else
    positive = comparison(scope, row, entity, condition as Extract<Condition, { op: string; field: string }>);
  return negated ? sql`(not coalesce(${positive}, false))` : positive;
}

/**
 * `value` is one of the keys the uncorrelated `keys` query selects. SQLite runs such a subquery once
 * into a temporary index. PostgreSQL, on tables it has not analysed yet, may plan a nested loop that
 * runs it again per row; `= any(array(…))` makes it an InitPlan run once, and the outer side can
 * still use the expression index with `= any`.
 */
function member(scope: Scope, value: Sql, keys: Sql): Sql {
  return scope.dialect === 'postgres' ? sql`(${value} = any(array(${keys})))` : sql`(${value} in (${keys}))`;
}

function relation(
  scope: Scope,
  row: Row,
  entity: Entity,
  condition: Extract<Condition, { related: string } | { exists: string }>,
  depth: number,
): Sql {
  if (depth >= MAX_RELATION_DEPTH) return FALSE;
  const resolved = resolveStep(scope.spec, entity, condition);
  if (!resolved.ok) return FALSE;
  const { step } = resolved;
  // A fresh alias per hop, so nested subqueries never shadow each other.
  const alias = `s${++scope.aliases}`;
  const other = new Row(alias, scope.dialect);
  const where: Sql[] = [
    sql`${sql.raw(alias)}.app_id = ${scope.appId}`,
    sql`${sql.raw(alias)}.entity = ${step.target.name}`,
    sql`${sql.raw(alias)}.deleted = 0`,
  ];
  if ('inScope' in condition && condition.inScope === true) {
    where.push(deviceScope(scope, other, step.target, depth + 1));
  } else if (condition.where !== undefined) {
    where.push(compile(scope, other, step.target, condition.where, false, depth + 1));
  }
  const filter = sql.join(where, sql` and `);
  if (step.kind === 'parent') {
    // The reference (text) is the key of a live parent that matches.
    // SQLite: `+` drops the key column's text affinity, which would otherwise be applied to the
    // reference's JSON value and keep the planner off the expression index.
    const key = sql.raw(scope.dialect === 'sqlite' ? `+${alias}.record_key` : `${alias}.record_key`);
    return sql`(${row.isString(step.field)} and ${member(scope, row.text(step.field), sql`select ${key} from sync_records as ${sql.raw(alias)} where ${filter}`)})`;
  }
  // Some live child whose reference (text) holds this record's key matches.
  return member(
    scope,
    sql.raw(`${row.alias}.record_key`),
    sql`select ${other.text(step.field)} from sync_records as ${sql.raw(alias)} where ${filter} and ${other.isString(step.field)}`,
  );
}

/** The caller's device scope on `entity`: its offline scope and one of the caller's read grants. */
function deviceScope(scope: Scope, row: Row, entity: Entity, depth: number): Sql {
  const { offline, read } = deviceScopeParts(scope.spec, entity, scope.caller);
  if (read.length === 0) return FALSE;
  const grants = read.some((c) => c === undefined)
    ? TRUE
    : sql`(${sql.join(
        read.map((c) => compile(scope, row, entity, c as Condition, false, depth)),
        sql` or `,
      )})`;
  return offline === undefined
    ? grants
    : sql`(${compile(scope, row, entity, offline, false, depth)} and ${grants})`;
}

/**
 * The SQL condition that selects, among `sync_records` rows under `alias` of `entity`, the
 * records that belong on the caller's devices: the entity's offline scope and one of the caller's
 * read grants (what `inScope` decides in memory).
 *
 * @example
 * const where = deviceScopeSql({ spec, caller, dialect: 'sqlite', appId }, todo, 'r');
 * await sql`select record_key from sync_records as r where r.entity = 'Todo' and ${where}`.execute(db);
 */
export function deviceScopeSql(
  options: { spec: SyncSpec; caller: AccessContext; dialect: Dialect; appId: string },
  entity: Entity,
  alias: string,
): Sql {
  const scope: Scope = { ...options, aliases: 0 };
  return deviceScope(scope, new Row(alias, options.dialect), entity, 0);
}

/** `condition` alone as SQL over `alias` (for tests that compare it with the evaluator). */
export function conditionSql(
  options: { spec: SyncSpec; caller: AccessContext; dialect: Dialect; appId: string },
  entity: Entity,
  condition: Condition,
  alias: string,
): Sql {
  const scope: Scope = { ...options, aliases: 0 };
  return compile(scope, new Row(alias, options.dialect), entity, condition, false, 0);
}

/**
 * The fields whose JSON value the relation hops of `entity`'s device scopes look records up by
 * (reference fields of parents and children, and the fields compared inside `exists`), for the
 * expression indexes that let the database drive a scope from a membership instead of scanning.
 */
export function indexFields(spec: SyncSpec, entity: Entity): Set<string> {
  const found = new Set<string>();
  const visit = (e: Entity, c: Condition | undefined, depth: number, inside: boolean) => {
    if (c === undefined || depth > MAX_RELATION_DEPTH) return;
    if ('all' in c || 'any' in c) for (const x of 'all' in c ? c.all : c.any) visit(e, x, depth, inside);
    else if ('not' in c) visit(e, c.not, depth, inside);
    else if ('related' in c || 'exists' in c) {
      const resolved = resolveStep(spec, e, c);
      if (!resolved.ok) return;
      found.add(resolved.step.field);
      if ('inScope' in c && c.inScope) {
        visit(resolved.step.target, resolved.step.target.offline.scope, depth + 1, true);
        for (const role of spec.roles)
          for (const p of role.permissions)
            if (p.entity === resolved.step.target.name && p.actions.includes('read'))
              visit(resolved.step.target, p.scope, depth + 1, true);
      } else visit(resolved.step.target, c.where, depth + 1, true);
    } else if (inside && 'field' in c && 'op' in c && (c.op === 'eq' || c.op === 'in')) found.add(c.field);
  };
  visit(entity, entity.offline.scope, 0, false);
  for (const role of spec.roles)
    for (const p of role.permissions)
      if (p.entity === entity.name && p.actions.includes('read')) visit(entity, p.scope, 0, false);
  return found;
}
