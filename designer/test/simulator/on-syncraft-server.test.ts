import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRegistryClient, type RegistryClient } from '@syncraft/runtime/registry';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { signDevToken } from '@syncraft/server';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startSyncraftServer } from '../../e2e/harness/syncraft-server';
import { defaultDevices } from '../../src/simulator/devices';
import { Simulation } from '../../src/simulator/engine';
import { changeHolder } from '../../src/simulator/holders';
import { runConflictScenario } from '../../src/simulator/scenario';
import { inBrowserServer } from '../../src/simulator/server/in-browser';
import { onSyncraftServer, SandboxRefused } from '../../src/simulator/server/on-syncraft-server';
import type { ServerFactory } from '../../src/simulator/server/server-side';

const fieldService = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../templates/field-service.json'), 'utf8'),
) as SyncSpec;

// The server keeps real time (scopes such as "scheduled within 14 days" are checked against it):
// the simulation clock starts now, as in the designer.
const START = Date.now();
let server: RunningServer;
let builder: RegistryClient;

beforeAll(async () => {
  server = await startSyncraftServer();
  const token = await signDevToken(server.secret, { sub: 'dev-builder', roles: ['builder'] });
  builder = createRegistryClient({ baseUrl: `${server.url}/api`, token: () => token });
});

afterAll(async () => {
  await server?.close();
});

function simulate(factory: ServerFactory, prefix: string): Promise<Simulation> {
  return Simulation.create({
    spec: fieldService,
    devices: defaultDevices(fieldService),
    databasePrefix: prefix,
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    startAt: START,
    server: factory,
  });
}

const sandboxOf = (sim: Simulation) => {
  const { place } = sim.server;
  if (place.kind !== 'sandbox') throw new Error('not on a sandbox');
  return place.id;
};

