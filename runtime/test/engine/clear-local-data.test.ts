import { describe, expect, it } from 'vitest';
import { UnsentEditsError } from '../../src';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

async function syncedDevice() {
  const server = new InMemorySyncServer({ spec: taskSpec() });
  await server.write('Task', 't1', { id: 't1', title: 'Server task' });
  const d = await device(server);
  await d.client.syncNow();
  return { server, d };
}

describe('client.clearLocalData', () => {
  // The device is not started: nothing syncs until syncNow, so the edits below stay unsent.
  it('refuses while edits are unsent, names them, and removes nothing', async () => {
    const { d } = await syncedDevice();
    await d.client.table('Task').update('t1', { title: 'Mine' });
    await d.client.table('Log').put({ id: 'l1', text: 'note' });
    const error = await d.client.clearLocalData().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsentEditsError);
    expect(error).toMatchObject({ unsent: 2, byEntity: { Task: 1, Log: 1 } });
    expect((error as Error).message).toMatch(/2 unsent edits .*discardUnsent: true/);
    expect(await d.client.table('Task').get('t1')).toMatchObject({ title: 'Mine' });
    expect(pendingOf(d.client.status.get())).toBe(2);
  });

  it('removes every record, list and cursor once everything is sent; the next sync brings the records back', async () => {
    const { d } = await syncedDevice();
    const report = await d.client.clearLocalData();
    expect(report).toMatchObject({ discarded: [], records: 1, conflicts: 0, rejected: 0 });
    expect(await d.client.table('Task').get('t1')).toBeUndefined();
    await d.client.syncNow();
    expect(await d.client.table('Task').get('t1')).toMatchObject({ title: 'Server task' });
  });

  it('with discardUnsent drops the unsent edits, reports each, and the server never hears of them', async () => {
    const { server, d } = await syncedDevice();
    await d.client.table('Task').update('t1', { title: 'Mine' });
    const report = await d.client.clearLocalData({ discardUnsent: true });
    expect(report.discarded).toEqual([
      expect.objectContaining({ entity: 'Task', key: 't1', changes: { title: 'Mine' } }),
    ]);
    expect(report.records).toBe(1);
    expect(d.client.status.get()).toMatchObject({ deadLetters: 0, conflicts: 0, rejected: 0 });
    expect(pendingOf(d.client.status.get())).toBe(0);
    await d.client.syncNow();
    expect(await server.record('Task', 't1')).toMatchObject({ title: 'Server task' });
  });
});

function pendingOf(status: { pending: Record<string, number> }): number {
  return Object.values(status.pending).reduce((a, b) => a + b, 0);
}
