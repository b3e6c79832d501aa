import { asInstant, ISO_DATETIME } from '../merge/values';
import { type ApiFailure, apiFailure } from '../protocol/parse';
import type { FieldFilter, ReadRequest } from '../protocol/types';
import { pointer } from '../spec/pointer';
import type { ComparisonCondition, Condition, Entity, Field, PresenceCondition } from '../spec/types';

/** How a field of each type may be filtered: by which kind of value, and whether by range. */
const FILTERABLE: Readonly<
  Record<Field['type'], { value: 'string' | 'number' | 'boolean'; range: boolean } | null>
> = {
  string: { value: 'string', range: true },
  text: { value: 'string', range: true },
  enum: { value: 'string', range: true },
  reference: { value: 'string', range: true },
  datetime: { value: 'string', range: true },
  number: { value: 'number', range: true },
  integer: { value: 'number', range: true },
  counter: { value: 'number', range: true },
  boolean: { value: 'boolean', range: false },
  'string-set': null,
  json: null,
};

const BOUND_OPS = { gt: 'gt', gte: 'gte', lt: 'lt', lte: 'lte' } as const;

/**
 * A read's `where` as a condition of the spec's own language, so the read matches exactly as a
 * scope would (datetimes as instants, a missing field matching no bound), on every server. Refuses,
 * naming the place: a field the entity lacks (400), one the caller's role may not see (403: a
 * filter on a hidden field would tell, record by record, what it holds), set and JSON fields, a
 * value or bound of the wrong type, an enum value the field does not allow, both `gt` and `gte`.
 */
export function readFilterCondition(
  entity: Entity,
  where: NonNullable<ReadRequest['where']>,
  hiddenFields: ReadonlySet<string>,
): { ok: true; condition: Condition } | ApiFailure {
  const conditions: Condition[] = [];
  for (const [name, filter] of Object.entries(where)) {
    if (filter === undefined) continue;
    const at = pointer('where', name);
    const field = entity.fields.find((f) => f.name === name);
    if (!field) {
      return apiFailure(400, 'bad-request', `${entity.name} has no field “${name}” to filter on.`, {
        pointer: at,
        hint: `Filter on one of: ${entity.fields.map((f) => f.name).join(', ')}.`,
      });
    }
    if (hiddenFields.has(name)) {
      return apiFailure(
        403,
        'forbidden',
        `Your role may not see ${entity.name}.${name}, so it may not filter on it.`,
        {
          pointer: at,
          hint: 'Filter on a field your role can read.',
        },
      );
    }
    const kind = FILTERABLE[field.type];
    if (!kind) {
      return apiFailure(
        400,
        'bad-request',
        `${entity.name}.${name} is a ${field.type} field, which a read cannot filter on.`,
        { pointer: at, hint: 'Read the records and look into the field on the device.' },
      );
    }
    const made = fieldConditions(entity, field, kind, filter, at);
    if (!Array.isArray(made)) return made;
    conditions.push(...made);
  }
  return { ok: true, condition: { all: conditions } };
}

function fieldConditions(
  entity: Entity,
  field: Field,
  kind: { value: 'string' | 'number' | 'boolean'; range: boolean },
  filter: FieldFilter,
  at: string,
): Condition[] | ApiFailure {
  const what = `${entity.name}.${field.name}`;
  const wrongType = (value: unknown, where: string) =>
    apiFailure(
      400,
      'bad-request',
      `${what} holds ${kind.value === 'string' ? 'text' : `${kind.value}s`}, not ${JSON.stringify(value)}.`,
      {
        pointer: where,
      },
    );
  if (filter === null) return [{ field: field.name, op: 'is-not-set' } satisfies PresenceCondition];
  if (typeof filter !== 'object') {
    if (typeof filter !== kind.value) return wrongType(filter, at);
    if (field.type === 'enum' && !field.values.includes(filter as string)) {
      return apiFailure(400, 'bad-request', `${what} has no value “${String(filter)}”.`, {
        pointer: at,
        hint: `One of: ${field.values.join(', ')}.`,
      });
    }
    const bad = field.type === 'datetime' ? badInstant(filter as string, what, at) : undefined;
    if (bad) return bad;
    return [{ field: field.name, op: 'eq', value: filter } satisfies ComparisonCondition];
  }
  if (!kind.range) {
    return apiFailure(400, 'bad-request', `${what} is a ${field.type} field: it has no range to filter by.`, {
      pointer: at,
      hint: `Filter it by a value: { "${field.name}": true }.`,
    });
  }
  if (filter.gt !== undefined && filter.gte !== undefined) {
    return apiFailure(400, 'bad-request', `${what} has two lower bounds (gt and gte).`, {
      pointer: at,
      hint: 'Keep one.',
    });
  }
  if (filter.lt !== undefined && filter.lte !== undefined) {
    return apiFailure(400, 'bad-request', `${what} has two upper bounds (lt and lte).`, {
      pointer: at,
      hint: 'Keep one.',
    });
  }
  const conditions: Condition[] = [];
  for (const op of Object.keys(BOUND_OPS) as (keyof typeof BOUND_OPS)[]) {
    const bound = filter[op];
    if (bound === undefined) continue;
    const boundAt = `${at}/${op}`;
    if (typeof bound !== kind.value) return wrongType(bound, boundAt);
    const bad = field.type === 'datetime' ? badInstant(bound as string, what, boundAt) : undefined;
    if (bad) return bad;
    conditions.push({ field: field.name, op: BOUND_OPS[op], value: bound } satisfies ComparisonCondition);
  }
  return conditions;
}

function badInstant(value: string, what: string, at: string): ApiFailure | undefined {
  if (ISO_DATETIME.test(value) && asInstant(value) !== undefined) return undefined;
  return apiFailure(400, 'bad-request', `${what} holds datetimes; “${value}” is not one.`, {
    pointer: at,
    hint: 'Write an ISO 8601 datetime such as 2026-12-01T00:00:00Z.',
  });
}
