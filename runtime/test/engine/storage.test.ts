import { Dexie } from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { QueryError, SpecUpgradeError } from '../../src';
import { isSealed } from '../../src/crypto';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

describe('spec upgrades of the local database', () => {
  it('a newer spec adds tables and indexes through a Dexie version bump and keeps the outbox', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const v1 = await device(server);
    await v1.client.table('Task').put({ id: 't1', title: 'queued before the upgrade', owner: 'ann' });
    await v1.client.close();
    const next = taskSpec({
      version: '1.1.0',
      mutate: (s) => {
        s.entities[0]!.indexes!.push({ fields: ['title'] });
        s.entities.push({
          name: 'Note',
          key: 'id',
          fields: [
            { name: 'id', type: 'string', required: true },
            { name: 'body', type: 'text' },
          ],
          offline: { availability: 'read-write' },
          sync: { priority: 'normal', direction: 'both' },
          conflict: { strategy: 'last-writer-wins' },
        });
        s.roles[0]!.permissions.push({ entity: 'Note', actions: ['read', 'create', 'update'] });
      },
    });
    server.publish(next);
    const v2 = await device(server, { idb: v1.idb, spec: next });
    expect(v2.client.database).toMatchObject({ kind: 'upgraded', fromAppVersion: '1.0.0' });
    expect(v2.client.storage.verno).toBeGreaterThan(1);
    expect(v2.client.status.get().pending.critical).toBe(1);
    expect(
      await v2.client.table('Task').query({ where: { title: 'queued before the upgrade' } }),
    ).toHaveLength(1);
    await v2.client.table('Note').put({ id: 'n1', body: 'new table' });
    await v2.client.syncNow();
    expect(await server.record('Task', 't1')).toMatchObject({ owner: 'ann' });
    expect(await server.record('Note', 'n1')).toMatchObject({ body: 'new table' });
    await v2.client.close();
    const same = await device(server, { idb: v1.idb, spec: next });
    expect(same.client.database.kind).toBe('unchanged');
  });

  it('a database whose outbox has the earlier [entity+seq] index opens, drops it and sends what it queued', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const v1 = await device(server);
    await v1.client.table('Task').put({ id: 't1', title: 'queued with the old outbox' });
    await v1.client.table('Log').put({ id: 'l1', text: 'second entity' });
    const verno = v1.client.storage.verno;
    await v1.client.close();
    // Re-create the layout of earlier releases: the outbox carried an [entity+seq] index.
    const old = new Dexie('test', { indexedDB: v1.idb, IDBKeyRange });
    old.version(verno + 1).stores({ _outbox: '++seq, &id, [entity+key], [entity+seq]' });
    await old.open();
    expect(old.table('_outbox').schema.indexes.map((i) => i.name)).toContain('[entity+seq]');
    old.close();
    const v2 = await device(server, { idb: v1.idb });
    expect(v2.client.storage.table('_outbox').schema.indexes.map((i) => i.name)).not.toContain(
      '[entity+seq]',
    );
    expect(v2.client.status.get().pending.critical).toBe(1);
    expect(await v2.client.syncNow()).toMatchObject({ kind: 'synced', pushed: 2 });
    expect(await server.record('Task', 't1')).toMatchObject({ title: 'queued with the old outbox' });
    expect(await server.record('Log', 'l1')).toMatchObject({ text: 'second entity' });
    await v2.client.close();
  });

  it('refuses an upgrade the local data cannot follow, naming each change and why', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const v1 = await device(server);
    await v1.client.table('Task').put({ id: 't1', title: 'x' });
    await v1.client.close();
    const broken = taskSpec({
      version: '2.0.0',
      mutate: (s) => {
        const task = s.entities[0]!;
        task.fields = task.fields.map((f) => (f.name === 'title' ? { name: 'title', type: 'integer' } : f));
        s.entities[2]!.key = 'name';
      },
    });
    const error = await device(server, { idb: v1.idb, spec: broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecUpgradeError);
    const changes = (error as SpecUpgradeError).changes;
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entity: 'Task',
          field: 'title',
          change: 'type changed from string to integer',
        }),
        expect.objectContaining({ entity: 'Ref', change: 'key changed from "id" to "name"' }),
      ]),
    );
    expect((error as Error).message).toContain('1.0.0 to 2.0.0');
    const withoutTasks = taskSpec({
      version: '3.0.0',
      mutate: (s) => {
        s.entities.shift();
        s.roles = s.roles.map((r) => ({
          ...r,
          permissions: r.permissions.filter((p) => p.entity !== 'Task'),
        }));
      },
    });
    await expect(device(server, { idb: v1.idb, spec: withoutTasks })).rejects.toMatchObject({
      changes: [expect.objectContaining({ entity: 'Task', change: 'entity removed (or made online-only)' })],
    });
    // Nothing was touched: the old spec still opens with its queue.
    const back = await device(server, { idb: v1.idb });
    expect(back.client.status.get().pending.critical).toBe(1);
  });
});

