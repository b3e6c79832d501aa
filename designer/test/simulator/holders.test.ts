import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDevices } from '../../src/simulator/devices';
import { Simulation } from '../../src/simulator/engine';
import { changeHolder, holderFields, membershipHops } from '../../src/simulator/holders';
import { describeEvent } from '../../src/simulator/timeline';

const template = (name: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../templates', `${name}.json`), 'utf8'),
  ) as SyncSpec;
const sharedLists = template('shared-lists');

const open: Simulation[] = [];
afterEach(async () => {
  for (const sim of open.splice(0)) await sim.dispose();
});

async function simulate(spec: SyncSpec, devices = defaultDevices(spec)): Promise<Simulation> {
  const sim = await Simulation.create({
    spec,
    devices,
    databasePrefix: 'holders-test',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    startAt: Date.parse('2026-06-01T08:00:00Z'),
  });
  open.push(sim);
  return sim;
}

const addMembership = (sim: Simulation, device: string) =>
  changeHolder(sim, {
    kind: 'add-membership',
    entity: 'ListMember',
    field: 'listId',
    grants: 'list-1',
    device,
  });

const holdingLines = (sim: Simulation, from: number) =>
  sim
    .getSnapshot()
    .timeline.slice(from)
    .filter((e) => e.kind === 'holdings' || e.kind === 'step')
    .map(describeEvent);

describe('changing who holds a record in the simulator', { timeout: 60_000 }, () => {
  it('finds the fields and memberships that decide who holds records', () => {
    const member = sharedLists.entities.find((e) => e.name === 'ListMember');
    const list = sharedLists.entities.find((e) => e.name === 'List');
    expect(member && holderFields(sharedLists, member)).toEqual(['listId', 'userId']);
    expect(list && holderFields(sharedLists, list)).toEqual(['ownerId']);
    expect(membershipHops(sharedLists).map((h) => `${h.membership}.${h.field} → ${h.parent}`)).toEqual([
      'ListMember.listId → List',
    ]);
  });

  it('a membership added and moved to another user takes the list and its todos from one device to the other', async () => {
    const sim = await simulate(sharedLists);
    await sim.server.write('List', 'list-1', { id: 'list-1', name: 'Groceries', ownerId: 'carol' });
    await sim.server.write('Todo', 'todo-1', { id: 'todo-1', listId: 'list-1', title: 'Milk', done: false });
    await sim.idle();

    let mark = sim.getSnapshot().timeline.length;
    await addMembership(sim, 'ana');
    const added = holdingLines(sim, mark);
    expect(added[0]).toMatch(
      /^On the server, ListMember listmember-ana-\w+ now gives ana access to List list-1\.$/,
    );
    expect(added[1]).toMatch(
      /^Ana received List list-1, ListMember listmember-ana-\w+, Todo todo-1 at this sync\.$/,
    );
    expect(added[2]).toBe('Ben: nothing arrived or left at this sync.');

    const membership = sim.getSnapshot().server.records.get('ListMember')?.[0];
    const key = String(membership?.id);
    mark = sim.getSnapshot().timeline.length;
    await changeHolder(sim, { kind: 'reassign', entity: 'ListMember', key, field: 'userId', value: 'ben' });
    const moved = holdingLines(sim, mark);
    expect(moved).toEqual([
      `On the server, ListMember ${key} now has userId = “ben”.`,
      `Ana no longer holds List list-1, ListMember ${key}, Todo todo-1 (removed from the device) at this sync.`,
      `Ben received List list-1, ListMember ${key}, Todo todo-1 at this sync.`,
    ]);
    const anaTodos = sim.getSnapshot().devices[0]?.records.get('Todo') ?? [];
    const benTodos = sim.getSnapshot().devices[1]?.records.get('Todo') ?? [];
    expect([anaTodos.length, benTodos.length]).toEqual([0, 1]);
  });

  it('an offline device is told it gets the change at its next sync', async () => {
    const sim = await simulate(sharedLists);
    await sim.server.write('List', 'list-1', { id: 'list-1', name: 'Groceries', ownerId: 'carol' });
    sim.setOnline('ben', false);
    await sim.idle();
    const mark = sim.getSnapshot().timeline.length;
    await addMembership(sim, 'ben');
    expect(holdingLines(sim, mark).at(-1)).toBe(
      'Ben is offline: the change reaches this device at its next sync.',
    );
  });

  it('a job reassigned to another technician takes its site and visits from one device to the other', async () => {
    const fieldService = template('field-service');
    const devices = defaultDevices(fieldService).map((d) => ({ ...d, roles: ['technician'] }));
    const sim = await simulate(fieldService, devices);
    const now = new Date(sim.clock.now()).toISOString();
    await sim.server.write('Site', 'site-1', { id: 'site-1', name: 'Depot' });
    await sim.server.write('Job', 'job-1', {
      id: 'job-1',
      title: 'Boiler',
      siteId: 'site-1',
      assigneeId: 'ana',
      region: 'region-1',
      status: 'open',
      scheduledAt: now,
    });
    await sim.server.write('Visit', 'visit-1', {
      id: 'visit-1',
      jobId: 'job-1',
      technicianId: 'ana',
      arrivedAt: now,
    });
    await sim.idle();
    expect(sim.getSnapshot().devices[0]?.records.get('Visit')?.length).toBe(1);

    const job = fieldService.entities.find((e) => e.name === 'Job');
    expect(job && holderFields(fieldService, job)).toEqual(['siteId', 'assigneeId', 'region']);
    const mark = sim.getSnapshot().timeline.length;
    await changeHolder(sim, {
      kind: 'reassign',
      entity: 'Job',
      key: 'job-1',
      field: 'assigneeId',
      value: 'ben',
    });
    expect(holdingLines(sim, mark)).toEqual([
      'On the server, Job job-1 now has assigneeId = “ben”.',
      'Ana no longer holds Site site-1, Job job-1, Visit visit-1 (removed from the device) at this sync.',
      'Ben received Site site-1, Job job-1, Visit visit-1 at this sync.',
    ]);
  });
});
