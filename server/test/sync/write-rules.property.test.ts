import type { OperationResult } from '@syncraft/runtime/protocol';
import type { Condition, Permission, Role, SyncSpec } from '@syncraft/runtime/spec';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { deleteOp, syncClient, upsertOp } from '../helpers/sync-client';
import { appSpec, itemEntity } from '../helpers/write-rules-app';

/**
 * Model-based test of write rules: random roles and grants, random writes by random users, pushed
 * over HTTP to the real server; every answer must equal what a small reference evaluator, written
 * from docs/spec.md ("Roles and permissions": one grant must allow the whole write), decides. Some
 * apps keep the entity read-only on devices: their writes follow the same grants ("What read-only and
 * online-only mean").
 * Seeded; `SYNCRAFT_PROPERTY_RUNS` runs more.
 */

const RUNS = Number(process.env.SYNCRAFT_PROPERTY_RUNS ?? 120);
const SPECS = 12;
const FIELDS = ['owner', 'title', 'status'] as const;
type Field = (typeof FIELDS)[number];
type Values = Partial<Record<Field | 'id', string>>;

const scopes: Array<Condition | undefined> = [
  undefined,
  { field: 'owner', op: 'eq', param: 'user.id' },
  { field: 'status', op: 'eq', value: 'open' },
  {
    all: [
      { field: 'owner', op: 'eq', param: 'user.id' },
      { field: 'status', op: 'eq', value: 'open' },
    ],
  },
];

const grant = fc.record({
  actions: fc.subarray(['create', 'update', 'delete'] as const, { minLength: 1 }),
  writable: fc.option(fc.subarray([...FIELDS]), { nil: undefined }),
  scope: fc.integer({ min: 0, max: scopes.length - 1 }),
});
const roleGrants = fc.array(grant, { minLength: 0, maxLength: 2 });

type Grant = { actions: Permission['actions']; writable: Field[] | undefined; scope: number };

function specOf(index: number, r1: Grant[], r2: Grant[]): SyncSpec {
  const role = (name: string, grants: Grant[]): Role => ({
    name,
    permissions: [
      { entity: 'Item', actions: ['read'] },
      ...grants.map(
        (g): Permission => ({
          entity: 'Item',
          actions: g.actions,
          ...(g.writable ? { writableFields: g.writable } : {}),
          ...(scopes[g.scope] ? { scope: scopes[g.scope]! } : {}),
        }),
      ),
    ],
  });
  // Every third app keeps its items read-only on devices: the grants decide all the same.
  const readOnly = index % 3 === 2;
  const item = {
    ...itemEntity,
    fields: itemEntity.fields.filter(
      (f) => f.name === 'id' || (FIELDS as readonly string[]).includes(f.name),
    ),
    ...(readOnly && {
      offline: { availability: 'read-only' as const },
      sync: { ...itemEntity.sync, direction: 'pull' as const },
    }),
  };
  return appSpec(`wr${index}`, [item], [role('r1', r1), role('r2', r2)]);
}

/**
 * Why the server refuses a write the reference does not allow, when that is decided by the entity
 * alone: a read-only entity (offline availability `read-only` or direction `pull`) written by a user
 * whose roles grant no create, update or delete on it is refused `read-only`.
 */
function readOnlyRefusal(spec: SyncSpec, user: { roles: string[] }): boolean {
  const item = spec.entities[0]!;
  if (item.offline.availability !== 'read-only' && item.sync.direction !== 'pull') return false;
  return !spec.roles
    .filter((r) => user.roles.includes(r.name))
    .some((r) => r.permissions.some((g) => g.actions.some((a) => a !== 'read')));
}

