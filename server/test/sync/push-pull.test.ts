import type { Operation, PullResponse, PushResponse } from '@syncraft/runtime/protocol';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPushTransaction } from '../../src/sync/transaction';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { storedRecord } from '../helpers/records';

const spec = templateSpec('field-service');
const APP = spec.app.id;
const VERSION = spec.app.version;
let clock = 0;
const hlc = (node: string) =>
  `${String(Date.now()).padStart(13, '0')}-${String(++clock % 999_999).padStart(6, '0')}-${node}`;

function op(partial: Partial<Operation> & Pick<Operation, 'entity' | 'key'>, node = 'dev-a'): Operation {
  return {
    id: `op-${node}-${++clock}`,
    kind: 'upsert',
    changes: {},
    base: {},
    baseVersion: 0,
    hlc: hlc(node),
    clientId: node,
    ...partial,
  };
}

describe.each(DIALECTS)('sync push and pull on %s', (dialect) => {
  let t: TestApp;
  let dispatcher: string;
  let ana: string;
  let bob: string;
  const jobValues = (id: string, assigneeId: string) => ({
    id,
    title: `Job ${id}`,
    siteId: 'site-1',
    assigneeId,
    region: 'north',
    status: 'open',
    scheduledAt: new Date().toISOString(),
  });

  const push = (token: string, operations: Operation[], extra: Record<string, unknown> = {}) =>
    request(t.app)
      .post(`/api/apps/${APP}/sync/push`)
      .set('Authorization', `Bearer ${token}`)
      .send({
        protocol: 1,
        specVersion: VERSION,
        clientId: operations[0]?.clientId ?? 'dev-a',
        operations,
        ...extra,
      });
  const pull = (token: string, body: Record<string, unknown> = {}) =>
    request(t.app)
      .post(`/api/apps/${APP}/sync/pull`)
      .set('Authorization', `Bearer ${token}`)
      .send({ protocol: 1, specVersion: VERSION, clientId: 'dev-a', ...body });
  const pullAll = async (token: string, cursor?: string) => {
    const res = await pull(token, cursor ? { cursor } : {});
    expect(res.status).toBe(200);
    return res.body as PullResponse;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, 'pushpull', [spec]);
    dispatcher = await tokenFor('dora', ['dispatcher'], { region: 'north' });
    ana = await tokenFor('ana', ['technician']);
    bob = await tokenFor('bob', ['technician']);
    // Sites are read-only for devices: they come from the office systems, written server-side.
    const { opened } = t.database;
    await runPushTransaction(opened.db, opened.dialect, APP, async (store) => {
      await store.putRecord(
        'Site',
        storedRecord('site-1', await store.nextVersion(), { id: 'site-1', name: 'Pump house' }),
      );
    });
    const res = await push(dispatcher, [
      op({ entity: 'Job', key: 'job-1', changes: jobValues('job-1', 'ana') }, 'office'),
      op({ entity: 'Job', key: 'job-2', changes: jobValues('job-2', 'bob') }, 'office'),
    ]);
    expect(res.status).toBe(200);
    expect((res.body as PushResponse).results.map((r) => r.status)).toEqual(['applied', 'applied']);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('gives each technician only the jobs assigned to them', async () => {
    const anaPage = await pullAll(ana);
    const upserts = (page: PullResponse) =>
      page.changes.filter((c) => c.entity === 'Job' && c.kind === 'upsert');
    expect(upserts(anaPage).map((c) => c.key)).toEqual(['job-1']);
    expect(anaPage.changes.some((c) => c.entity === 'Site' && c.key === 'site-1')).toBe(true);
    const bobPage = await pullAll(bob);
    expect(upserts(bobPage).map((c) => c.key)).toEqual(['job-2']);
    const anaJob = anaPage.changes.find((c) => c.key === 'job-1');
    expect(anaJob?.kind === 'upsert' && anaJob.record.title).toBe('Job job-1');
  });

  it('applies a replayed batch once and answers it with the same results', async () => {
    const batch = [
      op({
        entity: 'Visit',
        key: 'visit-1',
        changes: { id: 'visit-1', jobId: 'job-1', technicianId: 'ana', arrivedAt: new Date().toISOString() },
      }),
      op({
        entity: 'Job',
        key: 'job-1',
        changes: { minutesWorked: 30 },
        base: { minutesWorked: 0 },
        baseVersion: 1,
      }),
    ];
    const first = await push(ana, batch);
    expect(first.status).toBe(200);
    const again = await push(ana, batch);
    expect(again.body).toEqual(first.body);
    const page = await pullAll(dispatcher);
    const job = page.changes.find((c) => c.key === 'job-1');
    expect(job?.kind === 'upsert' && job.record.minutesWorked).toBe(30);
  });

  it('rejects what the technician role may not write, per operation', async () => {
    const res = await push(
      ana,
      [
        op({ entity: 'Job', key: 'job-1', changes: { title: 'Renamed' }, baseVersion: 1 }),
        op({ entity: 'Nope', key: 'x', changes: { a: 1 } }),
        op({ entity: 'Job', key: 'job-2', changes: { status: 'done' }, baseVersion: 1 }),
        op({ entity: 'Site', key: 'site-1', changes: { name: 'x' }, baseVersion: 1 }),
      ],
      { queue: { pending: 7, deadLetters: 2 } },
    );
    expect(res.status).toBe(200);
    const results = (res.body as PushResponse).results;
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect(results.map((r) => r.status === 'rejected' && r.reason)).toEqual([
      'permission',
      'unknown-entity',
      'out-of-scope',
      'read-only',
    ]);
  });

  it('sends an out-of-scope delete when a job is reassigned away', async () => {
    const before = await pullAll(bob);
    const reassigned = await push(dispatcher, [
      op(
        {
          entity: 'Job',
          key: 'job-2',
          changes: { assigneeId: 'ana' },
          base: { assigneeId: 'bob' },
          baseVersion: 1,
        },
        'office',
      ),
    ]);
    expect(reassigned.body.results[0].status).toBe('applied');
    const after = await pullAll(bob, before.cursor);
    expect(after.changes).toContainEqual(
      expect.objectContaining({ kind: 'delete', key: 'job-2', reason: 'out-of-scope' }),
    );
  });

  it('keeps a manual conflict for a person, who resolves it into a new version', async () => {
    const start = await pullAll(dispatcher);
    const job = start.changes.find((c) => c.key === 'job-1');
    if (job?.kind !== 'upsert') throw new Error('job-1 missing');
    const mine = await push(ana, [
      op(
        {
          entity: 'Job',
          key: 'job-1',
          changes: { notes: 'Valve B leaks' },
          base: {},
          baseVersion: job.version,
        },
        'dev-a',
      ),
    ]);
    expect(mine.body.results[0].status).toBe('applied');
    const theirs = await push(dispatcher, [
      op(
        {
          entity: 'Job',
          key: 'job-1',
          changes: { notes: 'Bring gasket' },
          base: {},
          baseVersion: job.version,
        },
        'office',
      ),
    ]);
    const result = (theirs.body as PushResponse).results[0]!;
    expect(result.status).toBe('conflict');
    if (result.status !== 'conflict') return;

    const list = await request(t.app)
      .get(`/api/apps/${APP}/sync/conflicts`)
      .set('Authorization', `Bearer ${dispatcher}`);
    expect(list.status).toBe(200);
    const listed = list.body.conflicts.find((c: { id: string }) => c.id === result.conflictId);
    expect(listed).toMatchObject({ entity: 'Job', key: 'job-1', fields: ['notes'], status: 'open' });
    expect(listed.prompt).toMatch(/Pick the version/);
    const forBob = await request(t.app)
      .get(`/api/apps/${APP}/sync/conflicts`)
      .set('Authorization', `Bearer ${bob}`);
    expect(forBob.body.conflicts.map((c: { id: string }) => c.id)).not.toContain(result.conflictId);

    const resolve = (token: string, values: unknown) =>
      request(t.app)
        .post(`/api/apps/${APP}/sync/conflicts/${encodeURIComponent(result.conflictId)}/resolve`)
        .set('Authorization', `Bearer ${token}`)
        .send({ values });
    const wrongField = await resolve(dispatcher, { title: 'x' });
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.error.pointer).toBe('/values/notes');
    const resolved = await resolve(dispatcher, { notes: 'Valve B leaks; bring gasket' });
    expect(resolved.status).toBe(200);
    expect(resolved.body.conflict).toMatchObject({ status: 'resolved', resolvedBy: 'dora' });
    expect(resolved.body.version).toBeGreaterThan(result.version);
    const twice = await resolve(dispatcher, { notes: 'again' });
    expect(twice.status).toBe(409);

    const page = await pullAll(ana, start.cursor);
    const latest = page.changes.find((c) => c.key === 'job-1');
    expect(latest?.kind === 'upsert' && latest.record.notes).toBe('Valve B leaks; bring gasket');
  });

  it('answers an old spec version with 409 spec-upgrade-required naming the published version', async () => {
    const res = await push(ana, [op({ entity: 'Visit', key: 'v9', changes: {} })], { specVersion: '0.9.0' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'spec-upgrade-required', publishedVersion: VERSION });
    const pulled = await pull(ana, { specVersion: '0.9.0' });
    expect(pulled.status).toBe(409);
  });

  it('answers another protocol version with 426', async () => {
    const res = await push(ana, [], { protocol: 2 });
    expect(res.status).toBe(426);
    expect(res.body.error.code).toBe('protocol-unsupported');
    const header = await request(t.app)
      .post(`/api/apps/${APP}/sync/pull`)
      .set('Authorization', `Bearer ${ana}`)
      .set('Syncraft-Protocol', '7')
      .send({ protocol: 1, specVersion: VERSION, clientId: 'dev-a' });
    expect(header.status).toBe(426);
  });

  it('answers an app without a published spec with 404, and a missing token with 401', async () => {
    const unknown = await request(t.app)
      .post('/api/apps/no-such-app/sync/pull')
      .set('Authorization', `Bearer ${ana}`)
      .send({ protocol: 1, specVersion: '1.0.0', clientId: 'dev-a' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not-found');
    const anonymous = await request(t.app).post(`/api/apps/${APP}/sync/pull`).send({ protocol: 1 });
    expect(anonymous.status).toBe(401);
  });

  it('pages a pull with hasMore and a cursor that resumes where it stopped', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 20; i++) {
      const res = await pull(dispatcher, { limit: 1, ...(cursor ? { cursor } : {}) });
      const page = res.body as PullResponse;
      seen.push(...page.changes.map((c) => `${c.entity}/${c.key}`));
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(['Site/site-1', 'Job/job-1', 'Job/job-2']));
    const bad = await pull(dispatcher, { cursor: 'not-a-cursor' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.pointer).toBe('/cursor');
  });

  it('counts pushes, operations and conflicts in /metrics', async () => {
    const res = await request(t.app).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/syncraft_pushes_total\{app="field-service"\} \d+/);
    expect(res.text).toMatch(/syncraft_operations_total\{app="field-service",result="rejected"\} [1-9]/);
    expect(res.text).toMatch(/syncraft_conflicts_total\{app="field-service",rule="manual"\} 1/);
    expect(res.text).toMatch(/syncraft_push_batch_seconds_bucket/);
  });

  it('shows pull latency, refusals by reason and the queues devices report in /metrics', async () => {
    const text = (await request(t.app).get('/metrics')).text;
    const sample = (line: string) => Number(text.match(new RegExp(`^${line} (\\S+)$`, 'm'))?.[1]);
    expect(sample('syncraft_pull_seconds_count\\{app="field-service"\\}')).toBeGreaterThan(0);
    for (const reason of ['permission', 'unknown-entity', 'out-of-scope', 'read-only'])
      expect(
        sample(`syncraft_rejected_operations_total\\{app="field-service",reason="${reason}"\\}`),
      ).toBeGreaterThan(0);
    // One push reported 7 waiting and 2 dead letters.
    expect(sample('syncraft_device_queue_operations_sum\\{app="field-service"\\}')).toBe(7);
    expect(sample('syncraft_device_queue_operations_bucket\\{le="5",app="field-service"\\}')).toBe(0);
    expect(sample('syncraft_device_queue_operations_bucket\\{le="10",app="field-service"\\}')).toBe(1);
    expect(sample('syncraft_device_dead_letters_sum\\{app="field-service"\\}')).toBe(2);
  });

  it('refuses a malformed queue report with its pointer', async () => {
    const res = await push(ana, [], { queue: { pending: -1, deadLetters: 0 } });
    expect(res.status).toBe(400);
    expect(res.body.error.pointer).toBe('/queue/pending');
  });
});
