import { describe, expect, it } from 'vitest';
import {
  type AccessContext,
  evaluateCondition,
  loadRelated,
  RelatedRecordCache,
  type RelatedRecords,
} from '../../src/access';
import { MemoryAuthorityStore } from '../../src/authority/memory-store';
import { processPush } from '../../src/authority/push';
import type { Operation, RecordValues } from '../../src/protocol/types';
import type { Condition } from '../../src/spec';
import { op, templateSpec } from '../authority/templates';
import { entityOf, hlc } from '../merge/fixtures';

const spec = templateSpec('shared-lists');
const ctx = (userId: string): AccessContext => ({ userId, roles: ['member'], params: {}, now: 0 });
const ann = ctx('ann');
const bob = ctx('bob');

/** Records by entity and key, answered synchronously. */
function graph(records: Record<string, RecordValues[]>): RelatedRecords {
  return {
    get: (entity, key) => records[entity]?.find((r) => r.id === key),
    referencing: (entity, field, key) => (records[entity] ?? []).filter((r) => r[field] === key),
  };
}

const world = {
  List: [
    { id: 'l1', name: 'Groceries', ownerId: 'ann' },
    { id: 'l2', name: 'Chores', ownerId: 'cat' },
  ],
  ListMember: [{ id: 'm1', listId: 'l2', userId: 'bob', role: 'viewer' }],
  Todo: [
    { id: 't1', listId: 'l1', title: 'Milk' },
    { id: 't2', listId: 'l2', title: 'Dishes' },
    { id: 't3', listId: 'missing', title: 'Orphan' },
  ],
};

const memberOf: Condition = { exists: 'ListMember', where: { field: 'userId', op: 'eq', param: 'user.id' } };
const onMyList: Condition = { related: 'list', inScope: true };

describe('conditions through relations', () => {
  const relations = (entity: string) => ({ spec, entity: entityOf(spec, entity), records: graph(world) });

  it('exists matches a list when a membership record of the user points at it', () => {
    const [l1, l2] = world.List;
    expect(evaluateCondition(memberOf, l2!, bob, relations('List'))).toBe(true);
    expect(evaluateCondition(memberOf, l1!, bob, relations('List'))).toBe(false);
    expect(evaluateCondition(memberOf, l2!, ann, relations('List'))).toBe(false);
  });

  it('related follows the reference to the parent and tests it', () => {
    const owned: Condition = { related: 'list', where: { field: 'ownerId', op: 'eq', param: 'user.id' } };
    const [t1, t2] = world.Todo;
    expect(evaluateCondition(owned, t1!, ann, relations('Todo'))).toBe(true);
    expect(evaluateCondition(owned, t2!, ann, relations('Todo'))).toBe(false);
  });

  it('a reference field name works like the relation it backs', () => {
    const byField: Condition = { related: 'listId', where: { field: 'ownerId', op: 'eq', value: 'ann' } };
    expect(evaluateCondition(byField, world.Todo[0]!, ann, relations('Todo'))).toBe(true);
  });

  it('inScope asks whether the parent lies in the caller’s read scope, through its own relations', () => {
    const [t1, t2] = world.Todo;
    expect(evaluateCondition(onMyList, t1!, ann, relations('Todo'))).toBe(true); // ann owns l1
    expect(evaluateCondition(onMyList, t2!, ann, relations('Todo'))).toBe(false);
    expect(evaluateCondition(onMyList, t2!, bob, relations('Todo'))).toBe(true); // bob is a member of l2
  });

  it('a reference to nothing, or no related records at all, never matches', () => {
    expect(evaluateCondition(onMyList, world.Todo[2]!, ann, relations('Todo'))).toBe(false);
    expect(evaluateCondition(onMyList, world.Todo[0]!, ann)).toBe(false);
    expect(evaluateCondition({ not: onMyList }, world.Todo[2]!, ann, relations('Todo'))).toBe(true);
  });

  it('a name that leads nowhere never matches', () => {
    const typo = { related: 'lists', inScope: true } as Condition;
    expect(evaluateCondition(typo, world.Todo[0]!, ann, relations('Todo'))).toBe(false);
  });

  it('loadRelated reads exactly what the condition needs, hop by hop, from an async store', async () => {
    const store = new MemoryAuthorityStore();
    let version = 0;
    for (const [entity, records] of Object.entries(world)) {
      for (const values of records) {
        await store.putRecord(entity, {
          key: values.id,
          version: ++version,
          deleted: false,
          values,
          fieldVersions: {},
          hlc: hlc(version),
          fieldHlc: {},
        });
      }
    }
    const todo = entityOf(spec, 'Todo');
    const cache = await loadRelated(spec, todo, [onMyList], world.Todo, bob, store);
    expect(cache.get('List', 'l2')).toEqual(world.List[1]);
    expect(cache.referencing('ListMember', 'listId', 'l2')).toEqual(world.ListMember);
    expect(evaluateCondition(onMyList, world.Todo[1]!, bob, { spec, entity: todo, records: cache })).toBe(
      true,
    );
    expect(new RelatedRecordCache().get('List', 'l2')).toBeUndefined();
  });
});

describe('the authority enforces relation scopes on writes', () => {
  async function setUp() {
    const store = new MemoryAuthorityStore();
    const push = async (caller: AccessContext, ...operations: Operation[]) =>
      (
        await processPush(
          spec,
          caller,
          { protocol: 1, specVersion: spec.app.version, clientId: caller.userId, operations },
          store,
        )
      ).results;
    await push(ann, op('List', 'l1', { id: 'l1', name: 'Groceries', ownerId: 'ann' }));
    return { store, push };
  }

  it('the owner adds a todo and an editor; a stranger’s todo on the same list is refused', async () => {
    const { push } = await setUp();
    const [own, member] = await push(
      ann,
      op('Todo', 't1', { id: 't1', listId: 'l1', title: 'Milk' }),
      op('ListMember', 'm1', { id: 'm1', listId: 'l1', userId: 'bob', role: 'editor' }),
    );
    expect(own).toMatchObject({ status: 'applied' });
    expect(member).toMatchObject({ status: 'applied' });
    const [stranger] = await push(ctx('eve'), op('Todo', 't2', { id: 't2', listId: 'l1', title: 'Spam' }));
    expect(stranger).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
    const [editor] = await push(bob, op('Todo', 't3', { id: 't3', listId: 'l1', title: 'Eggs' }));
    expect(editor).toMatchObject({ status: 'applied' });
  });

  it('a member cannot grant themselves access: a forged membership on someone else’s list is refused', async () => {
    const { push } = await setUp();
    const [forged] = await push(
      ctx('eve'),
      op('ListMember', 'm9', { id: 'm9', listId: 'l1', userId: 'eve', role: 'editor' }),
    );
    expect(forged).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
  });

  it('moving a todo to a list the caller may not write is refused (the after-state is checked too)', async () => {
    const { push } = await setUp();
    await push(ctx('cat'), op('List', 'l2', { id: 'l2', name: 'Cat’s', ownerId: 'cat' }));
    await push(ann, op('Todo', 't1', { id: 't1', listId: 'l1', title: 'Milk' }));
    const [moved] = await push(ann, { ...op('Todo', 't1', { listId: 'l2' }), baseVersion: 2 });
    expect(moved).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
  });

  it('a viewer may read but not write todos of the list', async () => {
    const { push } = await setUp();
    await push(ann, op('ListMember', 'm1', { id: 'm1', listId: 'l1', userId: 'bob', role: 'viewer' }));
    const [write] = await push(bob, op('Todo', 't5', { id: 't5', listId: 'l1', title: 'Nope' }));
    expect(write).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
  });
});
