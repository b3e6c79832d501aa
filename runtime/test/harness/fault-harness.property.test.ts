import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ManualScheduler } from '../../src';
import { type Device, device, InMemorySyncServer, SharedLocks, taskSpec } from '../engine/fixtures';
import { DEVICES, edit, emptyLedger, FAULT_CALLS, FAULTS, type Ledger, type Step, stepArb } from './steps';

/**
 * The fault-injection harness: several devices, each with its own IndexedDB, edit records under a
 * spec with counters, sets, enum precedence and manual rules, while the loopback transport drops
 * requests, loses answers after the server applied them and answers 503/429, devices crash and
 * reopen on the same IndexedDB, and people decide conflicts on devices and in the office. Then the
 * network heals and everything quiesces, and the checks run. Seeds are fixed; a failing seed is
 * shrunk by fast-check to a minimal list of steps, printed with the seed.
 *
 * `SYNCRAFT_HARNESS_RUNS` runs more scenarios (CI runs a bounded count), `SYNCRAFT_HARNESS_SEED`
 * another seed, `SYNCRAFT_HARNESS_PATH` (with the seed) replays the failing case fast-check printed.
 */
const RUNS = Number(process.env.SYNCRAFT_HARNESS_RUNS ?? 12);
const SEED = Number(process.env.SYNCRAFT_HARNESS_SEED ?? 20261205);
/** Replays one failing case: the `path` fast-check printed with its seed. */
const PATH = process.env.SYNCRAFT_HARNESS_PATH;

interface Fleet {
  readonly server: InMemorySyncServer;
  readonly devices: Device[];
  readonly ids: { readonly idb: IDBFactory; readonly time: ManualScheduler; readonly clientId: string }[];
  /** Dead letters parked during the scenario (all must be gone after quiescing). */
  readonly seen: { deadLetters: number };
}

/** The browser's Web Locks, shared by every tab of every device (each device has its own database). */
const locks = new SharedLocks();

/** Opens a tab of device `i` on its database: the first tab syncs, a second one follows. */
function openTab(f: Pick<Fleet, 'server' | 'ids'>, i: number, tabId: string): Promise<Device> {
  const ids = f.ids[i]!;
  return device(f.server, {
    userId: `u${i}`,
    idb: ids.idb,
    time: ids.time,
    extra: {
      clientId: ids.clientId,
      dbName: `harness-${ids.clientId}`,
      tabs: { locks, tabId, channel: (name) => new BroadcastChannel(name) as never },
    },
  });
}

async function open(f: Pick<Fleet, 'server' | 'ids' | 'seen'>, i: number): Promise<Device> {
  const d = await openTab(f, i, 'main');
  d.client.on('dead-letter', () => f.seen.deadLetters++);
  return d;
}

async function fleet(): Promise<Fleet> {
  const server = new InMemorySyncServer({ spec: taskSpec() });
  await server.write('Task', 'c1', { id: 'c1', title: 'counter', hours: 0 });
  await server.write('Task', 's1', { id: 's1', title: 'collection', tags: [] });
  const ids = Array.from({ length: DEVICES }, (_, i) => ({
    idb: new IDBFactory(),
    time: new ManualScheduler(Date.parse('2026-06-01T00:00:00Z') + i * 7),
    clientId: `harness-dev${i}`,
  }));
  const seen = { deadLetters: 0 };
  const devices: Device[] = [];
  for (let i = 0; i < DEVICES; i++) devices.push(await open({ server, ids, seen }, i));
  for (const d of devices) await d.client.syncNow();
  return { server, devices, ids, seen };
}

/** A sync that may fail under an armed fault; the device then hears its network is back. */
async function sync(d: Device): Promise<void> {
  await d.client.syncNow();
  d.client.dispatch('connection-restored');
}

