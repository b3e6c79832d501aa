import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { deskWriter, PullingDevice } from '../helpers/sync-client';

const spec = templateSpec('shared-lists');

describe.each(DIALECTS)('scopes that follow relations, over HTTP on %s', (dialect) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const push = deskWriter(() => t.app, spec, tokens);
  const phone = (user: string, id = `${user}-phone`) => new PullingDevice(t.app, spec, tokens[user]!, id);

  beforeAll(async () => {
    t = await createTestApp(dialect, 'relations', [spec]);
    for (const user of ['ann', 'bob', 'eve']) tokens[user] = await tokenFor(user, ['member']);
    await push('ann', 'List', 'l1', { id: 'l1', name: 'Groceries', ownerId: 'ann' });
    await push('ann', 'Todo', 't1', { id: 't1', listId: 'l1', title: 'Milk' });
    await push('ann', 'Todo', 't2', { id: 't2', listId: 'l1', title: 'Eggs' });
    await push('ann', 'List', 'l2', { id: 'l2', name: 'Private', ownerId: 'ann' });
    await push('ann', 'Todo', 't3', { id: 't3', listId: 'l2', title: 'Secret' });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('a membership added delivers the list and its todos at the next pull; removed, evicts them', async () => {
    const bob = phone('bob');
    expect(await bob.sync()).toEqual([]);
    await push('ann', 'ListMember', 'm1', { id: 'm1', listId: 'l1', userId: 'bob' });
    await bob.sync();
    expect(bob.keys()).toEqual(['List/l1', 'ListMember/m1', 'Todo/t1', 'Todo/t2']);
    expect(await bob.sync()).toEqual([]);
    await push('ann', 'ListMember', 'm1', {}, 'delete');
    const evicted = await bob.sync();
    expect(bob.keys()).toEqual([]);
    expect(evicted).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'delete', entity: 'Todo', key: 't2', reason: 'out-of-scope' }),
      ]),
    );
  });

  it('a todo moved to another list leaves the phones of the old list’s members and reaches the new ones', async () => {
    await push('ann', 'ListMember', 'm2', { id: 'm2', listId: 'l1', userId: 'eve' });
    await push('ann', 'ListMember', 'm3', { id: 'm3', listId: 'l2', userId: 'bob' });
    const eve = phone('eve');
    const bob = phone('bob', 'bob-tablet');
    await eve.sync();
    await bob.sync();
    expect(eve.held.has('Todo/t1')).toBe(true);
    expect(bob.held.has('Todo/t1')).toBe(false);
    await push('ann', 'Todo', 't1', { listId: 'l2' });
    await eve.sync();
    await bob.sync();
    expect(eve.held.has('Todo/t1')).toBe(false);
    expect(bob.held.get('Todo/t1')).toMatchObject({ listId: 'l2' });
  });

  it('a forged write relying on a list the caller is not an editor of is refused', async () => {
    const forged = await push('eve', 'Todo', 'x1', { id: 'x1', listId: 'l2', title: 'Spam' });
    expect(forged).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
    const selfInvite = await push('eve', 'ListMember', 'x2', {
      id: 'x2',
      listId: 'l2',
      userId: 'eve',
      role: 'editor',
    });
    expect(selfInvite).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
  });

  it('pages of one change converge to what one pull delivers, and a lost page is sent again', async () => {
    const paged = phone('ann', 'ann-paged');
    const whole = phone('ann', 'ann-whole');
    await paged.sync(1);
    await whole.sync();
    expect(paged.keys()).toEqual(whole.keys());
    const lost = phone('ann', 'ann-lost');
    const first = await lost.pull();
    const again = await lost.pull();
    expect(again.changes.length).toBe(first.changes.length);
  });
});
