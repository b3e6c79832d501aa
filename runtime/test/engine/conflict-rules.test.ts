import { describe, expect, it } from 'vitest';
import type { RecordValues } from '../../src/protocol';
import { type Device, device, InMemorySyncServer, taskSpec } from './fixtures';

const seed = {
  id: 't1',
  title: 'Seed',
  status: 'open',
  hours: 0,
  tags: ['z'],
  note: 'base note',
  peak: 1,
  low: 10,
  label: 'base',
  mine: 'base',
};

/** Two devices that both hold the seeded task, then edit it while the other is unaware. */
async function twoDevices() {
  const server = new InMemorySyncServer({ spec: taskSpec() });
  await server.write('Task', 't1', seed);
  const a = await device(server);
  const b = await device(server, { userId: 'u2' });
  await a.client.syncNow();
  await b.client.syncNow();
  return { server, a, b };
}

/** A edits, then B edits one second later; A syncs first, then B, then A again to converge. */
async function race(
  a: Device,
  b: Device,
  edit: (d: Device) => Promise<unknown>,
  other: (d: Device) => Promise<unknown>,
) {
  await edit(a);
  b.time.advance(1000);
  await other(b);
  await a.client.syncNow();
  await b.client.syncNow();
  await a.client.syncNow();
  const onA = await a.client.table('Task').get('t1');
  const onB = await b.client.table('Task').get('t1');
  return { onA, onB };
}

const update = (changes: RecordValues) => (d: Device) => d.client.table('Task').update('t1', changes);

