import type { SyncSpec } from '@syncraft/runtime/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePolicies } from '../../src/registry/policies/parse';
import type { PolicySet } from '../../src/registry/policies/types';
import { DIALECTS } from '../helpers/databases';
import { fieldServiceVersion, http, type RegistryHarness, startRegistry, type TestUser } from './harness';

function specFor(appId: string, version: string, change?: (spec: SyncSpec) => void): SyncSpec {
  return fieldServiceVersion(version, (spec) => {
    spec.app.id = appId;
    change?.(spec);
  });
}

const parsed = parsePolicies({
  version: 1,
  policies: [
    {
      name: 'no-client-wins-on-critical',
      kind: 'forbid-strategy-on-priority',
      strategies: ['client-wins'],
      priorities: ['critical'],
    },
    { name: 'named-owner', kind: 'require-owner', severity: 'warning' },
  ],
});
if (!parsed.ok) throw new Error('test policies are invalid');
const policies: PolicySet = { source: 'test', policies: parsed.policies };

describe.each(DIALECTS)('registry refusals over HTTP (%s)', (dialect) => {
  let h: RegistryHarness;
  beforeAll(async () => {
    h = await startRegistry(dialect, 'registry-refusals', { policies });
  });
  afterAll(async () => {
    await h?.dispose();
  });

  const as = async (user: TestUser) => ({ Authorization: await h.bearer(user) });

  /** Sends a refused call: asserts status, error code, and that the audit log did not grow. */
  async function refused(
    status: number,
    code: string,
    call: () => Promise<{ status: number; body: unknown }>,
  ) {
    const before = await h.auditCount();
    const res = await call();
    expect(res.status).toBe(status);
    const body = res.body as { error: { code: string; message: string; pointer?: string; hint?: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(10);
    expect(await h.auditCount()).toBe(before);
    return body.error;
  }

  async function draft(app: string, version = '1.0.0', change?: (spec: SyncSpec) => void): Promise<string> {
    const res = await http(h)
      .post(`/api/apps/${app}/versions`)
      .set(await as('builder'))
      .send(specFor(app, version, change));
    expect(res.status).toBe(201);
    return res.body.hash as string;
  }

  async function pending(app: string, version = '1.0.0', user: TestUser = 'builder'): Promise<string> {
    const hash = await draft(app, version);
    await http(h)
      .post(`/api/apps/${app}/versions/${hash}/submit`)
      .set(await as(user))
      .expect(201);
    return hash;
  }

  it('answers 401 without a token and 403 to a caller without the role', async () => {
    const error = await refused(401, 'unauthenticated', () =>
      http(h).post('/api/apps/x/versions').send(specFor('x', '1.0.0')),
    );
    expect(error.hint).toMatch(/Bearer/);
    await refused(401, 'unauthenticated', () =>
      http(h).get('/api/audit').set('Authorization', 'Bearer not.a.token'),
    );
    const forbidden = await refused(403, 'forbidden', async () =>
      http(h)
        .post('/api/apps/x/versions')
        .set(await as('technician'))
        .send(specFor('x', '1.0.0')),
    );
    expect(forbidden.message).toMatch(/builder or admin/);
    await refused(403, 'forbidden', async () =>
      http(h)
        .get('/api/audit')
        .set(await as('builder')),
    );
    await refused(403, 'forbidden', async () =>
      http(h)
        .get('/api/reviews')
        .set(await as('builder')),
    );
    const hash = await pending('roles');
    await refused(403, 'forbidden', async () =>
      http(h)
        .post(`/api/apps/roles/versions/${hash}/approve`)
        .set(await as('builder'))
        .send({}),
    );
    await refused(403, 'forbidden', async () =>
      http(h)
        .post(`/api/apps/roles/versions/${hash}/publish`)
        .set(await as('builder')),
    );
  });

  it('refuses malformed specs with diagnostics and a pointer, saving nothing', async () => {
    const error = await refused(400, 'invalid-spec', async () =>
      http(h)
        .post('/api/apps/bad/versions')
        .set(await as('builder'))
        .send({ specVersion: 1, app: { id: 'bad' } }),
    );
    expect(error.pointer).toBeDefined();
    expect((error as { diagnostics?: unknown[] }).diagnostics?.length).toBeGreaterThan(0);
    await refused(400, 'invalid-json', async () =>
      http(h)
        .post('/api/apps/bad/versions')
        .set(await as('builder'))
        .set('Content-Type', 'application/json')
        .send('{"specVersion": 1,'),
    );
    const poisoned = JSON.stringify(specFor('bad', '1.0.0')).replace(
      '"specVersion":1',
      '"__proto__":{"x":1},"specVersion":1',
    );
    await refused(400, 'bad-request', async () =>
      http(h)
        .post('/api/apps/bad/versions')
        .set(await as('builder'))
        .set('Content-Type', 'application/json')
        .send(poisoned),
    );
    const mismatch = await refused(400, 'bad-request', async () =>
      http(h)
        .post('/api/apps/other-app/versions')
        .set(await as('builder'))
        .send(specFor('bad', '1.0.0')),
    );
    expect(mismatch.pointer).toBe('/app/id');
    const apps = await http(h)
      .get('/api/apps')
      .set(await as('builder'));
    expect(apps.body.apps.map((a: { id: string }) => a.id)).not.toContain('bad');
  });

  it('answers 404 for unknown apps and versions', async () => {
    await refused(404, 'not-found', async () =>
      http(h)
        .get('/api/apps/nope/versions')
        .set(await as('builder')),
    );
    await refused(404, 'not-found', async () =>
      http(h)
        .get('/api/apps/nope/published')
        .set(await as('builder')),
    );
    const hash = await draft('known');
    const missing = 'f'.repeat(64);
    await refused(404, 'not-found', async () =>
      http(h)
        .post(`/api/apps/known/versions/${missing}/submit`)
        .set(await as('builder')),
    );
    await refused(404, 'not-found', async () =>
      http(h)
        .get('/api/apps/known/versions/not-a-hash')
        .set(await as('builder')),
    );
    await refused(404, 'not-found', async () =>
      http(h)
        .post(`/api/apps/nope/versions/${hash}/submit`)
        .set(await as('builder')),
    );
    await refused(404, 'not-found', async () =>
      http(h)
        .get('/api/apps/known/published')
        .set(await as('builder')),
    );
  });

  it('refuses to submit a spec with errors or a policy violation, and keeps policy warnings for the reviewer', async () => {
    const broken = await draft('lint', '1.0.0', (spec) => {
      const job = spec.entities.find((e) => e.name === 'Job')!;
      const site = job.fields.find((f) => f.name === 'siteId')!;
      if (site.type === 'reference') site.entity = 'Nowhere';
    });
    const invalid = await refused(422, 'invalid-spec', async () =>
      http(h)
        .post(`/api/apps/lint/versions/${broken}/submit`)
        .set(await as('builder')),
    );
    expect((invalid as { diagnostics?: Array<{ code: string }> }).diagnostics?.map((d) => d.code)).toContain(
      'SPEC100',
    );

    const clientWins = await draft('policy', '1.0.0', (spec) => {
      spec.entities.find((e) => e.name === 'Job')!.conflict = {
        strategy: 'client-wins',
        description: 'Devices win.',
      };
    });
    const violation = await refused(422, 'policy-violation', async () =>
      http(h)
        .post(`/api/apps/policy/versions/${clientWins}/submit`)
        .set(await as('builder')),
    );
    expect(violation.message).toContain('no-client-wins-on-critical');
    expect((violation as { diagnostics?: unknown[] }).diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'POLICY',
        policy: 'no-client-wins-on-critical',
        pointer: '/entities/1/conflict/strategy',
      }),
    );

    const ownerless = await draft('warned', '1.0.0', (spec) => {
      delete spec.app.owner;
    });
    const ok = await http(h)
      .post(`/api/apps/warned/versions/${ownerless}/submit`)
      .set(await as('builder'));
    expect(ok.status).toBe(201);
    expect(ok.body.warnings).toEqual([
      expect.objectContaining({ code: 'POLICY', policy: 'named-owner', severity: 'warning' }),
    ]);

    const validation = await http(h)
      .post('/api/specs/validate')
      .set(await as('reviewer'))
      .send(
        specFor('policy', '2.0.0', (spec) => {
          spec.entities.find((e) => e.name === 'Job')!.conflict = { strategy: 'client-wins' };
        }),
      );
    expect(validation.status).toBe(200);
    expect(validation.body.valid).toBe(false);
    expect(validation.body.diagnostics.map((d: { policy?: string }) => d.policy)).toContain(
      'no-client-wins-on-critical',
    );
  });

  it('forbids approving one’s own submission unless allowed', async () => {
    const hash = await pending('selfie', '1.0.0', 'builderReviewer');
    const error = await refused(403, 'forbidden', async () =>
      http(h)
        .post(`/api/apps/selfie/versions/${hash}/approve`)
        .set(await as('builderReviewer'))
        .send({}),
    );
    expect(error.message).toMatch(/cannot approve it yourself/);
    expect(error.hint).toMatch(/allowSelfApproval/);
  });

  it('keeps the author of a version from approving or publishing it when a colleague submitted it', async () => {
    const saved = await http(h)
      .post('/api/apps/authored/versions')
      .set(await as('builderReviewer'))
      .send(specFor('authored', '1.0.0'));
    expect(saved.status).toBe(201);
    const hash = saved.body.hash as string;
    await http(h)
      .post(`/api/apps/authored/versions/${hash}/submit`)
      .set(await as('builder'))
      .expect(201);
    const approve = await refused(403, 'forbidden', async () =>
      http(h)
        .post(`/api/apps/authored/versions/${hash}/approve`)
        .set(await as('builderReviewer'))
        .send({}),
    );
    expect(approve.message).toMatch(/saved this version, so you cannot approve it/);
    await http(h)
      .post(`/api/apps/authored/versions/${hash}/approve`)
      .set(await as('reviewer'))
      .send({})
      .expect(200);
    const publish = await refused(403, 'forbidden', async () =>
      http(h)
        .post(`/api/apps/authored/versions/${hash}/publish`)
        .set(await as('builderReviewer')),
    );
    expect(publish.message).toMatch(/cannot publish it yourself/);
    const published = await http(h)
      .post(`/api/apps/authored/versions/${hash}/publish`)
      .set(await as('reviewer2'));
    expect(published.status).toBeLessThan(300);
  });

  it('refuses publishing or rolling back to a version that was never approved, and bad decisions', async () => {
    const hash = await pending('unapproved');
    const error = await refused(409, 'conflict', async () =>
      http(h)
        .post(`/api/apps/unapproved/versions/${hash}/publish`)
        .set(await as('reviewer')),
    );
    expect(error.message).toMatch(/approved/);
    await refused(409, 'conflict', async () =>
      http(h)
        .post('/api/apps/unapproved/rollback')
        .set(await as('admin'))
        .send({ hash }),
    );
    const badHash = await refused(400, 'bad-request', async () =>
      http(h)
        .post('/api/apps/unapproved/rollback')
        .set(await as('admin'))
        .send({ hash: 'abc' }),
    );
    expect(badHash.pointer).toBe('/hash');
    const noComment = await refused(400, 'bad-request', async () =>
      http(h)
        .post(`/api/apps/unapproved/versions/${hash}/reject`)
        .set(await as('reviewer'))
        .send({}),
    );
    expect(noComment.pointer).toBe('/comment');
    await refused(409, 'conflict', async () =>
      http(h)
        .post(`/api/apps/unapproved/versions/${hash}/submit`)
        .set(await as('builder')),
    );
    await refused(400, 'bad-request', async () =>
      http(h)
        .get('/api/audit?since=yesterday')
        .set(await as('admin')),
    );
    await refused(400, 'bad-request', async () =>
      http(h)
        .get('/api/audit?action=version.delete')
        .set(await as('admin')),
    );
    await refused(400, 'bad-request', async () =>
      http(h)
        .get('/api/reviews?status=lost')
        .set(await as('admin')),
    );
    await refused(400, 'bad-request', async () =>
      http(h)
        .get('/api/audit?limit=5000')
        .set(await as('admin')),
    );
    await refused(400, 'bad-request', async () =>
      http(h)
        .get('/api/audit?limit=2&limit=3')
        .set(await as('admin')),
    );
    await http(h)
      .post(`/api/apps/unapproved/versions/${hash}/approve`)
      .set(await as('reviewer'))
      .expect(200);
    await http(h)
      .post(`/api/apps/unapproved/versions/${hash}/publish`)
      .set(await as('reviewer'))
      .expect(201);
    const twice = await refused(409, 'conflict', async () =>
      http(h)
        .post(`/api/apps/unapproved/versions/${hash}/publish`)
        .set(await as('reviewer')),
    );
    expect(twice.message).toMatch(/already the published/);
  });

  it('lets exactly one of two concurrent approvals win, with a precise 409 for the other', async () => {
    const a = await pending('race', '2.0.0');
    const b = await pending('race', '2.0.1');
    const before = await h.auditCount();
    const [ra, rb] = await Promise.all(
      [a, b].map(async (hash) =>
        http(h)
          .post(`/api/apps/race/versions/${hash}/approve`)
          .set(await as('reviewer'))
          .send({ comment: 'go' }),
      ),
    );
    const statuses = [ra!.status, rb!.status].sort();
    expect(statuses).toEqual([200, 409]);
    const [winner, loser] = ra!.status === 200 ? [a, rb!] : [b, ra!];
    expect(loser.body.error.code).toBe('conflict');
    expect(loser.body.error.message).toContain(winner);
    expect(await h.auditCount()).toBe(before + 1);
    const versions = await http(h)
      .get('/api/apps/race/versions')
      .set(await as('reviewer'));
    const byHash = Object.fromEntries(
      versions.body.versions.map((v: { hash: string; status: string }) => [v.hash, v.status]),
    );
    expect(byHash[winner]).toBe('approved');
    expect(Object.values(byHash).filter((s) => s === 'approved')).toHaveLength(1);

    const publishes = await Promise.all(
      [0, 1].map(async () =>
        http(h)
          .post(`/api/apps/race/versions/${winner}/publish`)
          .set(await as('reviewer')),
      ),
    );
    expect(publishes.map((r) => r.status).sort()).toEqual([201, 409]);
    const history = await http(h)
      .get('/api/apps/race/publications')
      .set(await as('reviewer'));
    expect(history.body.publications).toHaveLength(1);
  });
});

describe('self-approval when the organisation allows it', () => {
  it('lets an author approve their own submission', async () => {
    const h = await startRegistry('sqlite', 'registry-self', { settings: { allowSelfApproval: true } });
    try {
      const auth = { Authorization: await h.bearer('builderReviewer') };
      const spec = specFor('selfok', '1.0.0');
      const saved = await http(h).post('/api/apps/selfok/versions').set(auth).send(spec).expect(201);
      await http(h).post(`/api/apps/selfok/versions/${saved.body.hash}/submit`).set(auth).expect(201);
      const approved = await http(h)
        .post(`/api/apps/selfok/versions/${saved.body.hash}/approve`)
        .set(auth)
        .send({});
      expect(approved.status).toBe(200);
      expect(approved.body.decidedBy).toBe('sam-both');
    } finally {
      await h.dispose();
    }
  });
});
