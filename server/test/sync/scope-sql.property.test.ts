import { type AccessContext, evaluateCondition, type RelatedRecords } from '@syncraft/runtime/access';
import type { JsonValue, RecordValues } from '@syncraft/runtime/protocol';
import { type Condition, type SyncSpec, validate } from '@syncraft/runtime/spec';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditionSql } from '../../src/sync/scope-sql';
import { runPushTransaction } from '../../src/sync/transaction';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../helpers/databases';

/**
 * The differential test of scope conditions: random records, conditions and callers; the records
 * the SQL of `conditionSql` selects on SQLite and PostgreSQL must be exactly those the runtime's
 * `evaluateCondition` selects in memory over the same records. Seeded; `SYNCRAFT_PROPERTY_RUNS`
 * runs more (CI keeps it short).
 *
 * Generator limits, each a rule of the product rather than a gap: datetime fields hold ISO 8601
 * text (the server validates every write), and ISO-looking text appears only in datetime fields
 * (a plain text field compares as text on the server, docs/spec.md "Conditions").
 */

const RUNS = Number(process.env.SYNCRAFT_PROPERTY_RUNS ?? 150);
const NOW = Date.parse('2026-06-01T12:00:00Z');

const parsed = validate({
  specVersion: 1,
  app: { id: 'prop', name: 'Property', version: '1.0.0' },
  roles: [
    { name: 'member', permissions: [{ entity: 'C', actions: ['read'] }] },
    { name: 'admin', permissions: [] },
  ],
  entities: [
    {
      name: 'P',
      key: 'id',
      fields: [
        { name: 'id', type: 'string', required: true },
        { name: 'owner', type: 'string' },
        { name: 'n', type: 'number' },
        { name: 'kind', type: 'enum', values: ['a', 'b'] },
      ],
      relations: [{ name: 'members', kind: 'one-to-many', entity: 'M', field: 'pId', onDelete: 'keep' }],
      offline: { availability: 'read-write', scope: { field: 'owner', op: 'eq', param: 'user.id' } },
      sync: { priority: 'normal', direction: 'both' },
      conflict: { strategy: 'field-merge' },
    },
    {
      name: 'C',
      key: 'id',
      fields: [
        { name: 'id', type: 'string', required: true },
        { name: 'pId', type: 'reference', entity: 'P' },
        { name: 'owner', type: 'string' },
        { name: 'n', type: 'integer' },
        { name: 'd', type: 'datetime' },
        { name: 'tags', type: 'string-set' },
        { name: 'flag', type: 'boolean' },
      ],
      relations: [{ name: 'p', kind: 'many-to-one', entity: 'P', field: 'pId', onDelete: 'keep' }],
      offline: { availability: 'read-write' },
      sync: { priority: 'normal', direction: 'both' },
      conflict: { strategy: 'field-merge' },
    },
    {
      name: 'M',
      key: 'id',
      fields: [
        { name: 'id', type: 'string', required: true },
        { name: 'pId', type: 'reference', entity: 'P' },
        { name: 'userId', type: 'string' },
        { name: 'role', type: 'enum', values: ['viewer', 'editor'] },
      ],
      offline: { availability: 'read-write' },
      sync: { priority: 'normal', direction: 'both' },
      conflict: { strategy: 'field-merge' },
    },
  ],
  parameters: [
    { name: 'region', type: 'string' },
    { name: 'codes', type: 'string-list' },
  ],
  offlineStates: {
    initial: 'on',
    states: [{ name: 'on', network: 'online', sync: { enabled: true }, writes: 'allow' }],
    transitions: [],
  },
  retry: { initialDelay: '1s', maxDelay: '1m', multiplier: 2, jitter: 'none', maxAttempts: 3 },
});
if (!parsed.valid) throw new Error(JSON.stringify(parsed.diagnostics));
const spec: SyncSpec = parsed.spec;

