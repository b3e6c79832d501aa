import { describe, expect, it } from 'vitest';
import type { AccessContext } from '../../src/access';
import { MemoryAuthorityStore } from '../../src/authority/memory-store';
import { processPull } from '../../src/authority/pull';
import { decodePullCursor } from '../../src/authority/pull-cursor';
import { processPush } from '../../src/authority/push';
import type { AuthorityStore } from '../../src/authority/store';
import type { Change, Operation, PullResponse, RecordValues } from '../../src/protocol/types';
import type { SyncSpec } from '../../src/spec';
import { op, templateSpec } from './templates';

const spec: SyncSpec = templateSpec('shared-lists');
const user = (userId: string): AccessContext => ({ userId, roles: ['member'], params: {}, now: 0 });
const [ann, bob, eve] = [user('ann'), user('bob'), user('eve')];

/** A device: pulls with its own cursor and keeps what it was sent, as the runtime does. */
class Device {
  cursor: string | undefined;
  readonly held = new Map<string, RecordValues>();
  constructor(
    readonly caller: AccessContext,
    readonly store: AuthorityStore,
    readonly clientId = `${caller.userId}-phone`,
  ) {}

  async pullOnce(limit?: number): Promise<PullResponse> {
    const answer = await processPull(
      spec,
      this.caller,
      {
        protocol: 1,
        specVersion: spec.app.version,
        clientId: this.clientId,
        ...(this.cursor === undefined ? {} : { cursor: this.cursor }),
        ...(limit === undefined ? {} : { limit }),
      },
      this.store,
    );
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    return answer.body;
  }

  apply(body: PullResponse): void {
    for (const change of body.changes) this.take(change);
    this.cursor = body.cursor;
  }

  take(change: Change): void {
    const id = `${change.entity}/${change.key}`;
    if (change.kind === 'upsert') this.held.set(id, change.record);
    else this.held.delete(id);
  }

  async sync(limit?: number): Promise<Change[]> {
    const all: Change[] = [];
    for (;;) {
      const body = await this.pullOnce(limit);
      this.apply(body);
      all.push(...body.changes);
      if (!body.hasMore) return all;
    }
  }

  keys(): string[] {
    return [...this.held.keys()].sort();
  }
}

async function world() {
  const store = new MemoryAuthorityStore();
  const push = async (caller: AccessContext, ...operations: Operation[]) => {
    const { results } = await processPush(
      spec,
      caller,
      { protocol: 1, specVersion: spec.app.version, clientId: 'w', operations },
      store,
    );
    for (const r of results) if (r.status === 'rejected') throw new Error(`${r.opId}: ${r.message}`);
  };
  await push(
    ann,
    op('List', 'l1', { id: 'l1', name: 'Groceries', ownerId: 'ann' }),
    op('Todo', 't1', { id: 't1', listId: 'l1', title: 'Milk' }),
    op('Todo', 't2', { id: 't2', listId: 'l1', title: 'Eggs' }),
    op('List', 'l2', { id: 'l2', name: 'Private', ownerId: 'ann' }),
    op('Todo', 't3', { id: 't3', listId: 'l2', title: 'Secret' }),
  );
  return { store, push };
}

const listOne = ['List/l1', 'Todo/t1', 'Todo/t2'];

describe('pull of entities whose scopes follow relations', () => {
  it('a membership added delivers the list and its todos; removed, takes them away again', async () => {
    const { store, push } = await world();
    const phone = new Device(bob, store);
    expect(await phone.sync()).toEqual([]);
    await push(ann, op('ListMember', 'm1', { id: 'm1', listId: 'l1', userId: 'bob' }));
    await phone.sync();
    expect(phone.keys()).toEqual(['List/l1', 'ListMember/m1', 'Todo/t1', 'Todo/t2']);
    // Nothing changed: nothing travels.
    expect(await phone.sync()).toEqual([]);
    await push(ann, { ...op('ListMember', 'm1', {}, 'delete'), baseVersion: 6 });
    const evicted = await phone.sync();
    expect(phone.keys()).toEqual([]);
    expect(evicted).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'delete', entity: 'Todo', key: 't1', reason: 'out-of-scope' }),
        expect.objectContaining({ kind: 'delete', entity: 'ListMember', key: 'm1', reason: 'deleted' }),
      ]),
    );
  });

  it('the owner holds both lists, and a todo moved between lists stays on the owner’s phone', async () => {
    const { store, push } = await world();
    const owner = new Device(ann, store);
    await owner.sync();
    expect(owner.keys()).toEqual(['List/l1', 'List/l2', 'Todo/t1', 'Todo/t2', 'Todo/t3']);
    await push(ann, op('ListMember', 'm1', { id: 'm1', listId: 'l1', userId: 'bob' }));
    const member = new Device(bob, store);
    await member.sync();
    await push(ann, { ...op('Todo', 't3', { listId: 'l1' }), baseVersion: 5 });
    await owner.sync();
    await member.sync();
    expect(owner.held.get('Todo/t3')).toMatchObject({ listId: 'l1' });
    expect(member.keys()).toEqual([...listOne, 'ListMember/m1', 'Todo/t3'].sort());
  });

  it('an answer lost on the way is sent again: the view waits for the cursor that confirms it', async () => {
    const { store, push } = await world();
    await push(ann, op('ListMember', 'm1', { id: 'm1', listId: 'l1', userId: 'bob' }));
    const phone = new Device(bob, store);
    const lost = await phone.pullOnce(); // never applied
    expect(lost.changes).toHaveLength(4);
    const again = await phone.pullOnce();
    expect(again.changes.map((c) => `${c.entity}/${c.key}`).sort()).toEqual(
      lost.changes.map((c) => `${c.entity}/${c.key}`).sort(),
    );
    phone.apply(again);
    expect(await phone.sync()).toEqual([]);
  });

  it('pages of a few changes converge to the same records', async () => {
    const { store, push } = await world();
    await push(ann, op('ListMember', 'm1', { id: 'm1', listId: 'l1', userId: 'bob' }));
    const paged = new Device(bob, store, 'paged');
    const whole = new Device(bob, store, 'whole');
    await paged.sync(1);
    await whole.sync();
    expect(paged.keys()).toEqual(whole.keys());
  });

  it('someone who never saw a record is never told its key', async () => {
    const { store, push } = await world();
    const stranger = new Device(eve, store);
    await stranger.sync();
    await push(ann, op('ListMember', 'm1', { id: 'm1', listId: 'l1', userId: 'bob' }));
    await push(ann, { ...op('Todo', 't1', {}, 'delete'), baseVersion: 2 });
    expect(await stranger.sync()).toEqual([]);
  });

  it('a forged cursor is refused with a clear answer, and a cursor with views decodes', async () => {
    const { store } = await world();
    const phone = new Device(ann, store);
    await phone.sync();
    expect(decodePullCursor(phone.cursor)?.views).toMatchObject({ List: 1, Todo: 1 });
    phone.cursor = 'p1.!!!';
    await expect(phone.pullOnce()).rejects.toThrow(/cursor is not one this server handed out/);
  });
});
