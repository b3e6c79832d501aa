import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pendingTotal } from '@syncraft/runtime';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDevices, deviceLabel } from '../../src/simulator/devices';
import { Simulation } from '../../src/simulator/engine';
import { runConflictScenario, scenarioBlocker } from '../../src/simulator/scenario';
import { describeEvent } from '../../src/simulator/timeline';

const fieldService = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../templates/field-service.json'), 'utf8'),
) as SyncSpec;

const START = Date.parse('2026-06-01T08:00:00Z');
const open: Simulation[] = [];

async function simulate(spec: SyncSpec = fieldService, factory = new IDBFactory()): Promise<Simulation> {
  const sim = await Simulation.create({
    spec,
    devices: defaultDevices(spec),
    databasePrefix: 'sim-test',
    indexedDB: factory,
    IDBKeyRange,
    startAt: START,
  });
  open.push(sim);
  return sim;
}

const lines = (sim: Simulation) => sim.getSnapshot().timeline.map(describeEvent);

afterEach(async () => {
  for (const sim of open.splice(0)) await sim.dispose();
});

const job = {
  id: 'job-1',
  title: 'Fix valve',
  siteId: 'site-1',
  assigneeId: 'ana',
  region: 'region-1',
  status: 'open',
  scheduledAt: '2026-06-01T09:00:00Z',
  notes: 'Gas smell',
  minutesWorked: 30,
};