// Small pools, so comparisons often meet; odd values of other types stand in for stray data.
const text = fc.constantFrom('u1', 'u2', 'a', 'b', '', 'A', 'ab');
const stray: fc.Arbitrary<JsonValue> = fc.constantFrom(null, 1, true, 'u1', ['u1']);
const number = fc.constantFrom(-1, 0, 1, 2, 2.5);
const instant = fc.constantFrom(
  '2026-06-01T12:00:00Z',
  '2026-06-01T13:00:00+01:00',
  '2026-05-30T00:00:00Z',
  '2026-06-10',
  '2026-06-01T12:00:00.500Z',
  '2025-01-01T00:00:00Z',
);
const maybe = <T extends JsonValue>(value: fc.Arbitrary<T>, odd: boolean) =>
  fc.oneof(
    { weight: 6, arbitrary: value as fc.Arbitrary<JsonValue> },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: odd ? 1 : 0, arbitrary: stray },
  );
const keyOf = (prefix: string) => fc.integer({ min: 0, max: 3 }).map((i) => `${prefix}${i}`);

const record = <T extends Record<string, fc.Arbitrary<JsonValue | undefined>>>(shape: T) =>
  fc
    .record(shape)
    .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as RecordValues);

const world = fc.record({
  P: fc.array(
    fc.tuple(
      record({
        owner: maybe(text, true),
        n: maybe(number, true),
        kind: maybe(fc.constantFrom('a', 'b'), false),
      }),
      fc.boolean(),
    ),
    { maxLength: 4 },
  ),
  C: fc.array(
    fc.tuple(
      record({
        pId: maybe(fc.oneof(keyOf('p'), fc.constant('gone')), true),
        owner: maybe(text, true),
        n: maybe(fc.integer({ min: -1, max: 3 }), true),
        d: maybe(instant, false),
        tags: maybe(fc.uniqueArray(text, { maxLength: 3 }), true),
        flag: maybe(fc.boolean(), true),
      }),
      fc.boolean(),
    ),
    { maxLength: 8 },
  ),
  M: fc.array(
    fc.tuple(
      record({
        pId: maybe(keyOf('p'), false),
        userId: maybe(text, false),
        role: maybe(fc.constantFrom('viewer', 'editor'), false),
      }),
      fc.boolean(),
    ),
    { maxLength: 6 },
  ),
});

type Leaf = (fields: Record<string, fc.Arbitrary<JsonValue>>) => fc.Arbitrary<Condition>;
const ops = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'not-in', 'contains'] as const;
const leaf: Leaf = (fields) => {
  const names = Object.keys(fields);
  const comparison = fc.constantFrom(...names).chain((field) =>
    fc
      .record({
        field: fc.constant(field),
        op: fc.constantFrom(...ops),
        target: fc.oneof(
          fields[field]!.map((value) => ({ value })),
          fc.array(fields[field]!, { minLength: 1, maxLength: 3 }).map((value) => ({ value })),
          fc.constantFrom('user.id', 'user.roles', 'region', 'codes').map((param) => ({ param })),
        ),
      })
      .map(({ field, op, target }) => ({ field, op, ...target }) as Condition),
  );
  const presence = fc
    .record({
      field: fc.constantFrom(...names),
      op: fc.constantFrom('is-set' as const, 'is-not-set' as const),
    })
    .map((c) => c as Condition);
  return fc.oneof(
    { weight: 6, arbitrary: comparison },
    { weight: 2, arbitrary: presence },
    {
      weight: 1,
      arbitrary: fc.constantFrom('member', 'admin').map((role) => ({ role }) as Condition),
    },
  );
};

const pFields = {
  owner: text as fc.Arbitrary<JsonValue>,
  n: number as fc.Arbitrary<JsonValue>,
  kind: fc.constantFrom('a', 'b') as fc.Arbitrary<JsonValue>,
};
const mFields = {
  userId: text as fc.Arbitrary<JsonValue>,
  role: fc.constantFrom('viewer', 'editor') as fc.Arbitrary<JsonValue>,
};
const cFields = {
  owner: text as fc.Arbitrary<JsonValue>,
  n: number as fc.Arbitrary<JsonValue>,
  d: instant as fc.Arbitrary<JsonValue>,
  tags: text as fc.Arbitrary<JsonValue>,
  flag: fc.boolean() as fc.Arbitrary<JsonValue>,
};

