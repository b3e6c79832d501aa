import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { FieldDecision } from '../../src/protocol';
import type { SyncSpec } from '../../src/spec';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

describe('partial answers are reported', () => {
  it('fields lost to other rules are reported alongside a manual conflict of the same operation', async () => {
    const server = new InMemorySyncServer({ spec: taskSpec() });
    await server.write('Task', 't1', { id: 't1', title: 'T', label: 'base', note: 'base' });
    const a = await device(server);
    const b = await device(server, { userId: 'u2' });
    await a.client.syncNow();
    await b.client.syncNow();
    await a.client.table('Task').update('t1', { label: 'from A', note: 'note A' });
    await a.client.syncNow();
    b.time.advance(1000);
    const merged: (readonly FieldDecision[])[] = [];
    b.client.on('operation-merged', (e) => merged.push(e.decisions));
    await b.client.table('Task').update('t1', { label: 'from B', note: 'note B' });
    await b.client.syncNow();
    expect(await b.client.conflicts.list()).toHaveLength(1);
    const lost = [expect.objectContaining({ field: 'label', strategy: 'server-wins', kept: 'from A' })];
    expect(merged).toEqual([lost]);
    expect(b.client.notices.list()).toEqual([expect.objectContaining({ decisions: lost })]);
  });

  it('a queued edit of a field the new spec removed applies the rest, with a notice naming the field', async () => {
    const v1 = taskSpec();
    const v2 = taskSpec({
      version: '2.0.0',
      mutate: (s: SyncSpec) => {
        s.entities[0]!.fields = s.entities[0]!.fields.filter((f) => f.name !== 'due');
      },
    });
    const server = new InMemorySyncServer({ spec: v1 });
    await server.write('Task', 't1', { id: 't1', title: 'T' });
    const idb = new IDBFactory();
    const old = await device(server, { idb, spec: v1 });
    await old.client.syncNow();
    await old.client.table('Task').update('t1', { title: 'Renamed', due: '2026-07-01T10:00:00Z' });
    await old.client.close();
    server.publish(v2);
    const upgraded = await device(server, { idb, spec: v2, time: old.time });
    expect(upgraded.client.notices.list()).toEqual([
      expect.objectContaining({
        operation: expect.objectContaining({ key: 't1', changes: { title: 'Renamed' } }),
        decisions: [{ field: 'due', strategy: 'field-removed', client: '2026-07-01T10:00:00Z', kept: null }],
      }),
    ]);
    await upgraded.client.syncNow();
    expect(await upgraded.client.rejected.list()).toEqual([]);
    expect(await server.record('Task', 't1')).toMatchObject({ title: 'Renamed' });
  });
});