describe('simulator engine', { timeout: 20_000 }, () => {
  it('signs in Ana as the first role and Ben as the second', () => {
    expect(defaultDevices(fieldService).map(deviceLabel)).toEqual(['Ana — technician', 'Ben — dispatcher']);
  });

  it('two devices converge on a record edited by one of them', async () => {
    const sim = await simulate();
    await sim.server.write('Site', 'site-1', { id: 'site-1', name: 'Plant' });
    await sim.server.write('Job', 'job-1', job);
    await sim.idle();
    expect(sim.getSnapshot().devices.map((d) => d.records.get('Job')?.length)).toEqual([1, 1]);

    const outcome = await sim.write('ben', {
      kind: 'update',
      entity: 'Job',
      key: 'job-1',
      changes: { title: 'Replace valve' },
    });
    expect(outcome).toEqual({ ok: true });
    await sim.idle();

    const snapshot = sim.getSnapshot();
    for (const device of snapshot.devices) {
      expect(device.records.get('Job')?.[0]?.title).toBe('Replace valve');
      expect(device.status.pending).toEqual({ critical: 0, high: 0, normal: 0, low: 0 });
    }
    expect(snapshot.server.records.get('Job')?.[0]?.title).toBe('Replace valve');
    expect(lines(sim)).toContain('Ben changed Job job-1: title = “Replace valve”');
    expect(lines(sim).some((l) => l.startsWith('Ben synced: pushed 1 change'))).toBe(true);
    expect(lines(sim).some((l) => l.includes('sync-started'))).toBe(false);
  });

  it('an offline device keeps its edit pending and syncs it when back online', async () => {
    const sim = await simulate();
    await sim.server.write('Job', 'job-1', job);
    await sim.idle();
    sim.setOnline('ana', false);
    await sim.write('ana', {
      kind: 'update',
      entity: 'Job',
      key: 'job-1',
      changes: { status: 'in_progress' },
    });
    await sim.idle();
    const ana = sim.getSnapshot().devices[0];
    expect(ana?.status.state).toBe('offline');
    expect(ana && pendingTotal(ana.status)).toBe(1);
    expect(sim.getSnapshot().server.records.get('Job')?.[0]?.status).toBe('open');

    sim.setOnline('ana', true);
    await sim.idle();
    expect(sim.getSnapshot().server.records.get('Job')?.[0]?.status).toBe('in_progress');
    expect(sim.getSnapshot().devices[1]?.records.get('Job')?.[0]?.status).toBe('in_progress');
    expect(lines(sim)).toContain('Ana: online → offline (connection-lost)');
    expect(lines(sim)).toContain('Ana: offline → online (connection-restored)');
  });

  it('on low battery a visit waits on the device and goes out when the battery recovers', async () => {
    const sim = await simulate();
    await sim.server.write('Job', 'job-1', job);
    await sim.idle();
    sim.setBatteryLow('ana', true);
    const visit = { id: 'v-1', jobId: 'job-1', technicianId: 'ana', arrivedAt: '2026-06-01T09:05:00Z' };
    expect(await sim.write('ana', { kind: 'create', entity: 'Visit', values: visit })).toEqual({ ok: true });
    await sim.idle();
    expect(sim.getSnapshot().devices[0]?.status).toMatchObject({ state: 'lowBattery', pending: { high: 1 } });
    expect(sim.getSnapshot().server.records.get('Visit')).toEqual([]);

    sim.setBatteryLow('ana', false);
    await sim.idle();
    expect(
      sim
        .getSnapshot()
        .server.records.get('Visit')
        ?.map((v) => v.id),
    ).toEqual(['v-1']);
    expect(lines(sim)).toEqual(
      expect.arrayContaining([
        'Ana: online → lowBattery (battery-low)',
        'Ana: lowBattery → online (battery-ok)',
      ]),
    );
  });

  it('an enum-precedence conflict keeps the status earlier in the order', async () => {
    const sim = await simulate();
    await sim.server.write('Job', 'job-1', job);
    await sim.idle();
    sim.setOnline('ana', false);
    sim.setOnline('ben', false);
    await sim.write('ana', { kind: 'update', entity: 'Job', key: 'job-1', changes: { status: 'done' } });
    await sim.write('ben', {
      kind: 'update',
      entity: 'Job',
      key: 'job-1',
      changes: { status: 'in_progress' },
    });
    sim.setOnline('ana', true);
    await sim.idle();
    sim.setOnline('ben', true);
    await sim.idle();

    expect(lines(sim)).toContain(
      "Ben's change to Job job-1 was merged — status: “in_progress” → “done” by enum-precedence",
    );
    const snapshot = sim.getSnapshot();
    expect(snapshot.server.records.get('Job')?.[0]?.status).toBe('done');
    expect(snapshot.devices.map((d) => d.records.get('Job')?.[0]?.status)).toEqual(['done', 'done']);
  });

  it('a write the role may not make is refused with the runtime text and shown in the timeline', async () => {
    const sim = await simulate();
    const outcome = await sim.write('ana', { kind: 'create', entity: 'Job', values: job });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toBe('permission');
    expect(outcome.message).toMatch(/technician|create/i);
    const refused = sim.getSnapshot().timeline.find((e) => e.kind === 'write-refused');
    expect(refused && describeEvent(refused)).toBe(
      `Ana could not write Job (permission): ${outcome.message}`,
    );
    expect(sim.getSnapshot().server.records.get('Job')).toEqual([]);
  });

  it('the conflict scenario explains how each field was resolved, and both devices converge', async () => {
    const sim = await simulate();
    const outcome = await runConflictScenario(sim, 'Job');
    expect(outcome.kind).toBe('resolved');
    if (outcome.kind !== 'resolved') return;
    expect(outcome.converged).toBe(true);
    const byField = new Map(outcome.fields.map((f) => [f.field, f]));
    expect(byField.get('status')).toMatchObject({ strategy: 'enum-precedence', result: 'cancelled' });
    expect(byField.get('minutesWorked')).toMatchObject({ strategy: 'counter', base: 30, result: 65 });
    expect(byField.get('partsUsed')?.result).toEqual(['added-by-ana', 'added-by-ben', 'first']);
    expect(byField.get('notes')?.strategy).toBe('manual');
    expect(byField.get('completedAt')?.strategy).toBe('max');
    const text = lines(sim);
    expect(text.some((l) => l.startsWith('Conflict for a person on Job') && l.includes('notes'))).toBe(true);
    expect(text.at(-1)).toMatch(
      /converged\. .*status: Ana “cancelled”, Ben “on_hold” → “cancelled” by enum-precedence \(earlier in the order/,
    );
    expect(text.at(-1)).toContain(
      'minutesWorked: Ana +15, Ben +20 → 65 by counter (both increments add up).',
    );
    expect(sim.getSnapshot().busy).toBe(false);
  });

  it('a person deciding a manual conflict on the device brings every device to the chosen value', async () => {
    const sim = await simulate();
    const outcome = await runConflictScenario(sim, 'Job');
    if (outcome.kind !== 'resolved') throw new Error(outcome.reason);
    const ben = sim.getSnapshot().devices[1];
    const conflict = ben?.conflicts[0];
    expect(conflict?.fields).toEqual(['notes']);
    if (!conflict) return;
    expect(await sim.resolveConflict('ben', conflict.id, 'other')).toEqual({ ok: true });
    await sim.idle();
    const snapshot = sim.getSnapshot();
    expect(snapshot.server.records.get('Job')?.[0]?.notes).toBe('notes by Ana');
    expect(snapshot.devices.map((d) => d.records.get('Job')?.[0]?.notes)).toEqual([
      'notes by Ana',
      'notes by Ana',
    ]);
    expect(snapshot.devices[1]?.conflicts).toEqual([]);
    expect(lines(sim)).toContain(
      `Ben decided the conflict on Job ${outcome.key}: kept the other side’s value (notes = “notes by Ana”)`,
    );
  });

  it('the scenario explains why it cannot run on an entity devices only read', async () => {
    const sim = await simulate();
    expect(scenarioBlocker(sim, 'Site')).toMatch(/read-only on devices/);
    const outcome = await runConflictScenario(sim, 'Site');
    expect(outcome.kind).toBe('not-possible');
    expect(lines(sim).at(-1)).toMatch(/^Scenario not possible: Site is read-only/);
  });

  it('a third device receives only the records in its scope', async () => {
    const sim = await Simulation.create({
      spec: fieldService,
      devices: defaultDevices(fieldService, 3),
      databasePrefix: 'sim-three',
      indexedDB: new IDBFactory(),
      IDBKeyRange,
      startAt: START,
    });
    open.push(sim);
    await sim.server.write('Job', 'job-1', job);
    await sim.idle();
    const jobs = sim.getSnapshot().devices.map((d) => [d.config.name, d.records.get('Job')?.length]);
    // Caro is a technician too, but job-1 is assigned to Ana.
    expect(jobs).toEqual([
      ['Ana', 1],
      ['Ben', 1],
      ['Caro', 0],
    ]);
  });

  it('dispose deletes every device database', async () => {
    const factory = new IDBFactory();
    const sim = await simulate(fieldService, factory);
    open.pop();
    await sim.dispose();
    const names = (await factory.databases()).map((d) => d.name);
    expect(names.filter((n) => n?.startsWith('sim-test'))).toEqual([]);
  });
});

describe('the conflict scenario between two people of one role', () => {
  async function technicians(secondUser: string): Promise<Simulation> {
    const devices = defaultDevices(fieldService).map((d, i) => ({
      ...d,
      roles: ['technician'],
      userId: i === 0 ? 'ana' : secondUser,
    }));
    const sim = await Simulation.create({
      spec: fieldService,
      devices,
      databasePrefix: 'sim-test-one-role',
      indexedDB: new IDBFactory(),
      IDBKeyRange,
      startAt: START,
    });
    open.push(sim);
    return sim;
  }

  it('says exactly what to change when a "mine" scope keeps the record from the second person', async () => {
    const outcome = await runConflictScenario(await technicians('ben'), 'Job');
    expect(outcome.kind).toBe('not-possible');
    expect(outcome.kind === 'not-possible' && outcome.reason).toMatch(
      /sign Ben in as ana \(the same person on a second device\)/,
    );
  });

  it('runs once the second device is the same person', async () => {
    const outcome = await runConflictScenario(await technicians('ana'), 'Job');
    expect(outcome.kind).not.toBe('not-possible');
  });
});

describe('a device on a metered network', () => {
  it("enters the spec's limited state and leaves it when the network is normal again", async () => {
    const sim = await simulate();
    const state = () => sim.getSnapshot().devices[0]?.status.state;
    sim.setMetered('ana', true);
    await sim.idle();
    expect(sim.getSnapshot().devices[0]?.metered).toBe(true);
    expect(state()).toBe('metered');
    // Offline and back: still metered.
    sim.setOnline('ana', false);
    sim.setOnline('ana', true);
    await sim.idle();
    expect(state()).toBe('metered');
    sim.setMetered('ana', false);
    await sim.idle();
    expect(state()).toBe('online');
  });
});
