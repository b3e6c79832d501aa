import type { SyncSpec } from '@syncraft/runtime/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { fieldServiceVersion, http, type RegistryHarness, startRegistry, type TestUser } from './harness';

function specFor(appId: string, version: string, change?: (spec: SyncSpec) => void): SyncSpec {
  return fieldServiceVersion(version, (spec) => {
    spec.app.id = appId;
    change?.(spec);
  });
}

describe.each(DIALECTS)('registry workflow over HTTP (%s)', (dialect) => {
  let h: RegistryHarness;
  beforeAll(async () => {
    h = await startRegistry(dialect, 'registry-workflow');
  });
  afterAll(async () => {
    await h?.dispose();
  });

  const as = async (user: TestUser) => ({ Authorization: await h.bearer(user) });

  /** Runs a mutating call and checks it left exactly `records` audit records. */
  async function audited<T>(records: number, call: () => Promise<T>): Promise<T> {
    const before = await h.auditCount();
    const result = await call();
    expect(await h.auditCount()).toBe(before + records);
    return result;
  }

  async function push(appId: string, spec: SyncSpec, user: TestUser = 'builder') {
    return http(h)
      .post(`/api/apps/${appId}/versions`)
      .set(await as(user))
      .send(spec);
  }

  it('takes a spec from draft to published, serves it with an ETag and rolls back, auditing each step once', async () => {
    const app = 'wf-full';
    const v1 = await audited(1, () => push(app, specFor(app, '1.0.0')));
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({ appId: app, appVersion: '1.0.0', status: 'draft', created: true });
    expect(v1.body.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(v1.headers.location).toBe(`/api/apps/${app}/versions/${v1.body.hash}`);

    // Same content, other key order: same version, 200, nothing recorded.
    const reordered = Object.fromEntries(Object.entries(specFor(app, '1.0.0')).reverse());
    const again = await audited(0, () => push(app, reordered as unknown as SyncSpec, 'builder2'));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ hash: v1.body.hash, created: false, createdBy: 'bea-builder' });

    const apps = await http(h)
      .get('/api/apps')
      .set(await as('reviewer'));
    expect(apps.body.apps.map((a: { id: string }) => a.id)).toContain(app);

    const submitted = await audited(1, async () =>
      http(h)
        .post(`/api/apps/${app}/versions/${v1.body.hash}/submit`)
        .set(await as('builder')),
    );
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({ status: 'pending', round: 1, submittedBy: 'bea-builder' });

    const queue = await http(h)
      .get('/api/reviews?status=pending')
      .set(await as('reviewer'));
    expect(queue.status).toBe(200);
    expect(queue.body.reviews).toContainEqual(
      expect.objectContaining({ appId: app, hash: v1.body.hash, appVersion: '1.0.0' }),
    );

    await audited(1, async () =>
      http(h)
        .post(`/api/apps/${app}/versions/${v1.body.hash}/comments`)
        .set(await as('reviewer'))
        .send({ body: 'Retention for sites is unbounded; fine for now.' })
        .expect(201),
    );
    const review = await http(h)
      .get(`/api/apps/${app}/versions/${v1.body.hash}/review`)
      .set(await as('reviewer'));
    expect(review.status).toBe(200);
    expect(review.body.published).toBeNull();
    // Nothing published: the whole first version is listed as added, none of it breaking.
    const changes = review.body.diff.changes as { kind: string; entity?: string; breaking: boolean }[];
    expect(changes.filter((c) => c.kind === 'entity-added').map((c) => c.entity)).toEqual(
      specFor(app, '1.0.0').entities.map((e: { name: string }) => e.name),
    );
    expect(changes.some((c) => c.kind === 'field-added')).toBe(true);
    expect(changes.filter((c) => c.breaking)).toEqual([]);
    expect(review.body.diff.summary).toMatchObject({ against: null, changes: changes.length, breaking: 0 });
    expect(review.body.comments).toEqual([
      expect.objectContaining({
        author: 'rui-reviewer',
        body: 'Retention for sites is unbounded; fine for now.',
      }),
    ]);

    const approved = await audited(1, async () =>
      http(h)
        .post(`/api/apps/${app}/versions/${v1.body.hash}/approve`)
        .set(await as('reviewer'))
        .send({ comment: 'Looks right.' }),
    );
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      decidedBy: 'rui-reviewer',
      decisionComment: 'Looks right.',
    });

    const published = await audited(1, async () =>
      http(h)
        .post(`/api/apps/${app}/versions/${v1.body.hash}/publish`)
        .set(await as('reviewer')),
    );
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ seq: 1, kind: 'publish', previousHash: null });

    const fetched = await http(h)
      .get(`/api/apps/${app}/published`)
      .set(await as('builder'));
    expect(fetched.status).toBe(200);
    expect(fetched.headers.etag).toBe(`"${v1.body.hash}"`);
    expect(fetched.body).toMatchObject({ appId: app, version: '1.0.0', hash: v1.body.hash });
    expect(fetched.body.spec.app.id).toBe(app);
    const notModified = await http(h)
      .get(`/api/apps/${app}/published`)
      .set(await as('builder'))
      .set('If-None-Match', fetched.headers.etag as string);
    expect(notModified.status).toBe(304);

    // Version 2 turns a field's rule into client-wins: the review shows the change with its risk.
    const v2spec = specFor(app, '1.1.0', (spec) => {
      const visit = spec.entities.find((e) => e.name === 'Visit')!;
      visit.fields.push({ name: 'rating', type: 'integer', description: 'Customer rating.' });
    });
    const v2 = await audited(1, () => push(app, v2spec));
    await audited(1, async () =>
      http(h)
        .post(`/api/apps/${app}/versions/${v2.body.hash}/submit`)
        .set(await as('builder'))
        .expect(201),
    );
    const review2 = await http(h)
      .get(`/api/apps/${app}/versions/${v2.body.hash}/review`)
      .set(await as('reviewer'));
    expect(review2.body.published).toEqual({ hash: v1.body.hash, appVersion: '1.0.0' });
    expect(review2.body.diff.summary).toMatchObject({ against: v1.body.hash });
    const kinds = review2.body.diff.changes.map((c: { kind: string }) => c.kind);
    expect(kinds).toContain('field-added');
    for (const change of review2.body.diff.changes) {
      expect(['low', 'medium', 'high']).toContain(change.risk);
      expect(typeof change.breaking).toBe('boolean');
    }
    await audited(1, async () =>
      http(h)
        .post(`/api/apps/${app}/versions/${v2.body.hash}/approve`)
        .set(await as('admin'))
        .send({})
        .expect(200),
    );
    await audited(1, async () =>
      http(h)
        .post(`/api/apps/${app}/versions/${v2.body.hash}/publish`)
        .set(await as('admin'))
        .expect(201),
    );

    const stale = await http(h)
      .get(`/api/apps/${app}/published`)
      .set(await as('builder'))
      .set('If-None-Match', fetched.headers.etag as string);
    expect(stale.status).toBe(200);
    expect(stale.headers.etag).toBe(`"${v2.body.hash}"`);
    expect(stale.body.version).toBe('1.1.0');

    const rolledBack = await audited(1, async () =>
      http(h)
        .post(`/api/apps/${app}/rollback`)
        .set(await as('reviewer'))
        .send({ hash: v1.body.hash }),
    );
    expect(rolledBack.status).toBe(201);
    expect(rolledBack.body).toMatchObject({
      seq: 3,
      kind: 'rollback',
      hash: v1.body.hash,
      previousHash: v2.body.hash,
    });
    const current = await http(h)
      .get(`/api/apps/${app}/published`)
      .set(await as('builder'));
    expect(current.headers.etag).toBe(`"${v1.body.hash}"`);

    const history = await http(h)
      .get(`/api/apps/${app}/publications`)
      .set(await as('builder'));
    expect(history.body.publications.map((p: { seq: number; kind: string }) => `${p.seq}:${p.kind}`)).toEqual(
      ['3:rollback', '2:publish', '1:publish'],
    );

    const audit = await http(h)
      .get(`/api/audit?appId=${app}`)
      .set(await as('reviewer'));
    expect(audit.status).toBe(200);
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'version.create',
      'version.submit',
      'version.comment',
      'version.approve',
      'version.publish',
      'version.create',
      'version.submit',
      'version.approve',
      'version.publish',
      'app.rollback',
    ]);
    const publishEntry = audit.body.entries[8];
    expect(publishEntry).toMatchObject({
      userId: 'ada-admin',
      roles: ['admin'],
      appId: app,
      hash: v2.body.hash,
    });
    expect(publishEntry.details).toMatchObject({ previousHash: v1.body.hash, against: v1.body.hash });
    expect(publishEntry.details.changes).toBeGreaterThan(0);
    expect(audit.body.entries[2].comment).toBe('Retention for sites is unbounded; fine for now.');

    const exported = await http(h)
      .get(`/api/audit/export?appId=${app}`)
      .set(await as('admin'));
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = exported.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual(audit.body.entries);

    const firstPage = await http(h)
      .get(`/api/audit?appId=${app}&limit=4`)
      .set(await as('reviewer'));
    const lastId = firstPage.body.entries.at(-1).id;
    const nextPage = await http(h)
      .get(`/api/audit?appId=${app}&limit=4&after=${lastId}`)
      .set(await as('reviewer'));
    expect([...firstPage.body.entries, ...nextPage.body.entries]).toEqual(audit.body.entries.slice(0, 8));
    const publishedAt = publishEntry.at as string;
    const since = await http(h)
      .get(`/api/audit?appId=${app}&since=${publishedAt}`)
      .set(await as('reviewer'));
    expect(since.body.entries[0]).toEqual(publishEntry);
    const until = await http(h)
      .get(`/api/audit?appId=${app}&until=${publishedAt}`)
      .set(await as('reviewer'));
    expect(until.body.entries.every((e: { at: string }) => e.at < publishedAt)).toBe(true);

    const approvals = await http(h)
      .get(`/api/audit?appId=${app}&action=version.approve&limit=1`)
      .set(await as('admin'));
    expect(approvals.body.entries).toHaveLength(1);
    expect(approvals.body.entries[0].hash).toBe(v1.body.hash);
  });

  it('lets a rejected version be submitted again and counts the rounds', async () => {
    const app = 'wf-reject';
    const v = await push(app, specFor(app, '1.0.0'));
    const base = `/api/apps/${app}/versions/${v.body.hash}`;
    await http(h)
      .post(`${base}/submit`)
      .set(await as('builder'))
      .expect(201);
    const rejected = await audited(1, async () =>
      http(h)
        .post(`${base}/reject`)
        .set(await as('reviewer'))
        .send({ comment: 'Name the owner team.' }),
    );
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionComment: 'Name the owner team.' });
    const resubmitted = await http(h)
      .post(`${base}/submit`)
      .set(await as('builder'));
    expect(resubmitted.status).toBe(201);
    expect(resubmitted.body.round).toBe(2);
    const version = await http(h)
      .get(base)
      .set(await as('builder'));
    expect(version.body).toMatchObject({ status: 'pending', submission: { round: 2, status: 'pending' } });
    expect(version.body.spec.app.version).toBe('1.0.0');
  });

  it('revokes an approval that was not published yet, freeing the release slot', async () => {
    const app = 'wf-revoke';
    const a = await push(app, specFor(app, '1.0.0'));
    const b = await push(app, specFor(app, '1.0.1'));
    for (const v of [a, b])
      await http(h)
        .post(`/api/apps/${app}/versions/${v.body.hash}/submit`)
        .set(await as('builder'))
        .expect(201);
    await http(h)
      .post(`/api/apps/${app}/versions/${a.body.hash}/approve`)
      .set(await as('reviewer'))
      .expect(200);
    const blocked = await http(h)
      .post(`/api/apps/${app}/versions/${b.body.hash}/approve`)
      .set(await as('reviewer'));
    expect(blocked.status).toBe(409);
    await audited(1, async () =>
      http(h)
        .post(`/api/apps/${app}/versions/${a.body.hash}/reject`)
        .set(await as('reviewer'))
        .send({ comment: 'Wrong build, take 1.0.1.' })
        .expect(200),
    );
    await http(h)
      .post(`/api/apps/${app}/versions/${b.body.hash}/approve`)
      .set(await as('reviewer'))
      .expect(200);
    const apps = await http(h)
      .get('/api/apps')
      .set(await as('reviewer'));
    expect(apps.body.apps.find((x: { id: string }) => x.id === app)).toMatchObject({
      releaseHash: b.body.hash,
    });
  });
});
