// The runtime's own client and HTTP transport against a real server on loopback: for every
// template, two devices (fake IndexedDB) write, sync and end with the same record.
import 'fake-indexeddb/auto';
import type { SyncClient } from '@syncraft/runtime';
import type { RecordValues } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { listenOnLoopback, openRuntimeDevice } from '../helpers/runtime-device';

interface Person {
  readonly id: string;
  readonly roles: string[];
  /** Token claims, and the spec parameters they stand for. */
  readonly claims: Record<string, string | string[]>;
  readonly params: Record<string, string | string[]>;
}

/** Per template: who the two devices are, what A creates, and what each then edits at once. */
interface Scenario {
  readonly template: string;
  readonly entity: string;
  readonly a: Person;
  readonly b: Person;
  readonly record: RecordValues;
  readonly editA: RecordValues;
  readonly editB: RecordValues;
}

const now = () => new Date().toISOString();
const person = (
  id: string,
  roles: string[],
  params: Record<string, string | string[]> = {},
  claimNames: Record<string, string> = {},
): Person => ({
  id,
  roles,
  params,
  claims: Object.fromEntries(Object.entries(params).map(([k, v]) => [claimNames[k] ?? k, v])),
});

const scenarios: Scenario[] = [
  {
    template: 'field-service',
    entity: 'Job',
    a: person('dora', ['dispatcher'], { region: 'north' }),
    b: person('dan', ['dispatcher'], { region: 'north' }),
    record: {
      id: 'job-1',
      title: 'Pump',
      siteId: 's1',
      assigneeId: 'ana',
      region: 'north',
      status: 'open',
      scheduledAt: now(),
    },
    editA: { title: 'Pump, urgent' },
    editB: { status: 'in_progress' },
  },
  {
    template: 'disaster-response',
    entity: 'Incident',
    a: person('cora', ['coordinator'], { zone: 'z1', teamId: 't1' }),
    b: person('cole', ['coordinator'], { zone: 'z1', teamId: 't2' }),
    record: {
      id: 'inc-1',
      kind: 'flood',
      severity: 'urgent',
      status: 'reported',
      zone: 'z1',
      latitude: 1.5,
      longitude: 2.5,
      reportedAt: now(),
    },
    editA: { severity: 'life_threatening' },
    editB: { status: 'responding' },
  },
  {
    template: 'inspections',
    entity: 'Finding',
    a: person('ines', ['inspector'], { siteIds: ['s1'], certifiedLevel: '2' }, { siteIds: 'sites' }),
    b: person('ivan', ['inspector'], { siteIds: ['s1'], certifiedLevel: '2' }, { siteIds: 'sites' }),
    record: { id: 'f-1', inspectionId: 'i-1', severity: 'minor', summary: 'Loose rail' },
    editA: { severity: 'major' },
    editB: { details: 'Bolt missing at the top.' },
  },
  {
    template: 'inventory-counts',
    entity: 'CountLine',
    a: person('stan', ['stockTaker'], { warehouseIds: ['w1'] }, { warehouseIds: 'warehouses' }),
    b: person('sue', ['supervisor'], { warehouseIds: ['w1'] }, { warehouseIds: 'warehouses' }),
    record: {
      id: 'cl-1',
      sessionId: 'cs-1',
      locationId: 'l-1',
      productSku: 'p-1',
      countedQuantity: 12,
      countedBy: 'stan',
      countedAt: now(),
    },
    editA: { countedQuantity: 13 },
    editB: { recounts: 1 },
  },
  {
    template: 'shared-checklists',
    entity: 'ChecklistItem',
    a: person('eve', ['editor']),
    b: person('eli', ['editor']),
    record: { id: 'ci-1', noteId: 'n-1', text: 'Buy rope', state: 'open', position: 1 },
    editA: { text: 'Buy 20 m of rope' },
    editB: { state: 'done' },
  },
];

describe.each(DIALECTS)('runtime clients over HTTP converge on %s', (dialect) => {
  let t: TestApp;
  let loopback: Awaited<ReturnType<typeof listenOnLoopback>>;
  const clients: SyncClient[] = [];

  beforeAll(async () => {
    t = await createTestApp(
      dialect,
      'converge',
      scenarios.map((s) => templateSpec(s.template)),
    );
    loopback = await listenOnLoopback(t);
  });
  afterAll(async () => {
    for (const client of clients) await client.close();
    await loopback.close();
    await t.dispose();
  });

  async function open(spec: SyncSpec, who: Person, clientId: string): Promise<SyncClient> {
    const client = await openRuntimeDevice(
      loopback.baseUrl,
      spec,
      { ...who, claims: who.claims as Record<string, string> },
      clientId,
      `${clientId}-${dialect}`,
    );
    clients.push(client);
    return client;
  }

  it.each(scenarios)('two devices of $template end with the same $entity', async (s) => {
    const spec = templateSpec(s.template);
    const a = await open(spec, s.a, `${s.template}-a`);
    const b = await open(spec, s.b, `${s.template}-b`);
    const key = String(s.record.id);

    await a.table(s.entity).put(s.record);
    await a.syncNow();
    await b.syncNow();
    expect(await b.table(s.entity).get(key)).toMatchObject(s.record);

    // Concurrent edits of different fields: field-merge keeps both.
    await a.table(s.entity).update(key, s.editA);
    await b.table(s.entity).update(key, s.editB);
    await a.syncNow();
    await b.syncNow();
    await a.syncNow();
    const onA = await a.table(s.entity).get(key);
    const onB = await b.table(s.entity).get(key);
    expect(onA).toEqual(onB);
    expect(onA).toMatchObject({ ...s.editA, ...s.editB });
  });
});
