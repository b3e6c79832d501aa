import type { Change, Operation, PullResponse, PushResponse } from '@syncraft/runtime/protocol';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { seedSite } from '../helpers/records';

const spec = templateSpec('field-service');
const APP = spec.app.id;
let clock = 0;
const hlc = () => `${Date.now()}-${String(++clock).padStart(6, '0')}-office`;

describe.each(DIALECTS)('pulls reveal only records the caller could see, on %s', (dialect) => {
  let t: TestApp;
  let dispatcher: string;
  let ana: string;
  let bob: string;
  const versions = new Map<string, number>();

  const write = async (key: string, kind: Operation['kind'], changes: Operation['changes'] = {}) => {
    const operation: Operation = {
      id: `op-${++clock}`,
      entity: 'Job',
      key,
      kind,
      changes,
      base: {},
      baseVersion: versions.get(key) ?? 0,
      hlc: hlc(),
      clientId: 'office',
    };
    const res = await request(t.app)
      .post(`/api/apps/${APP}/sync/push`)
      .set('Authorization', `Bearer ${dispatcher}`)
      .send({ protocol: 1, specVersion: spec.app.version, clientId: 'office', operations: [operation] });
    const [result] = (res.body as PushResponse).results;
    if (result?.status !== 'applied') throw new Error(JSON.stringify(result));
    versions.set(key, result.version);
  };
  const job = (id: string, assigneeId: string) => ({
    id,
    title: id,
    siteId: 'site-1',
    assigneeId,
    region: 'north',
    status: 'open',
    scheduledAt: new Date().toISOString(),
  });
  const pull = async (token: string, cursor?: string) => {
    const res = await request(t.app)
      .post(`/api/apps/${APP}/sync/pull`)
      .set('Authorization', `Bearer ${token}`)
      .send({
        protocol: 1,
        specVersion: spec.app.version,
        clientId: 'dev',
        entities: ['Job'],
        ...(cursor ? { cursor } : {}),
      });
    expect(res.status).toBe(200);
    return res.body as PullResponse;
  };
  const keys = (changes: readonly Change[]) =>
    changes.map((c) => `${c.kind === 'delete' ? c.reason : c.kind}:${c.key}`);

  beforeAll(async () => {
    t = await createTestApp(dialect, 'privacy', [spec]);
    dispatcher = await tokenFor('dora', ['dispatcher'], { region: 'north' });
    ana = await tokenFor('ana', ['technician']);
    bob = await tokenFor('bob', ['technician']);
    await seedSite(t.database, APP);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('keeps keys of records outside the caller’s scope out of every pull, first or later', async () => {
    await write('bob-old', 'upsert', job('bob-old', 'bob'));
    await write('bob-old', 'upsert', { assigneeId: 'carl' });
    await write('ana-1', 'upsert', job('ana-1', 'ana'));
    const first = await pull(ana);
    expect(keys(first.changes)).toEqual(['upsert:ana-1']);

    await write('bob-new', 'upsert', job('bob-new', 'bob'));
    await write('bob-new', 'delete');
    await write('bob-old', 'delete');
    const later = await pull(ana, first.cursor);
    expect(later.changes).toEqual([]);
    expect(JSON.stringify([first, later])).not.toContain('bob-');
  });

  it('tells the callers who could see a record that it left their scope or was deleted', async () => {
    await write('shared', 'upsert', job('shared', 'ana'));
    await write('gone', 'upsert', job('gone', 'ana'));
    const start = await pull(ana);
    const bobStart = await pull(bob);
    await write('shared', 'upsert', { assigneeId: 'bob' });
    await write('gone', 'delete');
    expect(keys((await pull(ana, start.cursor)).changes)).toEqual(['out-of-scope:shared', 'deleted:gone']);
    expect(keys((await pull(bob, bobStart.cursor)).changes)).toEqual(['upsert:shared']);
  });
  it('keeps the state before a batch as the previous one when the batch moves a record twice', async () => {
    await write('twice', 'upsert', job('twice', 'ana'));
    const start = await pull(ana);
    const base = versions.get('twice') ?? 0;
    const operations: Operation[] = ['bob', 'carl'].map((assigneeId, i) => ({
      id: `twice-${assigneeId}-${++clock}`,
      entity: 'Job',
      key: 'twice',
      kind: 'upsert',
      changes: { assigneeId },
      base: {},
      baseVersion: base + i,
      hlc: hlc(),
      clientId: 'office',
    }));
    const res = await request(t.app)
      .post(`/api/apps/${APP}/sync/push`)
      .set('Authorization', `Bearer ${dispatcher}`)
      .send({ protocol: 1, specVersion: spec.app.version, clientId: 'office', operations });
    expect((res.body as PushResponse).results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(keys((await pull(ana, start.cursor)).changes)).toEqual(['out-of-scope:twice']);
    expect((await pull(bob, start.cursor)).changes).toEqual([]);
  });
});
