/**
 * A fast-check generator of valid, self-consistent sync specs: unique names, references that
 * resolve, every optional property sometimes present. Used by the compiler round-trip property.
 */
import type {
  Condition,
  ConflictRule,
  Entity,
  Field,
  OfflineState,
  Parameter,
  Permission,
  Relation,
  Role,
  SyncSpec,
  Transition,
} from '@syncraft/runtime/spec';
import { CONFLICT_STRATEGIES, PRIORITIES } from '@syncraft/runtime/spec';
import fc from 'fast-check';

const identifier = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,11}$/);
const text = fc.string({ minLength: 1, maxLength: 40 });
const duration = fc
  .tuple(fc.integer({ min: 1, max: 90 }), fc.constantFrom('ms', 's', 'm', 'h', 'd', 'w'))
  .map(([n, u]) => `${n}${u}`);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops `undefined` values so optional properties are absent, as in a parsed JSON file. */
function clean<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

const rule: fc.Arbitrary<ConflictRule> = fc
  .record({ strategy: fc.constantFrom(...CONFLICT_STRATEGIES), description: opt(text) })
  .chain(({ strategy, description }) => {
    if (strategy === 'enum-precedence') {
      return fc
        .uniqueArray(identifier, { minLength: 2, maxLength: 4 })
        .map((order) => clean({ strategy, description, order }) as ConflictRule);
    }
    const unit = opt(fc.constantFrom('field', 'record' as const));
    if (strategy === 'manual') {
      return fc
        .record({
          interim: fc.constantFrom('server', 'client', 'last-writer-wins' as const),
          prompt: opt(text),
          unit,
        })
        .map((r) => clean({ strategy, description, ...r }) as ConflictRule);
    }
    if (strategy === 'server-wins' || strategy === 'client-wins') {
      return unit.map((u) => clean({ strategy, description, unit: u }) as ConflictRule);
    }
    return fc.constant(clean({ strategy, description }) as ConflictRule);
  });

function field(name: string, entities: readonly string[]): fc.Arbitrary<Field> {
  const shared = {
    description: opt(text),
    required: opt(fc.boolean()),
    fixed: opt(fc.boolean()),
    tags: opt(fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { maxLength: 2 })),
    conflict: opt(rule),
  };
  const kinds: fc.Arbitrary<Record<string, unknown>>[] = [
    fc.record({
      type: fc.constant('string'),
      maxLength: opt(fc.integer({ min: 1, max: 500 })),
      minLength: opt(fc.integer({ min: 1, max: 2 })),
      pattern: opt(fc.constantFrom('[A-Z]{2}-[0-9]{3}', '.+', '[a-z_]*')),
      default: opt(identifier),
    }),
    fc.record({ type: fc.constant('text'), minLength: opt(fc.integer({ min: 1, max: 3 })) }),
    fc.record({
      type: fc.constant('integer'),
      minimum: opt(fc.integer({ min: -10, max: 0 })),
      maximum: opt(fc.integer({ min: 1, max: 10 })),
    }),
    fc.record({
      type: fc.constant('number'),
      default: opt(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })),
    }),
    fc.record({ type: fc.constant('boolean'), default: opt(fc.boolean()) }),
    fc.record({ type: fc.constant('datetime') }),
    fc.record({
      type: fc.constant('enum'),
      values: fc.uniqueArray(identifier, { minLength: 1, maxLength: 4 }),
    }),
    fc.record({ type: fc.constant('reference'), entity: fc.constantFrom(...entities) }),
    fc.record({ type: fc.constant('counter'), default: opt(fc.integer({ min: 0, max: 5 })) }),
    fc.record({
      type: fc.constant('string-set'),
      minItems: opt(fc.integer({ min: 1, max: 2 })),
      maxItems: opt(fc.integer({ min: 1, max: 50 })),
    }),
    fc.record({ type: fc.constant('json') }),
  ];
  return fc
    .tuple(fc.oneof(...kinds), fc.record(shared))
    .map(([own, common]) => clean({ name, ...own, ...common }) as Field);
}