/** The reference: a write is allowed when one grant of the user's roles allows all of it. */
function allowed(
  spec: SyncSpec,
  user: { id: string; roles: string[] },
  action: 'create' | 'update' | 'delete',
  before: Values | undefined,
  after: Values | undefined,
  written: string[],
): boolean {
  const holds = (c: Condition | undefined, v: Values | undefined): boolean => {
    if (c === undefined) return true;
    if (v === undefined) return false;
    if ('all' in c) return c.all.every((x) => holds(x, v));
    if ('field' in c && 'op' in c && c.op === 'eq') {
      const target = 'param' in c && c.param === 'user.id' ? user.id : (c as { value?: unknown }).value;
      return v[c.field as Field] === target;
    }
    return false;
  };
  return spec.roles
    .filter((r) => user.roles.includes(r.name))
    .flatMap((r) => r.permissions)
    .some(
      (g) =>
        g.actions.includes(action) &&
        (action === 'delete' || !g.writableFields || written.every((f) => g.writableFields!.includes(f))) &&
        (action === 'create'
          ? holds(g.scope, after)
          : holds(g.scope, before) && (action === 'delete' || holds(g.scope, after))),
    );
}

/** A refusal says `read-only` exactly when {@link readOnlyRefusal} holds. */
function expectReason(spec: SyncSpec, user: { roles: string[] }, result: OperationResult): void {
  if (result.status !== 'rejected') return;
  expect(result.reason === 'read-only', JSON.stringify({ roles: user.roles, result })).toBe(
    readOnlyRefusal(spec, user),
  );
}

const users = [
  { id: 'u1', roles: ['r1'] },
  { id: 'u2', roles: ['r2'] },
  { id: 'u3', roles: ['r1', 'r2'] },
];
const step = fc.record({
  user: fc.integer({ min: 0, max: 2 }),
  key: fc.integer({ min: 0, max: 1 }),
  remove: fc.boolean(),
  changes: fc.record(
    {
      owner: fc.constantFrom('u1', 'u2', 'u3'),
      title: fc.constantFrom('a', 'b'),
      status: fc.constantFrom('open', 'closed'),
    },
    { requiredKeys: [] },
  ),
});

const specs = fc
  .sample(fc.tuple(roleGrants, roleGrants), { numRuns: SPECS, seed: 20261205 })
  .map(([r1, r2], i) => specOf(i, r1 as Grant[], r2 as Grant[]));

describe.each(DIALECTS)(
  'write rules: the server decides as the reference evaluator, over HTTP on %s',
  (dialect) => {
    let t: TestApp;
    const tokens: string[] = [];
    let run = 0;
    beforeAll(async () => {
      t = await createTestApp(dialect, 'write_rules_model', specs);
      for (const u of users) tokens.push(await tokenFor(u.id, u.roles));
    });
    afterAll(async () => {
      await t.dispose();
    });

    it('for random roles, grants, records and writes', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: SPECS - 1 }),
          fc.array(step, { minLength: 1, maxLength: 6 }),
          async (s, steps) => {
            const spec = specs[s]!;
            const sync = syncClient(t.app, spec.app.id);
            const prefix = `r${++run}-`;
            const model = new Map<string, { values: Values; version: number }>();
            for (const st of steps) {
              const user = users[st.user]!;
              const key = `${prefix}${st.key}`;
              const stored = model.get(key);
              const written = Object.keys(st.changes);
              if (st.remove && stored) {
                const expected = allowed(spec, user, 'delete', stored.values, undefined, []);
                const [result] = await sync.push(tokens[st.user]!, [deleteOp('Item', key, stored.version)]);
                expect(
                  result!.status !== 'rejected',
                  JSON.stringify({ spec: spec.roles, step: st, stored, result }),
                ).toBe(expected);
                expectReason(spec, user, result!);
                if (expected) model.delete(key);
                continue;
              }
              if (written.length === 0) continue;
              const action = stored ? 'update' : 'create';
              const after: Values = { ...(stored?.values ?? { id: key }), ...st.changes };
              const expected = allowed(spec, user, action, stored?.values, after, written);
              const changes = stored ? st.changes : { id: key, ...st.changes };
              const [result] = await sync.push(tokens[st.user]!, [
                upsertOp('Item', key, changes, stored?.version ?? 0),
              ]);
              expect(
                result!.status !== 'rejected',
                JSON.stringify({ spec: spec.roles, step: st, stored, result }),
              ).toBe(expected);
              expectReason(spec, user, result!);
              if (expected && result && 'version' in result)
                model.set(key, { values: after, version: result.version });
            }
          },
        ),
        { numRuns: RUNS, seed: 20261205 },
      );
    }, 180_000);
  },
);