describe('every conflict rule, end to end through two devices and the in-memory server', () => {
  it('last-writer-wins (field-merge default): the later edit wins on both devices', async () => {
    const { a, b, server } = await twoDevices();
    const { onA, onB } = await race(a, b, update({ title: 'From A' }), update({ title: 'From B' }));
    expect(onA?.title).toBe('From B');
    expect(onB).toEqual(onA);
    expect(await server.record('Task', 't1')).toMatchObject({ title: 'From B' });
  });

  it('field-merge keeps edits of different fields from both devices', async () => {
    const { a, b } = await twoDevices();
    const { onA, onB } = await race(a, b, update({ title: 'Retitled' }), update({ owner: 'sam' }));
    expect(onA).toMatchObject({ title: 'Retitled', owner: 'sam' });
    expect(onB).toEqual(onA);
  });

  it('server-wins keeps the value the server got first and tells the later device', async () => {
    const { a, b } = await twoDevices();
    const merged: unknown[] = [];
    b.client.on('operation-merged', (e) => merged.push(e.decisions));
    const { onA, onB } = await race(a, b, update({ label: 'first' }), update({ label: 'second' }));
    expect(onA?.label).toBe('first');
    expect(onB?.label).toBe('first');
    expect(merged).toEqual([
      [expect.objectContaining({ field: 'label', strategy: 'server-wins', kept: 'first' })],
    ]);
    expect(b.client.notices.list()).toHaveLength(1);
  });

  it('client-wins lets the device that pushes last decide', async () => {
    const { a, b } = await twoDevices();
    const { onA, onB } = await race(a, b, update({ mine: 'from A' }), update({ mine: 'from B' }));
    expect(onA?.mine).toBe('from B');
    expect(onB?.mine).toBe('from B');
  });

  it('counter adds up increments made on both devices', async () => {
    const { a, b } = await twoDevices();
    const inc = (n: number) => (d: Device) => d.client.table('Task').increment('t1', 'hours', n);
    const { onA, onB } = await race(a, b, inc(2), inc(3));
    expect(onA?.hours).toBe(5);
    expect(onB?.hours).toBe(5);
  });

  it('set-union keeps additions from both devices and applies a removal of a base element', async () => {
    const { a, b } = await twoDevices();
    const { onA, onB } = await race(
      a,
      b,
      (d) => d.client.table('Task').addToSet('t1', 'tags', 'x'),
      async (d) => {
        await d.client.table('Task').addToSet('t1', 'tags', 'y');
        await d.client.table('Task').removeFromSet('t1', 'tags', 'z');
      },
    );
    expect(onA?.tags).toEqual(['x', 'y']);
    expect(onB?.tags).toEqual(['x', 'y']);
  });

  it('max keeps the larger and min the smaller of concurrent values', async () => {
    const { a, b } = await twoDevices();
    const { onA, onB } = await race(a, b, update({ peak: 5, low: 5 }), update({ peak: 3, low: 3 }));
    expect(onA).toMatchObject({ peak: 5, low: 3 });
    expect(onB).toEqual(onA);
  });

  it('enum-precedence never lets a stale device move a task back from done', async () => {
    const { a, b } = await twoDevices();
    const { onA, onB } = await race(a, b, update({ status: 'done' }), update({ status: 'doing' }));
    expect(onA?.status).toBe('done');
    expect(onB?.status).toBe('done');
  });

  it('manual keeps both versions for a person, shows the interim, and the resolution converges', async () => {
    const { a, b } = await twoDevices();
    const seen: string[] = [];
    b.client.on('conflict', (e) => seen.push(e.conflict.id));
    const { onA, onB } = await race(a, b, update({ note: 'note A' }), update({ note: 'note B' }));
    expect(onA?.note).toBe('note A');
    expect(onB?.note).toBe('note A');
    const [conflict, ...more] = await b.client.conflicts.list();
    expect(more).toEqual([]);
    expect(seen).toEqual([conflict?.id]);
    expect(conflict).toMatchObject({
      entity: 'Task',
      key: 't1',
      fields: ['note'],
      base: { note: 'base note' },
      server: { note: 'note A' },
      client: { note: 'note B' },
      interim: { note: 'note A' },
      prompt: 'Pick a note',
    });
    expect(b.client.status.get().conflicts).toBe(1);
    await b.client.conflicts.resolve(conflict!.id, 'client');
    expect(b.client.status.get().conflicts).toBe(0);
    await b.client.syncNow();
    await a.client.syncNow();
    expect(await a.client.table('Task').get('t1')).toMatchObject({ note: 'note B' });
    expect(await b.client.conflicts.list()).toEqual([]);
  });

  it('entity-level last-writer-wins decides whole records by timestamp', async () => {
    const { a, b } = await twoDevices();
    await a.client.table('Secret').put({ id: 's1', label: 'A', pin: '1111' });
    await a.client.syncNow();
    await b.client.syncNow();
    await a.client.table('Secret').update('s1', { label: 'A2' });
    b.time.advance(5000);
    await b.client.table('Secret').update('s1', { label: 'B2', pin: '2222' });
    await b.client.syncNow();
    await a.client.syncNow();
    await b.client.syncNow();
    expect(await a.client.table('Secret').get('s1')).toEqual({ id: 's1', label: 'B2', pin: '2222' });
    expect(await b.client.table('Secret').get('s1')).toEqual({ id: 's1', label: 'B2', pin: '2222' });
  });

  it('a delete wins over a concurrent update: the update is rejected and listed, the record goes', async () => {
    const { a, b } = await twoDevices();
    const rejected: string[] = [];
    b.client.on('operation-rejected', (e) => rejected.push(e.reason));
    const { onA, onB } = await race(
      a,
      b,
      (d) => d.client.table('Task').delete('t1'),
      update({ title: 'late' }),
    );
    expect(onA).toBeUndefined();
    expect(onB).toBeUndefined();
    expect(rejected).toEqual(['not-found']);
    const [lost] = await b.client.rejected.list();
    expect(lost).toMatchObject({
      reason: 'not-found',
      operation: { entity: 'Task', key: 't1', changes: { title: 'late' } },
    });
    expect(b.client.status.get().rejected).toBe(1);
  });
});