const group = (inner: fc.Arbitrary<Condition>) =>
  fc.oneof(
    inner,
    fc.array(inner, { minLength: 1, maxLength: 3 }).map((all) => ({ all }) as Condition),
    fc.array(inner, { minLength: 1, maxLength: 3 }).map((any) => ({ any }) as Condition),
    inner.map((not) => ({ not }) as Condition),
  );
const onM = group(leaf(mFields));
const onP = group(
  fc.oneof(
    { weight: 3, arbitrary: leaf(pFields) },
    {
      weight: 2,
      arbitrary: fc
        .option(onM, { nil: undefined })
        .map((where) => ({ exists: 'members', ...(where ? { where } : {}) }) as Condition),
    },
  ),
);
const onC = group(
  group(
    fc.oneof(
      { weight: 4, arbitrary: leaf(cFields) },
      {
        weight: 1,
        arbitrary: fc.record({
          field: fc.constant('d'),
          within: fc.constantFrom({ past: '3d' }, { future: '1d' }, { past: '1h', future: '10d' }),
        }) as fc.Arbitrary<Condition>,
      },
      { weight: 2, arbitrary: onP.map((where) => ({ related: 'p', where }) as Condition) },
      { weight: 1, arbitrary: fc.constant({ related: 'p', inScope: true } as Condition) },
    ),
  ),
);

const callers = fc.record({
  userId: fc.constantFrom('u1', 'u2'),
  roles: fc.subarray(['member', 'admin']),
  params: fc.constantFrom<Record<string, JsonValue>>(
    { region: 'a', codes: ['u1', 'b'] },
    { region: 'u2', codes: [] },
    {},
  ),
});

let app = 0;

describe.each(DIALECTS)('scope conditions select the same records in SQL as in memory, on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(dialect, 'scope_prop');
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('for random records, conditions (relations included) and callers', async () => {
    await fc.assert(
      fc.asyncProperty(world, onC, callers, async (data, condition, who) => {
        const appId = `prop${++app}`;
        const stored: Record<string, Array<{ values: RecordValues; deleted: boolean }>> = {
          P: [],
          C: [],
          M: [],
        };
        for (const entity of ['P', 'C', 'M'] as const) {
          data[entity].forEach(([values, deleted], i) => {
            stored[entity]!.push({ values: { ...values, id: `${entity.toLowerCase()}${i}` }, deleted });
          });
        }
        await runPushTransaction(db.opened.db, db.opened.dialect, appId, async (store) => {
          for (const [entity, rows] of Object.entries(stored)) {
            for (const { values, deleted } of rows) {
              const version = await store.nextVersion();
              await store.putRecord(entity, {
                key: String(values.id),
                version,
                deleted,
                values,
                hlc: '0000000000001-000000-prop',
                fieldVersions: {},
                fieldHlc: {},
              });
            }
          }
        });
        const caller: AccessContext = { ...who, now: NOW };
        const live = (entity: string) => stored[entity]!.filter((r) => !r.deleted).map((r) => r.values);
        const related: RelatedRecords = {
          get: (entity, key) => live(entity).find((r) => r.id === key),
          referencing: (entity, field, key) => live(entity).filter((r) => r[field] === key),
        };
        const c = spec.entities.find((e) => e.name === 'C')!;
        const expected = live('C')
          .filter((r) => evaluateCondition(condition, r, caller, { spec, entity: c, records: related }))
          .map((r) => String(r.id))
          .sort();
        const where = conditionSql({ spec, caller, dialect: db.opened.dialect, appId }, c, condition, 'r');
        const { rows } = await sql<{
          record_key: string;
        }>`select r.record_key from sync_records as r where r.app_id = ${appId} and r.entity = 'C' and r.deleted = 0 and ${where}`.execute(
          db.opened.db,
        );
        const selected = rows.map((r) => r.record_key).sort();
        expect(selected, JSON.stringify({ condition, caller, records: stored }, null, 1)).toEqual(expected);
      }),
      { numRuns: RUNS, seed: 20261205 },
    );
  }, 120_000);
});