describe('encryption at rest', () => {
  it('stores encrypted fields as AES-GCM ciphertext with a fresh IV, and reads them back', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    await client.table('Secret').put({ id: 's1', pin: '1234', label: 'door' });
    await client.table('Secret').put({ id: 's2', pin: '1234', label: 'gate' });
    const raw = await client.storage.table('Secret').get('s1');
    expect(raw.label).toBe('door');
    expect(isSealed(raw.pin)).toBe(true);
    expect(new TextDecoder().decode(raw.pin.data)).not.toContain('1234');
    const other = await client.storage.table('Secret').get('s2');
    expect(Buffer.from(other.pin.iv).equals(Buffer.from(raw.pin.iv))).toBe(false);
    const queued = await client.storage.table('_outbox').toArray();
    expect(queued.every((e) => isSealed(e.changes.pin))).toBe(true);
    expect(await client.table('Secret').get('s1')).toEqual({ id: 's1', pin: '1234', label: 'door' });
    await client.syncNow();
    expect(await server.record('Secret', 's1')).toMatchObject({ pin: '1234' });
    const pulled = await client.storage.table('Secret').get('s1');
    expect(isSealed(pulled.pin)).toBe(true);
    // The saved server copy kept under a pending edit is sealed too.
    await client.table('Secret').update('s1', { label: 'edited' });
    const pending = await client.storage.table('Secret').get('s1');
    expect(isSealed(pending._s.pin)).toBe(true);
    expect(isSealed(pending.pin)).toBe(true);
    const metaRows = JSON.stringify(await client.storage.table('_meta').toArray());
    expect(metaRows).not.toMatch(/CryptoKey|"k":/);
  });

  it('refuses queries and indexes on encrypted fields, and a spec without a key', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    await expect(client.table('Secret').query({ where: { pin: '1234' } })).rejects.toBeInstanceOf(QueryError);
    await expect(client.table('Secret').query({ where: { pin: '1234' } })).rejects.toThrow(/encrypted/);
    const indexed = taskSpec({ mutate: (s) => s.entities[3]!.indexes!.push({ fields: ['pin'] }) });
    await expect(device(server, { spec: indexed })).rejects.toThrow(/indexes\/1 covers pin/);
    await expect(device(server, { extra: { encryptionKey: undefined as never } })).rejects.toThrow(
      /no encryptionKey/,
    );
  });
});

describe('queries', () => {
  it('answers equality and range queries from the spec indexes and refuses the rest', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const tasks = client.table('Task');
    await tasks.put({ id: 'a', title: 'A', owner: 'ann', due: '2026-01-01T00:00:00Z', status: 'doing' });
    await tasks.put({ id: 'b', title: 'B', owner: 'ann', due: '2026-02-01T00:00:00Z' });
    await tasks.put({ id: 'c', title: 'C', owner: 'bob', due: '2026-01-15T00:00:00Z' });
    expect((await tasks.query({ where: { status: 'open' } })).map((t) => t.id)).toEqual(['b', 'c']);
    expect((await tasks.query({ where: { owner: 'ann' } })).map((t) => t.id)).toEqual(['a', 'b']);
    const jan = await tasks.query({ where: { owner: 'ann', due: { lt: '2026-01-31' } } });
    expect(jan.map((t) => t.id)).toEqual(['a']);
    expect((await tasks.query({ orderBy: 'title', reverse: true, limit: 2 })).map((t) => t.id)).toEqual([
      'c',
      'b',
    ]);
    await expect(tasks.query({ where: { title: 'A' } })).rejects.toThrow(
      /no index for \[title\].*\/entities\/0\/indexes/,
    );
    await expect(tasks.query({ where: { due: { gt: 'x' } } })).rejects.toBeInstanceOf(QueryError);
    await tasks.delete('c');
    expect((await tasks.query({ where: { owner: 'bob' } })).map((t) => t.id)).toEqual([]);
  });

  it('live queries call back with current results and after each change', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    const { client } = await device(server);
    const tasks = client.table('Task');
    const seen: string[][] = [];
    let wake: () => void = () => undefined;
    const next = () => new Promise<void>((resolve) => (wake = resolve));
    let arrived = next();
    const stop = tasks.live({ where: { status: 'open' } }, (rows) => {
      seen.push(rows.map((r) => r.id as string));
      wake();
    });
    await arrived;
    arrived = next();
    await tasks.put({ id: 't1', title: 'one' });
    await arrived;
    arrived = next();
    await tasks.update('t1', { status: 'done' });
    await arrived;
    stop();
    expect(seen).toEqual([[], ['t1'], []]);
  });
});

describe('retention', () => {
  it('purges synced records past retention and beyond maxRecords, never pending ones', async () => {
    const spec = taskSpec({
      mutate: (s) => {
        s.entities[0]!.offline.maxRecords = 2;
      },
    });
    const server = new InMemorySyncServer({ spec });
    for (const id of ['t1', 't2', 't3']) await server.write('Task', id, { id, title: id });
    const { client, time } = await device(server);
    await client.syncNow();
    // Three synced, two allowed: the oldest synced one goes.
    expect((await client.table('Task').query()).length).toBe(2);
    time.advance(6 * 86_400_000);
    await server.write('Task', 't4', { id: 't4', title: 't4' });
    await client.syncNow();
    const kept = (await client.table('Task').query()).map((t) => t.id as string);
    expect(kept).toContain('t4');
    expect(kept).toHaveLength(2);
    const older = kept.find((id) => id !== 't4')!;
    await client.table('Task').update(older, { title: 'pending edit' });
    client.dispatch('user-action', 'save');
    time.advance(2 * 86_400_000);
    await client.syncNow();
    // Past 7 days since its last sync, but it holds a pending edit: kept. t4 (6 days old... 2 days) stays.
    expect(await client.table('Task').get(older)).toMatchObject({ title: 'pending edit' });
    time.advance(6 * 86_400_000);
    await client.syncNow();
    expect(await client.table('Task').get('t4')).toBeUndefined();
    expect(await client.table('Task').get(older)).toBeDefined();
  });
});
