import type { SyncSpec } from '@syncraft/runtime/spec';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';

const APP = 'field-service';

describe.each(DIALECTS)('sync enforces the spec published through the registry on %s', (dialect) => {
  let t: TestApp;
  let builder: string;
  let reviewer: string;
  let dispatcher: string;

  /** Saves, submits, approves and publishes a spec over HTTP, as a builder and another reviewer. */
  async function publish(spec: SyncSpec): Promise<void> {
    const saved = await request(t.app)
      .post(`/api/apps/${APP}/versions`)
      .set('Authorization', `Bearer ${builder}`)
      .send(spec);
    expect(saved.status, JSON.stringify(saved.body)).toBeLessThan(300);
    const base = `/api/apps/${APP}/versions/${saved.body.hash}`;
    const submit = await request(t.app).post(`${base}/submit`).set('Authorization', `Bearer ${builder}`);
    expect(submit.status, JSON.stringify(submit.body)).toBe(201);
    const approve = await request(t.app)
      .post(`${base}/approve`)
      .set('Authorization', `Bearer ${reviewer}`)
      .send({});
    expect(approve.status, JSON.stringify(approve.body)).toBe(200);
    const published = await request(t.app).post(`${base}/publish`).set('Authorization', `Bearer ${reviewer}`);
    expect(published.status, JSON.stringify(published.body)).toBe(201);
  }

  const pull = (specVersion: string) =>
    request(t.app)
      .post(`/api/apps/${APP}/sync/pull`)
      .set('Authorization', `Bearer ${dispatcher}`)
      .send({ protocol: 1, specVersion, clientId: 'office' });

  beforeAll(async () => {
    t = await createTestApp(dialect, 'regsync', 'registry');
    builder = await tokenFor('bea', ['builder']);
    reviewer = await tokenFor('rui', ['reviewer', 'admin']);
    dispatcher = await tokenFor('dora', ['dispatcher'], { region: 'north' });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('answers 404 before anything is published', async () => {
    const res = await pull('1.0.0');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not-found');
  });

  it('syncs against the published version once it is published', async () => {
    await publish(templateSpec('field-service'));
    const push = await request(t.app)
      .post(`/api/apps/${APP}/sync/push`)
      .set('Authorization', `Bearer ${dispatcher}`)
      .send({
        protocol: 1,
        specVersion: '1.0.0',
        clientId: 'office',
        operations: [
          {
            id: 'reg-op-1',
            entity: 'Job',
            key: 'j1',
            kind: 'upsert',
            changes: {
              id: 'j1',
              title: 'Pump',
              siteId: 's1',
              assigneeId: 'ana',
              region: 'north',
              status: 'open',
              scheduledAt: new Date().toISOString(),
            },
            base: {},
            baseVersion: 0,
            hlc: `${Date.now()}-000001-office`,
            clientId: 'office',
          },
        ],
      });
    expect(push.status).toBe(200);
    expect(push.body.results[0].status).toBe('applied');
    expect((await pull('1.0.0')).status).toBe(200);
  });

  it('keeps a device on an older version syncing while the change is not breaking', async () => {
    const next = templateSpec('field-service');
    await publish({
      ...next,
      app: {
        ...next.app,
        version: '1.1.0',
        description: 'Jobs for technicians, now with a better description.',
      },
    });
    expect((await pull('1.1.0')).status).toBe(200);
    expect((await pull('1.0.0')).status).toBe(200);
  });

  it('asks a device to upgrade after a breaking change, naming the published version', async () => {
    const next = templateSpec('field-service');
    const entities = next.entities.map((e) =>
      e.name === 'Job' ? { ...e, fields: e.fields.filter((f) => f.name !== 'partsUsed') } : e,
    );
    const roles = next.roles.map((role) => ({
      ...role,
      permissions: role.permissions.map((p) =>
        p.writableFields ? { ...p, writableFields: p.writableFields.filter((f) => f !== 'partsUsed') } : p,
      ),
    }));
    await publish({ ...next, app: { ...next.app, version: '2.0.0' }, entities, roles });
    const old = await pull('1.1.0');
    expect(old.status).toBe(409);
    expect(old.body.error).toMatchObject({ code: 'spec-upgrade-required', publishedVersion: '2.0.0' });
    expect((await pull('0.0.1')).status).toBe(409);
    expect((await pull('2.0.0')).status).toBe(200);
  });
});
