// The permission holes found by trying the write rules as a new user would, one test each, over
// HTTP on the real server. Holes 4 (separation of duties) and 5 (tamper-evident audit log) are
// registry tests: registry/refusals.http.test.ts and registry/audit-chain.test.ts; hole 6's lint
// half (a string-set field "in" a list parameter) is in runtime/test/spec/lint.test.ts. Online-only
// records read back (hole 3's second half): read-only-entities.test.ts.
import 'fake-indexeddb/auto';
import type { SyncClient } from '@syncraft/runtime';
import type { Entity, SyncSpec } from '@syncraft/runtime/spec';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { boilerJob, boilerVisit } from '../helpers/field-service-records';
import { listenOnLoopback, openRuntimeDevice } from '../helpers/runtime-device';
import { syncClient, upsertOp } from '../helpers/sync-client';
import { appSpec, todoEntity } from '../helpers/write-rules-app';

const entity = (name: string, fields: Entity['fields'], conflict: Entity['conflict']): Entity => ({
  name,
  key: 'id',
  fields: [{ name: 'id', type: 'string', required: true }, ...fields],
  offline: { availability: 'read-write' },
  sync: { priority: 'normal', direction: 'both' },
  conflict,
});
const lww = { strategy: 'last-writer-wins' } as const;
const mine = (field: string) => ({ field, op: 'eq', param: 'user.id' }) as const;

/** Hole 1: a narrow grant beside a broad one of the same role. */
const grants = appSpec(
  'grants',
  [
    entity(
      'Item',
      [
        { name: 'title', type: 'string' },
        { name: 'owner', type: 'string' },
        { name: 'done', type: 'boolean' },
      ],
      lww,
    ),
    entity(
      'Story',
      [
        { name: 'title', type: 'string' },
        { name: 'content', type: 'text' },
        { name: 'owners', type: 'string-set' },
      ],
      lww,
    ),
  ],
  [
    {
      name: 'doer',
      permissions: [
        { entity: 'Item', actions: ['read', 'update'], writableFields: ['done'] },
        { entity: 'Item', actions: ['create', 'update'], scope: mine('owner') },
      ],
    },
    {
      name: 'writer',
      permissions: [
        { entity: 'Story', actions: ['read', 'update'], writableFields: ['content'] },
        { entity: 'Story', actions: ['create'] },
      ],
    },
    {
      name: 'manager',
      permissions: [
        { entity: 'Item', actions: ['read', 'create', 'update', 'delete'] },
        { entity: 'Story', actions: ['read', 'create', 'update', 'delete'] },
      ],
    },
  ],
);

/** Hole 2: records keyed by a whole number. */
const todos = appSpec(
  'todos',
  [todoEntity],
  [{ name: 'doer', permissions: [{ entity: 'Todo', actions: ['read', 'create', 'update', 'delete'] }] }],
);

/** Hole 7: server-wins field by field, and by record. */
const rules = appSpec(
  'rules',
  [
    entity(
      'Place',
      [
        { name: 'name', type: 'string' },
        { name: 'phone', type: 'string' },
      ],
      { strategy: 'server-wins' },
    ),
    entity(
      'Permit',
      [
        { name: 'name', type: 'string' },
        { name: 'phone', type: 'string' },
      ],
      {
        strategy: 'server-wins',
        unit: 'record',
      },
    ),
  ],
  [
    {
      name: 'clerk',
      permissions: [
        { entity: 'Place', actions: ['read', 'create', 'update'] },
        { entity: 'Permit', actions: ['read', 'create', 'update'] },
      ],
    },
  ],
);

const outcome = (r: { status: string; reason?: string; field?: string }) =>
  r.status === 'rejected' ? `rejected ${r.reason}${r.field ? ` ${r.field}` : ''}` : r.status;