function condition(
  fields: readonly string[],
  params: readonly string[],
  roles: readonly string[],
): fc.Arbitrary<Condition> {
  const leaf: fc.Arbitrary<Condition> = fc.oneof(
    fc.record({
      field: fc.constantFrom(...fields),
      op: fc.constantFrom('eq', 'ne', 'lt', 'gte' as const),
      value: fc.oneof(identifier, fc.integer(), fc.boolean(), fc.constant(null)),
    }),
    fc.record({
      field: fc.constantFrom(...fields),
      op: fc.constantFrom('in', 'not-in' as const),
      value: fc.array(identifier, { minLength: 1, maxLength: 3 }),
    }),
    fc.record({
      field: fc.constantFrom(...fields),
      op: fc.constant('eq' as const),
      param: fc.constantFrom('user.id', 'user.roles', ...params),
    }),
    fc.record({ field: fc.constantFrom(...fields), op: fc.constantFrom('is-set', 'is-not-set' as const) }),
    fc.record({
      field: fc.constantFrom(...fields),
      within: fc.record({ past: duration, future: opt(duration) }).map(clean),
    }),
    fc.record({ role: fc.constantFrom(...roles) }),
  );
  const { tree } = fc.letrec<{ tree: Condition }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({ all: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('tree') }),
    ),
  }));
  return tree;
}

