import { describe, expect, it } from 'vitest';
import { type Device, device, InMemorySyncServer, taskSpec } from './fixtures';

const seed = { id: 't1', title: 'Seed', note: 'base note' };

/**
 * A and B hold the task; A changes the note and syncs, B changes it too and syncs: B's edit meets
 * A's under the manual rule, so B holds an open conflict, and so does the server.
 */
async function conflictOnB(interim: 'server' | 'client' = 'server') {
  const spec = taskSpec({
    mutate: (s) => {
      const note = s.entities[0]!.fields.find((f) => f.name === 'note')!;
      Object.assign(note, { conflict: { strategy: 'manual', interim, prompt: 'Pick a note' } });
    },
  });
  const server = new InMemorySyncServer({ spec });
  await server.write('Task', 't1', seed);
  const a = await device(server);
  const b = await device(server, { userId: 'u2' });
  await a.client.syncNow();
  await b.client.syncNow();
  await a.client.table('Task').update('t1', { note: 'note A' });
  await a.client.syncNow();
  b.time.advance(1000);
  await b.client.table('Task').update('t1', { note: 'note B' });
  await b.client.syncNow();
  const [conflict] = await b.client.conflicts.list();
  if (!conflict) throw new Error('the race made no conflict');
  return { server, a, b, conflict };
}

const note = async (d: Device) => (await d.client.table('Task').get('t1'))?.note;

describe('one conflict state on the device and the server', () => {
  it('a conflict decided on the server leaves the device list and status count once the decision is pulled', async () => {
    const { server, b, conflict } = await conflictOnB();
    const settled: unknown[] = [];
    b.client.on('conflict-settled', (e) => settled.push(e));
    expect(b.client.status.get().conflicts).toBe(1);
    await server.resolveConflict(conflict.id, { note: 'office note' });
    await b.client.syncNow();
    expect(await note(b)).toBe('office note');
    expect(await b.client.conflicts.list()).toEqual([]);
    expect(b.client.status.get().conflicts).toBe(0);
    expect(settled).toEqual([
      expect.objectContaining({ id: conflict.id, outcome: 'decided', resolution: { note: 'office note' } }),
    ]);
  });

  it('a conflict whose record is deleted elsewhere leaves the device list with the delete', async () => {
    const { server, b, conflict } = await conflictOnB();
    const settled: unknown[] = [];
    b.client.on('conflict-settled', (e) => settled.push(e));
    await server.remove('Task', 't1');
    await b.client.syncNow();
    expect(await b.client.table('Task').get('t1')).toBeUndefined();
    expect(await b.client.conflicts.list()).toEqual([]);
    expect(b.client.status.get().conflicts).toBe(0);
    expect(settled).toEqual([{ id: conflict.id, entity: 'Task', key: 't1', outcome: 'record-deleted' }]);
  });

  it("a device's decision settles the conflict on the server through the sync protocol", async () => {
    const { server, a, b, conflict } = await conflictOnB();
    expect(server.openConflicts().map((c) => c.id)).toEqual([conflict.id]);
    await b.client.conflicts.resolve(conflict.id, 'client');
    await b.client.syncNow();
    expect(server.openConflicts()).toEqual([]);
    expect(await server.conflictState(conflict.id)).toMatchObject({
      status: 'resolved',
      resolvedBy: 'u2',
      resolution: { note: 'note B' },
    });
    await a.client.syncNow();
    expect(await note(a)).toBe('note B');
  });

  it("a device deciding after the office is refused and never overwrites the office's decision", async () => {
    const { server, a, b, conflict } = await conflictOnB();
    const rejected: string[] = [];
    b.client.on('operation-rejected', (e) => rejected.push(e.reason));
    await server.resolveConflict(conflict.id, { note: 'office note' });
    // B decides offline, before it has pulled the office's decision.
    await b.client.conflicts.resolve(conflict.id, 'client');
    expect(await note(b)).toBe('note B');
    await b.client.syncNow();
    await a.client.syncNow();
    expect(rejected).toEqual(['conflict-settled']);
    const [refusal] = await b.client.rejected.list();
    expect(refusal?.message).toMatch(/already decided/);
    expect(await server.record('Task', 't1')).toMatchObject({ note: 'office note' });
    expect(await note(a)).toBe('office note');
    expect(await note(b)).toBe('office note');
    expect(b.client.status.get().conflicts).toBe(0);
  });

  it.each(['server', 'client'] as const)(
    'the device shows the same base, server and device versions as the server (interim %s)',
    async (interim) => {
      const { server, b, conflict } = await conflictOnB(interim);
      const kept = server.conflicts().find((c) => c.id === conflict.id)!;
      expect(conflict).toMatchObject({ base: kept.base, server: kept.server, client: kept.client });
      expect(conflict).toMatchObject({
        base: { note: 'base note' },
        server: { note: 'note A' },
        client: { note: 'note B' },
      });
      // Keeping the other side's version writes the other device's edit, never the stale base.
      await b.client.conflicts.resolve(conflict.id, 'server');
      await b.client.syncNow();
      expect(await server.record('Task', 't1')).toMatchObject({ note: 'note A' });
      expect(server.openConflicts()).toEqual([]);
    },
  );
});
