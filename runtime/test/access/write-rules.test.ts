import { describe, expect, it } from 'vitest';
import type { AccessContext } from '../../src/access/context';
import { permissionsFor } from '../../src/access/permissions';
import { decideWrite } from '../../src/access/write-rule';
import { MemoryAuthorityStore } from '../../src/authority/memory-store';
import { processPush } from '../../src/authority/push';
import type { Operation, OperationResult, RecordValues } from '../../src/protocol/types';
import type { Entity, Permission, SyncSpec } from '../../src/spec/types';
import { fieldServiceSpec, hlc } from '../merge/fixtures';

const NOW = Date.parse('2026-11-22T08:00:00Z');

const item: Entity = {
  name: 'Item',
  key: 'id',
  fields: [
    { name: 'id', type: 'string', required: true },
    { name: 'title', type: 'string' },
    { name: 'owner', type: 'string' },
    { name: 'createdBy', type: 'string', fixed: true },
    { name: 'done', type: 'boolean' },
    { name: 'status', type: 'enum', values: ['open', 'in_progress', 'closed'] },
  ],
  offline: { availability: 'read-write' },
  sync: { priority: 'normal', direction: 'both' },
  conflict: { strategy: 'last-writer-wins' },
};

/** A one-entity app whose roles hold exactly `grants`. */
function appWith(grants: Record<string, Permission[]>): SyncSpec {
  const base = fieldServiceSpec();
  return {
    ...base,
    parameters: [],
    entities: [item],
    roles: Object.entries(grants).map(([name, permissions]) => ({ name, permissions })),
  };
}

const mine = { field: 'owner', op: 'eq', param: 'user.id' } as const;
const doer: AccessContext = { userId: 'dora', roles: ['doer'], params: {}, now: NOW };

/** “A doer may only tick done” beside “a doer may create and edit their own items”. */
const lists = appWith({
  doer: [
    { entity: 'Item', actions: ['read', 'update'], writableFields: ['done'] },
    { entity: 'Item', actions: ['create', 'update'], scope: mine },
  ],
  manager: [{ entity: 'Item', actions: ['read', 'create', 'update', 'delete'] }],
});

const managersItem: RecordValues = {
  id: 'i1',
  title: 'Buy milk',
  owner: 'max',
  createdBy: 'max',
  done: false,
};

function decide(spec: SyncSpec, ctx: AccessContext, before: RecordValues | undefined, changes: RecordValues) {
  const after = { ...(before ?? {}), ...changes };
  const fields = Object.keys(changes).filter((f) => f !== 'id');
  const attempt = before
    ? ({ action: 'update', before, after, fields } as const)
    : ({ action: 'create', after, fields } as const);
  return decideWrite(item, permissionsFor(spec, ctx.roles, 'Item'), attempt, ctx);
}

describe('write rules: each grant on its own', () => {
  it("refuses a doer renaming a manager's item although another grant has no field limit", () => {
    expect(decide(lists, doer, managersItem, { title: 'Mine now' })).toMatchObject({
      allowed: false,
      reason: 'permission',
      field: 'title',
    });
    expect(decide(lists, doer, managersItem, { done: true, owner: 'dora' })).toMatchObject({
      allowed: false,
      field: 'owner',
    });
  });

  it('allows the write that one grant covers whole', () => {
    expect(decide(lists, doer, managersItem, { done: true }).allowed).toBe(true);
    const own = { ...managersItem, owner: 'dora', createdBy: 'dora' };
    expect(decide(lists, doer, own, { title: 'Buy oat milk', done: true }).allowed).toBe(true);
  });

  it('refuses a write whose result leaves the grant scope', () => {
    const own = { ...managersItem, owner: 'dora' };
    expect(decide(lists, doer, own, { owner: 'max' })).toMatchObject({
      allowed: false,
      reason: 'permission',
    });
  });

  it('refuses changing a field fixed on the field or by the grant, and allows setting it on create', () => {
    const spec = appWith({
      doer: [{ entity: 'Item', actions: ['create', 'update'], fixedFields: ['owner'] }],
    });
    expect(decide(spec, doer, managersItem, { createdBy: 'dora' })).toMatchObject({
      allowed: false,
      field: 'createdBy',
    });
    expect(decide(spec, doer, managersItem, { owner: 'dora' })).toMatchObject({
      allowed: false,
      field: 'owner',
    });
    expect(decide(spec, doer, managersItem, { owner: 'max', title: 'x' }).allowed).toBe(true);
    expect(decide(spec, doer, undefined, { id: 'n', owner: 'dora', createdBy: 'dora' }).allowed).toBe(true);
  });

  it('checks before and after conditions: status moves forward only, only the owner deletes', () => {
    const spec = appWith({
      doer: [
        {
          entity: 'Item',
          actions: ['update'],
          writableFields: ['status'],
          before: { field: 'status', op: 'eq', value: 'open' },
          after: { field: 'status', op: 'in', value: ['open', 'in_progress'] },
        },
        { entity: 'Item', actions: ['delete'], before: mine },
      ],
    });
    const open = { ...managersItem, status: 'open' };
    expect(decide(spec, doer, open, { status: 'in_progress' }).allowed).toBe(true);
    expect(decide(spec, doer, open, { status: 'closed' })).toMatchObject({ reason: 'out-of-scope' });
    expect(decide(spec, doer, { ...open, status: 'in_progress' }, { status: 'open' })).toMatchObject({
      reason: 'out-of-scope',
    });
    const perms = permissionsFor(spec, doer.roles, 'Item');
    expect(decideWrite(item, perms, { action: 'delete', before: open, fields: [] }, doer).allowed).toBe(
      false,
    );
    const own = { ...open, owner: 'dora' };
    expect(decideWrite(item, perms, { action: 'delete', before: own, fields: [] }, doer).allowed).toBe(true);
  });
});

describe('write rules enforced by a push', () => {
  let n = 0;
  const op = (changes: RecordValues, baseVersion: number, node = 'dev'): Operation => ({
    id: `wr-${++n}`,
    entity: 'Item',
    key: 'i1',
    kind: 'upsert',
    changes,
    base: {},
    baseVersion,
    hlc: hlc(1000 + n, node),
    clientId: node,
  });

  it("answers permission when a doer renames a manager's item or takes it over", async () => {
    const store = new MemoryAuthorityStore();
    const manager: AccessContext = { ...doer, userId: 'max', roles: ['manager'] };
    const push = async (ctx: AccessContext, o: Operation): Promise<OperationResult | undefined> =>
      (
        await processPush(
          lists,
          ctx,
          { protocol: 1, specVersion: '1.0.0', clientId: 'dev', operations: [o] },
          store,
        )
      ).results[0];
    expect(await push(manager, op(managersItem, 0, 'office'))).toMatchObject({ status: 'applied' });
    expect(await push(doer, op({ title: 'Mine now' }, 1))).toMatchObject({
      status: 'rejected',
      reason: 'permission',
      field: 'title',
    });
    expect(await push(doer, op({ done: true, owner: 'dora' }, 1))).toMatchObject({
      status: 'rejected',
      field: 'owner',
    });
    expect(await push(doer, op({ done: true }, 1))).toMatchObject({ status: 'applied' });
    expect((await store.getRecord('Item', 'i1'))?.values).toMatchObject({
      title: 'Buy milk',
      owner: 'max',
      done: true,
    });
  });
});