/** Valid specs whose references all resolve. */
export const specArbitrary: fc.Arbitrary<SyncSpec> = fc
  .record({
    entityNames: fc.uniqueArray(identifier, { minLength: 1, maxLength: 4 }),
    stateNames: fc.uniqueArray(identifier, { minLength: 1, maxLength: 4 }),
    roleNames: fc.uniqueArray(identifier, { minLength: 1, maxLength: 3 }),
    paramNames: opt(
      fc.uniqueArray(
        identifier.filter((n) => n !== 'user'),
        { maxLength: 2 },
      ),
    ),
    schema: opt(fc.constant('https://syncraft.dev/schema/spec-v1.json')),
  })
  .chain(({ entityNames, stateNames, roleNames, paramNames, schema }) => {
    const params = paramNames ?? [];
    const entities = fc.tuple(
      ...entityNames.map((name) =>
        fc.uniqueArray(identifier, { minLength: 1, maxLength: 5 }).chain((fieldNames) =>
          fc
            .record({
              description: opt(text),
              fields: fc.tuple(...fieldNames.map((f) => field(f, entityNames))),
              indexes: opt(
                fc.array(
                  fc
                    .record({
                      fields: fc.uniqueArray(fc.constantFrom(...fieldNames), { minLength: 1, maxLength: 2 }),
                      unique: opt(fc.boolean()),
                    })
                    .map(clean),
                  { maxLength: 2 },
                ),
              ),
              relations: opt(
                fc.array(
                  fc.record({
                    name: identifier,
                    kind: fc.constantFrom('many-to-one', 'one-to-many' as const),
                    entity: fc.constantFrom(...entityNames),
                    field: fc.constantFrom(...fieldNames),
                    onDelete: fc.constantFrom('cascade', 'restrict', 'set-null', 'keep' as const),
                  }) as fc.Arbitrary<Relation>,
                  { maxLength: 2 },
                ),
              ),
              offline: fc
                .record({
                  availability: fc.constantFrom('read-write', 'read-only', 'online-only' as const),
                  scope: opt(condition(fieldNames, params, roleNames)),
                  maxRecords: opt(fc.integer({ min: 1, max: 10000 })),
                  retention: opt(duration),
                  encrypt: opt(fc.uniqueArray(fc.constantFrom(...fieldNames), { maxLength: 2 })),
                })
                .map(clean),
              sync: fc
                .record({
                  priority: fc.constantFrom(...PRIORITIES),
                  direction: fc.constantFrom('push', 'pull', 'both' as const),
                  batchSize: opt(fc.integer({ min: 1, max: 1000 })),
                  coalesce: opt(fc.boolean()),
                  schedule: opt(
                    fc
                      .record({
                        onReconnect: opt(fc.boolean()),
                        onAppStart: opt(fc.boolean()),
                        interval: opt(duration),
                      })
                      .map(clean),
                  ),
                })
                .map(clean),
              conflict: rule,
            })
            .map((rest) => clean({ name, key: fieldNames[0]!, ...rest }) as Entity),
        ),
      ),
    );
    const states = fc.tuple(
      ...stateNames.map((name) =>
        fc
          .record({
            description: opt(text),
            network: fc.constantFrom('online', 'limited', 'offline' as const),
            sync: fc
              .record({
                enabled: fc.boolean(),
                priorities: opt(fc.uniqueArray(fc.constantFrom(...PRIORITIES), { minLength: 1 })),
                entities: opt(fc.uniqueArray(fc.constantFrom(...entityNames), { minLength: 1 })),
              })
              .map(clean),
            writes: fc.constantFrom('allow', 'queue', 'block' as const),
            entityWrites: opt(
              fc.array(
                fc.record({
                  entity: fc.constantFrom(...entityNames),
                  writes: fc.constantFrom('allow', 'queue', 'block' as const),
                }),
                { maxLength: 2 },
              ),
            ),
          })
          .map((rest) => clean({ name, ...rest }) as OfflineState),
      ),
    );
    const transition: fc.Arbitrary<Transition> = fc
      .record({
        from: fc.constantFrom('*', ...stateNames),
        event: fc.constantFrom(
          'connection-lost',
          'connection-restored',
          'sync-failed',
          'user-action' as const,
        ),
        action: opt(identifier),
        to: fc.constantFrom(...stateNames),
      })
      .map(clean);
    const permission: fc.Arbitrary<Permission> = fc
      .record({
        entity: fc.constantFrom(...entityNames),
        actions: fc.uniqueArray(fc.constantFrom('read', 'create', 'update', 'delete' as const), {
          minLength: 1,
        }),
        writableFields: opt(fc.uniqueArray(identifier, { maxLength: 2 })),
        hiddenFields: opt(fc.uniqueArray(identifier, { maxLength: 2 })),
        fixedFields: opt(fc.uniqueArray(identifier, { maxLength: 2 })),
        scope: opt(condition(['id'], params, roleNames)),
        before: opt(condition(['id'], params, roleNames)),
        after: opt(condition(['id'], params, roleNames)),
      })
      .map(clean);
    const roles = fc.tuple(
      ...roleNames.map((name) =>
        fc
          .record({ description: opt(text), permissions: fc.array(permission, { maxLength: 3 }) })
          .map((r) => clean({ name, ...r }) as Role),
      ),
    );
    const parameters: fc.Arbitrary<Parameter[] | undefined> = paramNames
      ? fc.tuple(
          ...paramNames.map((name) =>
            fc
              .record({
                type: fc.constantFrom('string', 'number', 'boolean', 'string-list' as const),
                description: opt(text),
                claim: opt(identifier),
              })
              .map((p) => clean({ name, ...p }) as Parameter),
          ),
        )
      : fc.constant(undefined);
    return fc
      .record({
        entities,
        states,
        transitions: fc.array(transition, { maxLength: 5 }),
        roles,
        parameters,
        initial: fc.constantFrom(...stateNames),
        app: fc.record({ description: opt(text), owner: opt(text) }),
        retry: fc.record({
          initialDelay: duration,
          maxDelay: duration,
          multiplier: fc.integer({ min: 1, max: 4 }),
          jitter: fc.constantFrom('full', 'equal', 'none' as const),
          maxAttempts: fc.integer({ min: 1, max: 20 }),
        }),
      })
      .map(
        (s) =>
          // Through JSON, as a spec file is read: plain prototypes, no -0.
          JSON.parse(
            JSON.stringify(
              clean({
                $schema: schema,
                specVersion: 1 as const,
                app: clean({ id: 'generated-app', name: 'Generated', version: '1.0.0', ...s.app }),
                parameters: s.parameters,
                roles: s.roles,
                entities: s.entities,
                offlineStates: { initial: s.initial, states: s.states, transitions: s.transitions },
                retry: s.retry,
              }),
            ),
          ) as SyncSpec,
      );
  });
