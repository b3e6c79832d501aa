import type { Change, Operation, PullResponse, PushResponse } from '@syncraft/runtime/protocol';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';

const spec = templateSpec('shared-lists');
const APP = spec.app.id;
let clock = 0;

/** One phone: pulls with its own cursor and keeps what it was sent, as the runtime does. */
class Phone {
  cursor: string | undefined;
  readonly held = new Map<string, Record<string, unknown>>();
  constructor(
    readonly app: () => TestApp['app'],
    readonly token: string,
    readonly clientId: string,
  ) {}

  async pull(limit?: number): Promise<PullResponse> {
    const res = await request(this.app())
      .post(`/api/apps/${APP}/sync/pull`)
      .set('Authorization', `Bearer ${this.token}`)
      .send({
        protocol: 1,
        specVersion: spec.app.version,
        clientId: this.clientId,
        ...(this.cursor ? { cursor: this.cursor } : {}),
        ...(limit ? { limit } : {}),
      });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as PullResponse;
  }

  async sync(limit?: number): Promise<Change[]> {
    const all: Change[] = [];
    for (;;) {
      const body = await this.pull(limit);
      for (const change of body.changes) {
        const id = `${change.entity}/${change.key}`;
        if (change.kind === 'upsert') this.held.set(id, change.record);
        else this.held.delete(id);
      }
      this.cursor = body.cursor;
      all.push(...body.changes);
      if (!body.hasMore) return all;
    }
  }

  keys(): string[] {
    return [...this.held.keys()].sort();
  }
}

describe.each(DIALECTS)('scopes that follow relations, over HTTP on %s', (dialect) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const versions = new Map<string, number>();

  const push = async (
    user: string,
    entity: string,
    key: string,
    changes: Operation['changes'],
    kind: Operation['kind'] = 'upsert',
  ) => {
    const operation: Operation = {
      id: `op-${dialect}-${++clock}`,
      entity,
      key,
      kind,
      changes,
      base: {},
      baseVersion: versions.get(`${entity}/${key}`) ?? 0,
      hlc: `${String(Date.now()).padStart(13, '0')}-${String(++clock).padStart(6, '0')}-${user}`,
      clientId: `${user}-desk`,
    };
    const res = await request(t.app)
      .post(`/api/apps/${APP}/sync/push`)
      .set('Authorization', `Bearer ${tokens[user]}`)
      .send({
        protocol: 1,
        specVersion: spec.app.version,
        clientId: `${user}-desk`,
        operations: [operation],
      });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [result] = (res.body as PushResponse).results;
    if (result && 'version' in result) versions.set(`${entity}/${key}`, result.version);
    return result!;
  };
  const phone = (user: string, id = `${user}-phone`) => new Phone(() => t.app, tokens[user]!, id);

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