async function step(f: Fleet, s: Step, ledger: Ledger): Promise<void> {
  const d = f.devices[s.on]!;
  switch (s.kind) {
    case 'sync':
      return sync(d);
    case 'tick':
      for (const x of f.devices) x.time.advance(1000);
      return;
    case 'fault':
      ledger.faults[s.fault] = (ledger.faults[s.fault] ?? 0) + 1;
      d.transport.failNext(
        FAULT_CALLS[s.fault] ?? 1,
        FAULTS[s.fault],
        s.fault === 'lose-response' || s.fault === 'outage' ? 'push' : undefined,
      );
      for (let i = 0; i < (FAULT_CALLS[s.fault] ?? 1); i++) await sync(d);
      return;
    case 'tab': {
      // Tab duplication: a second tab writes through the same database while the first syncs.
      ledger.faults.tab = (ledger.faults.tab ?? 0) + 1;
      const tab = await openTab(f, s.on, `tab-${ledger.operations}`);
      try {
        expect(tab.client.tabs.role()).toBe('follower');
        await tab.client.table('Task').increment('c1', 'hours', s.by);
        ledger.counted += s.by;
        const tag = `t${ledger.nextTag++}`;
        await tab.client.table('Task').addToSet('s1', 'tags', tag);
        ledger.collected.add(tag);
        ledger.operations += 2;
        await tab.client.syncNow();
      } finally {
        await tab.client.close();
      }
      return;
    }
    case 'crash':
      ledger.faults.crash = (ledger.faults.crash ?? 0) + 1;
      await d.client.close();
      f.devices[s.on] = await open(f, s.on);
      return;
    case 'decide': {
      const [conflict] = await d.client.conflicts.list();
      if (conflict) await d.client.conflicts.resolve(conflict.id, 'client');
      return;
    }
    case 'office-decides': {
      const [open] = f.server.openConflicts();
      if (open) await f.server.resolveConflict(open.id, { ...open.server }, 'office');
      return;
    }
    default:
      return edit(d, s, ledger);
  }
}

/** Heals the network and lets every device sync until nothing moves (past retry.maxDelay, so parked letters revive). */
async function quiesce(f: Fleet): Promise<void> {
  // Faults armed but not yet met (two outages in a row outlast the rounds below) are dropped.
  for (const d of f.devices) d.transport.heal();
  for (let round = 0; round < 5; round++) {
    for (const d of f.devices) {
      d.time.advance(120_000);
      d.client.dispatch('connection-restored');
      await d.client.syncNow();
    }
  }
}

async function check(f: Fleet, ledger: Ledger): Promise<void> {
  const live = f.server.store.records('Task').filter((r) => !r.deleted);
  const onServer = live.map((r) => r.values);
  const c1 = live.find((r) => r.key === 'c1')?.values;
  // No double application and no lost increment or tag.
  expect(c1?.hours ?? 0).toBe(ledger.counted);
  const s1 = live.find((r) => r.key === 's1')?.values;
  expect(s1?.tags ?? []).toEqual([...ledger.collected].sort());
  const openOnServer = new Set(f.server.openConflicts().map((c) => c.id));
  for (const d of f.devices) {
    const status = d.client.status.get();
    // No outbox entry stuck, no dead letter left (every fault here is transient).
    expect(status.pending).toEqual({ critical: 0, high: 0, normal: 0, low: 0 });
    expect(status.deadLetters).toBe(0);
    // Every device holds exactly the server's records.
    const held = await d.client.table('Task').query();
    expect(sortById(held)).toEqual(sortById(onServer));
    // Every refusal is explained by the rules: a delete wins over a concurrent update.
    for (const r of await d.client.rejected.list()) expect(r.reason).toBe('not-found');
    // One conflict state: what a device lists open is open on the server.
    for (const c of await d.client.conflicts.list()) expect(openOnServer.has(c.id)).toBe(true);
  }
}

const sortById = (rows: readonly Record<string, unknown>[]) =>
  [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

describe('fault-injection harness (seeded)', () => {
  it('loses no acknowledged write, applies counters and sets once, and converges every device to the server', async () => {
    const totals = {
      scenarios: 0,
      steps: 0,
      operations: 0,
      deadLetters: 0,
      faults: {} as Record<string, number>,
    };
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 5, maxLength: 40 }), async (steps) => {
        const f = await fleet();
        const ledger = emptyLedger();
        try {
          for (const s of steps) await step(f, s, ledger);
          await quiesce(f);
          await check(f, ledger);
        } finally {
          for (const d of f.devices) await d.client.close();
        }
        totals.scenarios++;
        totals.steps += steps.length;
        totals.operations += ledger.operations;
        for (const [k, n] of Object.entries(ledger.faults)) totals.faults[k] = (totals.faults[k] ?? 0) + n;
        totals.deadLetters += f.seen.deadLetters;
      }),
      { numRuns: RUNS, seed: SEED, ...(PATH ? { path: PATH, endOnFailure: true } : {}) },
    );
    console.log(JSON.stringify({ harness: 'faults', seed: SEED, ...totals, violations: 0 }));
  }, 600_000);
});
