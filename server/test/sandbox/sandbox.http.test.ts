import type { Operation, Sandbox } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SyncraftApp } from '../../src/app';
import { testConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { createLogger } from '../../src/logging';
import { wireRegistry } from '../../src/registry-module';
import { mapPublishedSpecSource } from '../../src/sync/published-spec';
import { TEST_SECRET, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../helpers/databases';

const SYNC = { protocol: 1, specVersion: '1.0.0', clientId: 'dev' } as const;

function job(key: string, assigneeId: string): Operation {
  return {
    id: `op-${key}-${Math.random().toString(36).slice(2)}`,
    entity: 'Job',
    key,
    kind: 'upsert',
    changes: {
      id: key,
      title: 'Fix the valve',
      siteId: 'site-1',
      assigneeId,
      region: 'north',
      status: 'open',
      scheduledAt: '2026-12-05T09:00:00.000Z',
    },
    base: {},
    baseVersion: 0,
    hlc: `${Date.now()}-000001-dev`,
    clientId: 'dev',
  };
}

const PEOPLE = [
  { id: 'ana', roles: ['technician'] },
  { id: 'dan', roles: ['dispatcher'], claims: { region: 'north' } },
];

describe.each(DIALECTS)('simulator sandboxes over HTTP (%s)', (dialect) => {
  let database: TestDatabase;
  let app: SyncraftApp;
  let now = Date.now();
  const real: SyncSpec = templateSpec('field-service');
  const builder = () => tokenFor('bea', ['builder']);

  beforeAll(async () => {
    database = await openTestDatabase(dialect, 'sandbox-http');
    const wiring = wireRegistry(database.opened);
    app = createApp({
      config: testConfig({
        auth: { kind: 'secret', secret: TEST_SECRET },
        database: database.config,
        designerDir: '/nonexistent',
        sandboxLimit: 2,
      }),
      db: database.opened,
      logger: createLogger('silent'),
      registry: wiring.registry,
      // The real app "field-service" is published; sandboxes must never reach it.
      published: mapPublishedSpecSource([real]),
      clock: () => new Date(now),
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  const create = async (token: string, body: object) =>
    request(app).post('/api/sandboxes').set('Authorization', `Bearer ${token}`).send(body);
  const sync = (appId: string, route: 'push' | 'pull', token: string, body: object = {}) =>
    request(app)
      .post(`/api/apps/${appId}/sync/${route}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ ...SYNC, ...body });
  const tokenOf = (sandbox: Sandbox, user: string) => sandbox.tokens.find((t) => t.userId === user)!.token;
  const rowsOf = async (appId: string) =>
    (
      await database.opened.db
        .selectFrom('sync_records')
        .select('record_key')
        .where('app_id', '=', appId)
        .execute()
    ).length;

  it('runs a draft spec under its own id, with device tokens acting as the simulated people', async () => {
    const res = await create(await builder(), { spec: templateSpec('field-service'), users: PEOPLE });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const sandbox = res.body as Sandbox;
    expect(sandbox.id).toMatch(/^sandbox-[0-9a-f]{20}$/);
    expect(res.headers.location).toBe(`/api/sandboxes/${sandbox.id}`);
    expect(sandbox.spec.app.id).toBe(sandbox.id);
    expect(sandbox.createdBy).toBe('bea');
    expect(Date.parse(sandbox.expiresAt) - now).toBe(60 * 60_000);
    expect(sandbox.tokens.map((t) => [t.userId, t.roles])).toEqual([
      ['ana', ['technician']],
      ['dan', ['dispatcher']],
    ]);

    // The dispatcher (region north) creates a job for ana; ana's device pulls it, a job for ben it does not.
    const pushed = await sync(sandbox.id, 'push', tokenOf(sandbox, 'dan'), {
      operations: [job('job-1', 'ana'), job('job-2', 'ben')],
    });
    expect(pushed.status, JSON.stringify(pushed.body)).toBe(200);
    expect(pushed.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    const pulled = await sync(sandbox.id, 'pull', tokenOf(sandbox, 'ana'), { entities: ['Job'] });
    expect(pulled.status).toBe(200);
    expect(pulled.body.changes.map((c: { key: string }) => c.key)).toEqual(['job-1']);
    // The technician's own write rules hold: ana may not create jobs.
    const refused = await sync(sandbox.id, 'push', tokenOf(sandbox, 'ana'), {
      operations: [job('job-3', 'ana')],
    });
    expect(refused.body.results[0].status).toBe('rejected');
    expect(await rowsOf(real.app.id)).toBe(0);

    // More people later; then Reset deletes the sandbox and its data.
    const more = await request(app)
      .post(`/api/sandboxes/${sandbox.id}/tokens`)
      .set('Authorization', `Bearer ${await builder()}`)
      .send({ users: [{ id: 'ben', roles: ['technician'] }] });
    expect(more.status).toBe(201);
    const ben = more.body.tokens[0].token as string;
    const bens = await sync(sandbox.id, 'pull', ben, { entities: ['Job'] });
    expect(bens.body.changes.map((c: { key: string }) => c.key)).toEqual(['job-2']);

    expect(await rowsOf(sandbox.id)).toBe(2);
    const gone = await request(app)
      .delete(`/api/sandboxes/${sandbox.id}`)
      .set('Authorization', `Bearer ${await builder()}`);
    expect(gone.status).toBe(204);
    expect(await rowsOf(sandbox.id)).toBe(0);
    const after = await sync(sandbox.id, 'pull', tokenOf(sandbox, 'ana'));
    expect(after.status).toBe(404);
    expect(after.body.error.message).toMatch(/no sandbox/);
  });

  it('refuses forged requests: tokens out of their sandbox, other people’s sandboxes, reserved ids', async () => {
    const mine = (await create(await builder(), { spec: templateSpec('field-service'), users: PEOPLE }))
      .body as Sandbox;
    const ana = tokenOf(mine, 'ana');

    // A sandbox device token on a real app's sync, on the registry, on sandbox routes.
    const onReal = await sync(real.app.id, 'pull', ana);
    expect(onReal.status).toBe(401);
    expect(onReal.body.error.code).toBe('unauthenticated');
    expect((await request(app).get('/api/apps').set('Authorization', `Bearer ${ana}`)).status).toBe(401);
    expect((await create(ana, { spec: templateSpec('field-service') })).status).toBe(401);
    expect(
      (await request(app).delete(`/api/sandboxes/${mine.id}`).set('Authorization', `Bearer ${ana}`)).status,
    ).toBe(401);

    // A token signed with the server's own secret that claims to be a sandbox's: refused everywhere.
    const claimed = await tokenFor('ana', ['technician'], { sandbox: mine.id });
    const claimedOnReal = await sync(real.app.id, 'pull', claimed);
    expect(claimedOnReal.status).toBe(401);
    expect(claimedOnReal.body.error.message).toMatch(/sandbox’s device token/);
    expect((await sync(mine.id, 'pull', claimed)).status).toBe(401);

    // An ordinary user's token on a sandbox's sync: only the sandbox's own tokens are accepted.
    const bea = await sync(mine.id, 'pull', await builder());
    expect(bea.status).toBe(401);
    expect(bea.body.error.hint).toMatch(/tokens/);
    const dispatcher = await sync(
      mine.id,
      'pull',
      await tokenFor('dan', ['dispatcher'], { region: 'north' }),
    );
    expect(dispatcher.status).toBe(401);

    // Another builder: may not see, use or delete it; their own sandbox's tokens do not open it.
    const bo = await tokenFor('bo', ['builder']);
    for (const call of [
      request(app).get(`/api/sandboxes/${mine.id}`),
      request(app).delete(`/api/sandboxes/${mine.id}`),
      request(app).post(`/api/sandboxes/${mine.id}/tokens`).send({ users: PEOPLE }),
    ]) {
      const res = await call.set('Authorization', `Bearer ${bo}`);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/bea's/);
    }
    const theirs = (await create(bo, { spec: templateSpec('field-service'), users: PEOPLE })).body as Sandbox;
    const crossed = await sync(mine.id, 'pull', tokenOf(theirs, 'ana'));
    expect(crossed.status).toBe(401);
    expect(crossed.body.error.message).toMatch(/accepts only the device tokens it issued/);

    // A sandbox id as a registry app id: refused before anything is stored.
    const saved = await request(app)
      .post(`/api/apps/${mine.id}/versions`)
      .set('Authorization', `Bearer ${await builder()}`)
      .send(mine.spec);
    expect(saved.status).toBe(400);
    expect(saved.body.error.pointer).toBe('/app/id');
    // The registry never answers for a sandbox id, whoever asks (the spec is the sandbox's, not published).
    expect(
      (await request(app).get(`/api/apps/${mine.id}/published`).set('Authorization', `Bearer ${ana}`)).status,
    ).toBe(400);
    expect(
      (
        await request(app)
          .get(`/api/apps/${mine.id}/published`)
          .set('Authorization', `Bearer ${await builder()}`)
      ).status,
    ).toBe(400);
    const registryApps = await database.opened.db.selectFrom('registry_apps').select('id').execute();
    expect(registryApps.filter((a) => a.id.startsWith('sandbox-'))).toEqual([]);

    for (const token of [bo, await builder()]) {
      const ids = token === bo ? [theirs.id] : [mine.id];
      for (const id of ids)
        await request(app).delete(`/api/sandboxes/${id}`).set('Authorization', `Bearer ${token}`).expect(204);
    }
  });

  it('lets only builders and admins create one, and checks the spec and people like a version', async () => {
    const spec = templateSpec('field-service');
    for (const roles of [['reviewer'], ['technician'], []]) {
      const res = await create(await tokenFor('rui', roles), { spec });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/builder or admin/);
    }
    expect((await request(app).post('/api/sandboxes').send({ spec })).status).toBe(401);

    const broken = templateSpec('field-service');
    (broken.entities[1] as { key: string }).key = 'nope';
    const invalid = await create(await builder(), { spec: broken });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('invalid-spec');
    expect(invalid.body.error.pointer).toMatch(/^\/spec\/entities\/1/);
    expect(invalid.body.error.diagnostics[0].code).toMatch(/^SPEC\d+/);

    const badRole = await create(await builder(), { spec, users: [{ id: 'ana', roles: ['wizard'] }] });
    expect(badRole.status).toBe(400);
    expect(badRole.body.error.pointer).toBe('/users/0/roles/0');
    expect(badRole.body.error.hint).toMatch(/technician, dispatcher/);
    const badClaim = await create(await builder(), {
      spec,
      users: [{ id: 'ana', roles: ['technician'], claims: { sandbox: 'sandbox-0' } }],
    });
    expect(badClaim.body.error.pointer).toBe('/users/0/claims/sandbox');
    expect((await create(await builder(), { users: [] })).body.error.pointer).toBe('/spec');

    const admin = await create(await tokenFor('ada', ['admin']), { spec });
    expect(admin.status).toBe(201);
    await request(app)
      .delete(`/api/sandboxes/${admin.body.id}`)
      .set('Authorization', `Bearer ${await tokenFor('ada', ['admin'])}`)
      .expect(204);
  });

  it('limits live sandboxes per person, and expires them with their data', async () => {
    const token = await builder();
    const first = (await create(token, { spec: templateSpec('field-service'), users: PEOPLE }))
      .body as Sandbox;
    await sync(first.id, 'push', tokenOf(first, 'dan'), { operations: [job('job-9', 'ana')] }).expect(200);
    const second = (await create(token, { spec: templateSpec('field-service') })).body as Sandbox;
    const third = await create(token, { spec: templateSpec('field-service') });
    expect(third.status).toBe(409);
    expect(third.body.error.message).toMatch(/limit is 2/);
    expect(third.body.error.hint).toContain(first.expiresAt);

    // An hour later both have expired: sync and the owner's calls answer 404, a new one may start.
    now += 60 * 60_000 + 1;
    const expired = await sync(first.id, 'pull', tokenOf(first, 'ana'));
    expect(expired.status).toBe(404);
    expect(expired.body.error.message).toMatch(/expired at/);
    expect(
      (await request(app).get(`/api/sandboxes/${first.id}`).set('Authorization', `Bearer ${token}`)).status,
    ).toBe(404);
    expect(await rowsOf(first.id)).toBe(1);
    const fresh = await create(token, { spec: templateSpec('field-service') });
    expect(fresh.status).toBe(201);
    // Creation swept the expired ones and their data.
    expect(await rowsOf(first.id)).toBe(0);
    const left = await database.opened.db.selectFrom('sandboxes').select('id').execute();
    expect(left.map((r) => r.id)).toEqual([fresh.body.id]);
    expect(left.map((r) => r.id)).not.toContain(second.id);
    await request(app)
      .delete(`/api/sandboxes/${fresh.body.id}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(204);
  });

  it('seeds and reassigns records as the server itself, and devices follow', async () => {
    const token = await builder();
    const sandbox = (await create(token, { spec: templateSpec('field-service'), users: PEOPLE }))
      .body as Sandbox;
    const edit = (body: object, as = token) =>
      request(app)
        .post(`/api/sandboxes/${sandbox.id}/records`)
        .set('Authorization', `Bearer ${as}`)
        .send(body);
    const values = job('job-s', 'ana').changes;
    // The technician may not create jobs, but the sandbox's creator seeds one as the server would.
    const seeded = await edit({ entity: 'Job', key: 'job-s', changes: values });
    expect(seeded.status, JSON.stringify(seeded.body)).toBe(200);
    expect(seeded.body).toMatchObject({
      entity: 'Job',
      key: 'job-s',
      deleted: false,
      values: { assigneeId: 'ana' },
    });
    const first = await sync(sandbox.id, 'pull', tokenOf(sandbox, 'ana'), { entities: ['Job'] });
    expect(first.body.changes.map((c: { key: string }) => c.key)).toEqual(['job-s']);

    // Reassigned to ben: ana's device is told to drop it.
    expect((await edit({ entity: 'Job', key: 'job-s', changes: { assigneeId: 'ben' } })).status).toBe(200);
    const second = await sync(sandbox.id, 'pull', tokenOf(sandbox, 'ana'), {
      entities: ['Job'],
      cursor: first.body.cursor,
    });
    expect(second.body.changes).toEqual([
      expect.objectContaining({ key: 'job-s', kind: 'delete', reason: 'out-of-scope' }),
    ]);
    const listed = await request(app)
      .get(`/api/sandboxes/${sandbox.id}/records`)
      .set('Authorization', `Bearer ${token}`);
    expect(listed.status).toBe(200);
    expect(listed.body.records.Job).toEqual([expect.objectContaining({ id: 'job-s', assigneeId: 'ben' })]);
    expect(listed.body.records.Site).toEqual([]);
    expect(listed.body.conflicts).toBe(0);

    // Refusals: bad values, unknown entity, a device token, another builder.
    const bad = await edit({ entity: 'Job', key: 'job-s', changes: { status: 'exploded' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.pointer).toBe('/changes');
    expect(bad.body.error.message).toMatch(/status/);
    expect((await edit({ entity: 'Ghost', key: 'g' })).body.error.message).toMatch(/no entity/);
    expect((await edit({ entity: 'Job', key: '' })).body.error.pointer).toBe('/key');
    expect((await edit({ entity: 'Job', key: 'job-s' }, tokenOf(sandbox, 'dan'))).status).toBe(401);
    const other = await edit({ entity: 'Job', key: 'job-s', changes: {} }, await tokenFor('bo', ['builder']));
    expect(other.status).toBe(403);
    const removed = await edit({ entity: 'Job', key: 'job-s', kind: 'delete' });
    expect(removed.body.deleted).toBe(true);
    await request(app)
      .delete(`/api/sandboxes/${sandbox.id}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(204);
  });

  it('is served by every server process over the same database', async () => {
    const other = await openDatabase(database.config);
    const second = createApp({
      config: testConfig({
        auth: { kind: 'secret', secret: TEST_SECRET },
        database: database.config,
        designerDir: '/nonexistent',
      }),
      db: other,
      logger: createLogger('silent'),
      published: mapPublishedSpecSource([real]),
      clock: () => new Date(now),
    });
    try {
      const sandbox = (await create(await builder(), { spec: templateSpec('field-service'), users: PEOPLE }))
        .body as Sandbox;
      await sync(sandbox.id, 'push', tokenOf(sandbox, 'dan'), { operations: [job('job-5', 'ana')] }).expect(
        200,
      );
      const pulled = await request(second)
        .post(`/api/apps/${sandbox.id}/sync/pull`)
        .set('Authorization', `Bearer ${tokenOf(sandbox, 'ana')}`)
        .send({ ...SYNC, entities: ['Job'] });
      expect(pulled.status).toBe(200);
      expect(pulled.body.changes.map((c: { key: string }) => c.key)).toEqual(['job-5']);
      await request(second)
        .delete(`/api/sandboxes/${sandbox.id}`)
        .set('Authorization', `Bearer ${await builder()}`)
        .expect(204);
      expect((await sync(sandbox.id, 'pull', tokenOf(sandbox, 'ana'))).status).toBe(404);
    } finally {
      await second.close();
      await other.close();
    }
  });
});
