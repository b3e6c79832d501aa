import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runConflictScenarios } from '@syncraft/runtime/authority';
import { createRegistryClient, sandboxAuthority } from '@syncraft/runtime/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';

/**
 * The conflict scenarios the simulator and `syncraft test` run, answered by the real server through
 * simulator sandboxes: the same outcome, field by field, as the in-memory server's.
 */
describe.each(DIALECTS)('conflict scenarios on a sandbox of the real server (%s)', (dialect) => {
  let t: TestApp;
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    t = await createTestApp(dialect, 'sandbox-scenarios', 'registry');
    server = t.app.listen(0, '127.0.0.1');
    await new Promise((done) => server.once('listening', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((done) => server?.close(done));
    await t?.dispose();
  });

  it('field-service: every scenario ends as it does in memory, and no sandbox is left behind', async () => {
    const spec = templateSpec('field-service');
    const now = Date.parse('2026-12-05T09:00:00.000Z');
    const token = await tokenFor('bea', ['builder']);
    const registry = createRegistryClient({ baseUrl: `${origin}/api`, token: () => token });
    const sandboxes = sandboxAuthority({ registry, origin });
    const inMemory = await runConflictScenarios(spec, now);
    let onServer: Awaited<ReturnType<typeof runConflictScenarios>>;
    try {
      onServer = await runConflictScenarios(spec, now, sandboxes.fresh);
    } finally {
      await sandboxes.dispose();
    }
    expect(inMemory.filter((r) => r.outcome === 'passed').length).toBeGreaterThan(0);
    // Record versions come from the database-wide sequence on the server: only the numbers differ.
    const versionless = (reports: typeof inMemory) =>
      JSON.parse(JSON.stringify(reports).replace(/version \d+/g, 'version n')) as unknown;
    expect(versionless(onServer)).toEqual(versionless(inMemory));
    expect(JSON.stringify(onServer)).toMatch(/was deleted on the server/);
    const left = await t.database.opened.db.selectFrom('sandboxes').select('id').execute();
    expect(left).toEqual([]);
  });
});
