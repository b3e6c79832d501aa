import { conforms } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { fieldServiceVersion, http, type RegistryHarness, startRegistry, type TestUser } from './harness';

/** What the reviewer's console reads besides the workflow calls: the session and the queue's counts. */
describe.each(DIALECTS)('registry answers for the console (%s)', (dialect) => {
  let h: RegistryHarness;
  beforeAll(async () => {
    h = await startRegistry(dialect, 'registry-console');
  });
  afterAll(async () => {
    await h?.dispose();
  });

  const as = async (user: TestUser) => ({ Authorization: await h.bearer(user) });

  async function saveAndSubmit(appId: string, spec: SyncSpec): Promise<string> {
    const saved = await http(h)
      .post(`/api/apps/${appId}/versions`)
      .set(await as('builder'))
      .send(spec)
      .expect(201);
    await http(h)
      .post(`/api/apps/${appId}/versions/${saved.body.hash}/submit`)
      .set(await as('builder'))
      .expect(201);
    return saved.body.hash as string;
  }

  it('session names the caller and exactly the registry actions its roles allow', async () => {
    const reviewer = await http(h)
      .get('/api/session')
      .set(await as('reviewer'))
      .expect(200);
    expect(conforms('Session', reviewer.body).ok).toBe(true);
    expect(reviewer.body).toEqual({
      userId: 'rui-reviewer',
      roles: ['reviewer'],
      permissions: [
        'read',
        'validate',
        'version.comment',
        'review.list',
        'version.approve',
        'version.reject',
        'version.publish',
        'app.rollback',
        'audit.read',
      ],
    });
    const builder = await http(h)
      .get('/api/session')
      .set(await as('builder'))
      .expect(200);
    expect(builder.body.permissions).toEqual([
      'read',
      'validate',
      'version.create',
      'version.submit',
      'version.comment',
      'sandbox.create',
    ]);
    const technician = await http(h)
      .get('/api/session')
      .set(await as('technician'))
      .expect(200);
    expect(technician.body.permissions).toEqual([]);
  });

  it('session without a valid token is refused 401', async () => {
    const res = await http(h).get('/api/session').set('Authorization', 'Bearer not.a.token').expect(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('the queue carries the author and the change counts against the published version', async () => {
    const app = 'console-queue';
    const first = await saveAndSubmit(
      app,
      fieldServiceVersion('1.0.0', (s) => (s.app.id = app)),
    );
    let queue = await http(h)
      .get('/api/reviews')
      .set(await as('reviewer'))
      .expect(200);
    expect(conforms('SubmissionList', queue.body).ok).toBe(true);
    expect(queue.body.reviews.find((r: { hash: string }) => r.hash === first)).toMatchObject({
      createdBy: 'bea-builder',
      submittedBy: 'bea-builder',
      // A first version is listed whole, as added: many changes, none breaking, grants that write high.
      diff: { against: null, changes: expect.any(Number), breaking: 0, highRisk: expect.any(Number) },
    });
    await http(h)
      .post(`/api/apps/${app}/versions/${first}/approve`)
      .set(await as('reviewer'))
      .send({})
      .expect(200);
    await http(h)
      .post(`/api/apps/${app}/versions/${first}/publish`)
      .set(await as('reviewer'))
      .expect(201);

    // Removing a field devices hold is breaking and high risk.
    const second = await saveAndSubmit(
      app,
      fieldServiceVersion('1.1.0', (s) => {
        s.app.id = app;
        const job = s.entities.find((e) => e.name === 'Job');
        if (!job) throw new Error('the template has no Job');
        job.fields = job.fields.filter((f) => f.name !== 'notes');
        for (const role of s.roles)
          for (const p of role.permissions)
            if (p.writableFields) p.writableFields = p.writableFields.filter((f) => f !== 'notes');
      }),
    );
    queue = await http(h)
      .get('/api/reviews?status=pending')
      .set(await as('reviewer'))
      .expect(200);
    const entry = queue.body.reviews.find((r: { hash: string }) => r.hash === second);
    expect(entry.diff.against).toBe(first);
    expect(entry.diff.changes).toBeGreaterThanOrEqual(1);
    expect(entry.diff.breaking).toBeGreaterThanOrEqual(1);
    expect(entry.diff.highRisk).toBeGreaterThanOrEqual(1);
    const review = await http(h)
      .get(`/api/apps/${app}/versions/${second}/review`)
      .set(await as('reviewer'))
      .expect(200);
    expect(review.body.diff.summary).toEqual(entry.diff);
  });
});
