import {
  type Conflict,
  conforms,
  type Operation,
  type OperationResult,
  type PullResponse,
  type RecordValues,
} from '@syncraft/runtime/protocol';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPushTransaction } from '../../src/sync/transaction';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { pushAs } from '../helpers/push';
import { seedSite } from '../helpers/records';

const spec = templateSpec('field-service');
const APP = spec.app.id;

describe.each(DIALECTS)('one conflict state between devices and the API, on %s', (dialect) => {
  let t: TestApp;
  let dora: string;
  let ana: string;

  const push = async (token: string, node: string, partial: Partial<Operation> & { key: string }) =>
    (await pushAs(t, spec, token, node, [partial])).results[0]!;
  const conflictsFor = async (token: string) => {
    const res = await request(t.app)
      .get(`/api/apps/${APP}/sync/conflicts?status=all`)
      .set('Authorization', `Bearer ${token}`);
    expect(conforms('ConflictPage', res.body)).toEqual({ ok: true });
    return res.body.conflicts as Conflict[];
  };
  const resolve = (token: string, id: string, values: RecordValues) =>
    request(t.app)
      .post(`/api/apps/${APP}/sync/conflicts/${encodeURIComponent(id)}/resolve`)
      .set('Authorization', `Bearer ${token}`)
      .send({ values });
  const record = async (key: string) =>
    runPushTransaction(t.database.opened.db, t.database.opened.dialect, APP, (store) =>
      store.getRecord('Job', key),
    ).then(({ value }) => value?.values);

  /** The office changes the notes, then Ana's device changes them from the same version: Ana's device meets the conflict. */
  async function conflictOnAna(key: string): Promise<Extract<OperationResult, { status: 'conflict' }>> {
    const created = await push(dora, 'office', {
      key,
      changes: {
        id: key,
        title: key,
        siteId: 'site-1',
        assigneeId: 'ana',
        region: 'north',
        status: 'open',
        scheduledAt: new Date().toISOString(),
        notes: 'base',
      },
    });
    if (created.status !== 'applied') throw new Error(JSON.stringify(created));
    const office = await push(dora, 'office', {
      key,
      changes: { notes: 'office notes' },
      base: { notes: 'base' },
      baseVersion: created.version,
    });
    expect(office.status).toBe('applied');
    const mine = await push(ana, 'dev-ana', {
      key,
      changes: { notes: 'ana notes' },
      base: { notes: 'base' },
      baseVersion: created.version,
    });
    if (mine.status !== 'conflict') throw new Error(JSON.stringify(mine));
    return mine;
  }

  beforeAll(async () => {
    t = await createTestApp(dialect, 'conflict-settle', [spec]);
    dora = await tokenFor('dora', ['dispatcher'], { region: 'north' });
    ana = await tokenFor('ana', ['technician']);
    await seedSite(t.database, APP);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('answers a conflict with the same three versions the conflict list shows', async () => {
    const result = await conflictOnAna('job-three');
    const listed = (await conflictsFor(dora)).find((c) => c.id === result.conflictId);
    expect(result).toMatchObject({
      base: { notes: 'base' },
      server: { notes: 'office notes' },
      client: { notes: 'ana notes' },
    });
    expect(listed).toMatchObject({ base: result.base, server: result.server, client: result.client });
  });

  it('reports an API decision to the device in its next pull, and refuses the device deciding it again', async () => {
    const result = await conflictOnAna('job-office');
    expect((await resolve(dora, result.conflictId, { notes: 'office decides' })).status).toBe(200);
    const pulled = await request(t.app)
      .post(`/api/apps/${APP}/sync/pull`)
      .set('Authorization', `Bearer ${ana}`)
      .send({
        protocol: 1,
        specVersion: spec.app.version,
        clientId: 'dev-ana',
        openConflicts: [result.conflictId, 'no-such-conflict'],
      });
    expect(conforms('PullResponse', pulled.body)).toEqual({ ok: true });
    expect((pulled.body as PullResponse).settled).toEqual([
      {
        id: result.conflictId,
        outcome: 'decided',
        resolvedBy: 'dora',
        resolvedAt: expect.any(String),
        resolution: { notes: 'office decides' },
      },
    ]);
    const late = await push(ana, 'dev-ana', {
      key: 'job-office',
      changes: { notes: 'ana notes' },
      base: { notes: 'office notes' },
      baseVersion: result.version,
      settles: result.conflictId,
    });
    expect(late).toMatchObject({ status: 'rejected', reason: 'conflict-settled' });
    expect(late.status === 'rejected' && late.message).toMatch(/already decided by dora/);
    expect(await record('job-office')).toMatchObject({ notes: 'office decides' });
  });

  it("settles a conflict from a device's push, after which the API refuses a second decision", async () => {
    const result = await conflictOnAna('job-device');
    const decided = await push(ana, 'dev-ana', {
      key: 'job-device',
      changes: { notes: 'ana notes' },
      base: { notes: 'office notes' },
      baseVersion: result.version,
      settles: result.conflictId,
    });
    expect(decided.status).toBe('applied');
    expect(await record('job-device')).toMatchObject({ notes: 'ana notes' });
    expect((await conflictsFor(dora)).find((c) => c.id === result.conflictId)).toMatchObject({
      status: 'resolved',
      resolvedBy: 'ana',
    });
    const twice = await resolve(dora, result.conflictId, { notes: 'office decides' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/already decided by ana/);
    expect(await record('job-device')).toMatchObject({ notes: 'ana notes' });
  });

  it('pages the conflict list with a cursor, oldest first, until no next cursor is given', async () => {
    for (const key of ['job-page-1', 'job-page-2', 'job-page-3']) await conflictOnAna(key);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await request(t.app)
        .get(`/api/apps/${APP}/sync/conflicts`)
        .query({ status: 'all', limit: 2, ...(cursor === undefined ? {} : { cursor }) })
        .set('Authorization', `Bearer ${dora}`);
      expect(res.status).toBe(200);
      expect(res.body.conflicts.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.conflicts.map((c: { key: string }) => c.key));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor !== undefined && pages < 20);
    const all = (await conflictsFor(dora)).map((c) => c.key);
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 2));
    const bad = await request(t.app)
      .get(`/api/apps/${APP}/sync/conflicts`)
      .query({ limit: 0 })
      .set('Authorization', `Bearer ${dora}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/limit/);
  });
});
