import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRegistryClient } from '@syncraft/runtime/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';

/** The shared registry client (designer, CLI) against a listening server: what the simulator calls. */
describe('sandbox calls of the shared registry client over HTTP (sqlite)', () => {
  let t: TestApp;
  let server: Server;
  let baseUrl = '';
  beforeAll(async () => {
    t = await createTestApp('sqlite', 'sandbox-client', 'registry');
    server = t.app.listen(0, '127.0.0.1');
    await new Promise((done) => server.once('listening', done));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });
  afterAll(async () => {
    await new Promise((done) => server?.close(done));
    await t?.dispose();
  });

  it('creates, seeds, lists, issues tokens and deletes, each answer checked against its wire schema', async () => {
    const token = await tokenFor('bea', ['builder']);
    const client = createRegistryClient({ baseUrl, token: () => token });
    const created = await client.createSandbox(templateSpec('field-service'), [
      { id: 'ana', roles: ['technician'] },
    ]);
    if (!created.ok) throw new Error(JSON.stringify(created.failure));
    const { id } = created.value;
    expect(created.status).toBe(201);
    expect(created.value.tokens.map((t) => t.userId)).toEqual(['ana']);

    const site = { id: 'site-1', name: 'Depot' };
    const seeded = await client.editSandbox(id, { entity: 'Site', key: 'site-1', changes: site });
    expect(seeded.ok && seeded.value.values).toMatchObject(site);
    const listed = await client.sandboxRecords(id);
    expect(listed.ok && listed.value.records.Site).toEqual([expect.objectContaining(site)]);
    const more = await client.sandboxTokens(id, [
      { id: 'dan', roles: ['dispatcher'], claims: { region: 'north' } },
    ]);
    expect(more.ok && more.value.tokens[0]?.roles).toEqual(['dispatcher']);

    const refused = await client.sandboxTokens(id, [{ id: 'x', roles: ['wizard'] }]);
    expect(refused.ok ? undefined : refused.failure).toMatchObject({
      kind: 'refused',
      status: 400,
      pointer: '/users/0/roles/0',
    });

    const deleted = await client.deleteSandbox(id);
    expect(deleted).toEqual({ ok: true, status: 204, value: undefined });
    const gone = await client.deleteSandbox(id);
    expect(gone.ok ? undefined : gone.failure).toMatchObject({
      kind: 'refused',
      status: 404,
      code: 'not-found',
    });
  });
});