describe('simulating on the Syncraft server', { timeout: 60_000 }, () => {
  it('the conflict scenario on a sandbox resolves every field as the in-browser server does, and the server column is the sandbox’s records', async () => {
    const browser = await simulate(inBrowserServer(), 'sim-browser');
    const local = await runConflictScenario(browser, 'Job');
    await browser.dispose();

    const sim = await simulate(onSyncraftServer({ registry: builder, origin: server.url }), 'sim-server');
    try {
      const id = sandboxOf(sim);
      expect(id).toMatch(/^sandbox-/);
      const remote = await runConflictScenario(sim, 'Job');
      expect(remote.kind).toBe('resolved');
      if (remote.kind !== 'resolved' || local.kind !== 'resolved') return;
      expect(remote.converged).toBe(true);
      const outcome = (o: typeof remote) => o.fields.map((f) => [f.field, f.strategy, f.result]);
      expect(outcome(remote)).toEqual(outcome(local));

      // The column shows what the server answers, not a copy kept in the browser.
      const listed = await builder.sandboxRecords(id);
      if (!listed.ok) throw new Error(JSON.stringify(listed.failure));
      const jobs = listed.value.records.Job ?? [];
      expect(jobs.map((j) => j.id)).toEqual([remote.key]);
      expect(sim.getSnapshot().server.records.get('Job')).toEqual(jobs);
      // The notes (a manual rule) wait for a person, on the server as in the browser.
      expect(listed.value.conflicts).toBe(1);
      expect(sim.getSnapshot().server.conflicts).toBe(1);
    } finally {
      await sim.dispose();
    }
  });

  it('an offline device sends nothing; back online its edit reaches the sandbox; dispose deletes the sandbox', async () => {
    const sim = await simulate(onSyncraftServer({ registry: builder, origin: server.url }), 'sim-offline');
    const id = sandboxOf(sim);
    try {
      await sim.server.write('Site', 'site-1', { id: 'site-1', name: 'Plant' });
      await sim.server.write('Job', 'job-1', {
        id: 'job-1',
        title: 'Fix valve',
        siteId: 'site-1',
        assigneeId: 'ana',
        region: 'region-1',
        status: 'open',
        scheduledAt: new Date(START + 3_600_000).toISOString(),
        notes: 'Gas smell',
        minutesWorked: 30,
      });
      await sim.idle();
      expect((await sim.client('ben').table('Job').get('job-1'))?.title).toBe('Fix valve');

      sim.setOnline('ben', false);
      const written = await sim.write('ben', {
        kind: 'update',
        entity: 'Job',
        key: 'job-1',
        changes: { notes: 'by Ben, offline' },
      });
      expect(written.ok).toBe(true);
      await sim.syncNow('ben');
      await sim.idle();
      expect((await sim.server.record('Job', 'job-1'))?.notes).toBe('Gas smell');

      sim.setOnline('ben', true);
      await sim.syncNow('ben');
      await sim.idle();
      expect((await sim.server.record('Job', 'job-1'))?.notes).toBe('by Ben, offline');
      // Ana hears of it without syncing by hand, as a change event would tell her.
      expect((await sim.client('ana').table('Job').get('job-1'))?.notes).toBe('by Ben, offline');

      // A back-office reassignment through the records endpoint moves the job away from Ana.
      await changeHolder(sim, {
        kind: 'reassign',
        entity: 'Job',
        key: 'job-1',
        field: 'assigneeId',
        value: 'someone-else',
      });
      expect(await sim.client('ana').table('Job').get('job-1')).toBeUndefined();
    } finally {
      await sim.dispose();
    }
    const gone = await builder.sandboxRecords(id);
    expect(gone.ok ? 'still there' : gone.failure.kind === 'refused' && gone.failure.status).toBe(404);
  });

  it('a server that goes away mid-run is said so: the sync fails with its reason and the server column keeps its last records with the problem', async () => {
    const gone = await startSyncraftServer();
    const token = await signDevToken(gone.secret, { sub: 'dev-builder', roles: ['builder'] });
    const registry = createRegistryClient({ baseUrl: `${gone.url}/api`, token: () => token });
    const sim = await simulate(onSyncraftServer({ registry, origin: gone.url }), 'sim-gone');
    try {
      await sim.server.write('Site', 'site-1', { id: 'site-1', name: 'Plant' });
      await sim.idle();
      await gone.close();
      await sim.syncNow('ana');
      await sim.idle();
      const failed = sim.getSnapshot().timeline.find((e) => e.kind === 'sync-failed');
      expect(failed && 'message' in failed ? failed.message : undefined).toMatch(/could not reach/);
      const { server: view } = sim.getSnapshot();
      expect(view.problem).toMatch(
        /^The server's records could not be read: the server at .* did not answer/,
      );
      expect(view.records.get('Site')).toEqual([{ id: 'site-1', name: 'Plant' }]);
    } finally {
      await sim.dispose();
    }
  });

  it('the server’s refusal to open a sandbox comes back with its reason, and nothing is left running', async () => {
    const token = await signDevToken(server.secret, { sub: 'dev-technician', roles: ['technician'] });
    const technician = createRegistryClient({ baseUrl: `${server.url}/api`, token: () => token });
    const refused = await simulate(
      onSyncraftServer({ registry: technician, origin: server.url }),
      'sim-refused',
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(SandboxRefused);
    const failure = (refused as SandboxRefused).failure;
    expect(failure.kind === 'refused' && failure.status).toBe(403);

    const nobody = createRegistryClient({ baseUrl: `${server.url}/api`, token: () => undefined });
    await expect(
      simulate(onSyncraftServer({ registry: nobody, origin: server.url }), 'sim-nobody'),
    ).rejects.toMatchObject({
      failure: { kind: 'no-token' },
    });

    const closed = createRegistryClient({ baseUrl: 'http://127.0.0.1:9/api', token: () => 'x.y.z' });
    await expect(
      simulate(onSyncraftServer({ registry: closed, origin: 'http://127.0.0.1:9' }), 'sim-closed'),
    ).rejects.toMatchObject({
      failure: { kind: 'unreachable' },
    });
  });
});