describe.each(DIALECTS)('the permission holes found by trying stay closed on %s', (dialect) => {
  const apps: TestApp[] = [];
  const clients: SyncClient[] = [];
  const listeners: { close: () => Promise<void> }[] = [];

  afterAll(async () => {
    for (const client of clients) await client.close();
    for (const listener of listeners) await listener.close();
    for (const app of apps) await app.dispose();
  });

  /** A server of its own per hole, so each test fails for its own reason only. */
  async function serve(label: string, specs: SyncSpec[]): Promise<TestApp> {
    const app = await createTestApp(dialect, `holes-${label}`, specs);
    apps.push(app);
    return app;
  }

  async function device(
    t: TestApp,
    spec: SyncSpec,
    who: { id: string; roles: string[]; params?: Record<string, string> },
  ) {
    const listening = await listenOnLoopback(t);
    listeners.push(listening);
    const clientId = `${who.id}-${dialect}-${clients.length}`;
    const client = await openRuntimeDevice(
      listening.baseUrl,
      spec,
      { ...who, claims: who.params ?? {} },
      clientId,
    );
    clients.push(client);
    return { client };
  }

  it("hole 1: a grant's field limits hold beside a broader grant of the same role", async () => {
    const t = await serve('grants', [grants]);
    const sync = syncClient(t.app, 'grants');
    const [max, dora, will] = await Promise.all([
      tokenFor('max', ['manager']),
      tokenFor('dora', ['doer']),
      tokenFor('will', ['writer']),
    ]);
    const seeded = await sync.push(max, [
      upsertOp('Item', 'i1', { id: 'i1', title: 'Buy milk', owner: 'max', done: false }),
      upsertOp('Story', 's1', { id: 's1', title: 'Launch', content: 'Draft', owners: ['max'] }),
    ]);
    expect(seeded.map(outcome)).toEqual(['applied', 'applied']);
    const doer = await sync.push(dora, [
      upsertOp('Item', 'i1', { title: 'Mine now' }, 1),
      upsertOp('Item', 'i1', { done: true, owner: 'dora' }, 1),
      upsertOp('Item', 'i1', { done: true }, 1),
    ]);
    expect(doer.map(outcome)).toEqual(['rejected permission title', 'rejected permission owner', 'applied']);
    const writer = await sync.push(will, [
      upsertOp('Story', 's1', { title: 'Renamed' }, 2),
      upsertOp('Story', 's1', { owners: ['max', 'will'] }, 2),
      upsertOp('Story', 's1', { content: 'Final text' }, 2),
    ]);
    expect(writer.map(outcome)).toEqual([
      'rejected permission title',
      'rejected permission owners',
      'applied',
    ]);
    const page = await sync.pull(max);
    const records = Object.fromEntries(
      page.changes.map((c) => [c.key, c.kind === 'upsert' ? c.record : undefined]),
    );
    expect(records.i1).toEqual({ id: 'i1', title: 'Buy milk', owner: 'max', done: true });
    expect(records.s1).toEqual({ id: 's1', title: 'Launch', content: 'Final text', owners: ['max'] });
  });

  it('hole 2: runtime clients create, update, delete and pull records with an integer key', async () => {
    const t = await serve('todos', [todos]);
    const a = await device(t, todos, { id: 'ann', roles: ['doer'] });
    const b = await device(t, todos, { id: 'bea', roles: ['doer'] });
    const table = a.client.table('Todo');
    await table.put({ id: 7, text: 'Seven', rank: 1 });
    await table.put({ id: 8, text: 'Eight' });
    await a.client.syncNow();
    expect(await a.client.rejected.list()).toEqual([]);
    await b.client.syncNow();
    expect(await b.client.table('Todo').get(7)).toEqual({ id: 7, text: 'Seven', rank: 1 });
    await b.client.table('Todo').update(7, { rank: 2 });
    await b.client.table('Todo').delete(8);
    await b.client.syncNow();
    await a.client.syncNow();
    expect(await table.get(7)).toEqual({ id: 7, text: 'Seven', rank: 2 });
    expect(await table.get(8)).toBeUndefined();
    expect(await a.client.deadLetters.list()).toEqual([]);
    expect(await b.client.rejected.list()).toEqual([]);
  });

  it("hole 3: a dispatcher's device creates a read-only site; a technician's device receives it and may not change it", async () => {
    const spec = templateSpec('field-service');
    const t = await serve('sites', [spec]);
    const dina = await device(t, spec, { id: 'dina', roles: ['dispatcher'], params: { region: 'north' } });
    await dina.client.table('Site').put({ id: 's1', name: 'Pump house' });
    await dina.client.table('Job').put(boilerJob());
    await dina.client.syncNow();
    expect(await dina.client.table('Site').get('s1')).toEqual({ id: 's1', name: 'Pump house' });
    const ana = await device(t, spec, { id: 'ana', roles: ['technician'] });
    await ana.client.syncNow();
    expect(await ana.client.table('Site').get('s1')).toEqual({ id: 's1', name: 'Pump house' });
    await expect(ana.client.table('Site').update('s1', { name: 'x' })).rejects.toMatchObject({
      reason: 'read-only',
    });
  });

  it('hole 6: a technician cannot create or move a visit to another technician', async () => {
    const t = await serve('visits', [templateSpec('field-service')]);
    const sync = syncClient(t.app, 'field-service');
    const [dina, ana] = await Promise.all([
      tokenFor('dina', ['dispatcher'], { region: 'north' }),
      tokenFor('ana', ['technician']),
    ]);
    // The job's site need not exist: references are not looked up on write.
    const seeded = await sync.push(dina, [upsertOp('Job', 'j1', boilerJob())]);
    expect(seeded.map(outcome)).toEqual(['applied']);
    const created = await sync.push(ana, [
      upsertOp('Visit', 'v-ben', boilerVisit('ben')),
      upsertOp('Visit', 'v-ana', boilerVisit('ana')),
    ]);
    expect(created.map(outcome)).toEqual(['rejected out-of-scope', 'applied']);
    const version = created[1]?.status === 'applied' ? created[1].version : 0;
    const moved = await sync.push(ana, [upsertOp('Visit', 'v-ana', { technicianId: 'ben' }, version)]);
    expect(moved.map(outcome)).toEqual(['rejected out-of-scope']);
  });

  it("hole 7: server-wins keeps a device's edit of a field the server did not change; by record it drops the stale edit", async () => {
    const t = await serve('rules', [rules]);
    const sync = syncClient(t.app, 'rules');
    const clerk = await tokenFor('cleo', ['clerk']);
    for (const name of ['Place', 'Permit']) {
      const [created] = await sync.push(clerk, [
        upsertOp(name, 'k1', { id: 'k1', name: 'Depot', phone: '111' }, 0, 'office'),
      ]);
      const version = created?.status === 'applied' ? created.version : 0;
      expect(
        (await sync.push(clerk, [upsertOp(name, 'k1', { name: 'Main depot' }, version, 'office')])).map(
          outcome,
        ),
      ).toEqual(['applied']);
      const [stale] = await sync.push(clerk, [
        upsertOp(name, 'k1', { name: 'Phone depot', phone: '222' }, version, 'phone'),
      ]);
      expect(stale).toMatchObject({
        status: 'merged',
        record: { id: 'k1', name: 'Main depot', phone: name === 'Place' ? '222' : '111' },
      });
    }
  });
});
