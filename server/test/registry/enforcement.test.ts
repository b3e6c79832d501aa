import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/registry/access';
import { createRegistryContext } from '../../src/registry/context';
import { parsePolicies } from '../../src/registry/policies/parse';
import { NO_POLICIES, type PolicySet } from '../../src/registry/policies/types';
import { approveVersion } from '../../src/registry/review';
import { saveVersion, submitVersion } from '../../src/registry/versions';
import { DIALECTS } from '../helpers/databases';
import { fieldServiceVersion, http, type RegistryHarness, startRegistry } from './harness';

const strict = parsePolicies({
  version: 1,
  policies: [{ name: 'retention-7-days', kind: 'max-retention', maxDays: 7 }],
});
if (!strict.ok) throw new Error('test policies are invalid');
const strictPolicies: PolicySet = { source: 'test', policies: strict.policies };

const builder: Actor = { userId: 'bea-builder', roles: ['builder'] };
const reviewer: Actor = { userId: 'rui-reviewer', roles: ['reviewer'] };

describe.each(DIALECTS)('registry enforcement (%s)', (dialect) => {
  let h: RegistryHarness;
  beforeAll(async () => {
    h = await startRegistry(dialect, 'registry-enforcement');
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await http(h)
      .post('/api/apps/field-service/versions')
      .set({ Authorization: await h.bearer('builder') })
      .send(fieldServiceVersion('0.9.0'))
      .expect(201);
    const before = await h.auditCount();
    expect(before).toBeGreaterThan(0);
    await expect(sql`update registry_audit_log set user_id = 'someone-else'`.execute(h.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from registry_audit_log`.execute(h.db)).rejects.toThrow(/append-only/);
    expect(await h.auditCount()).toBe(before);
  });

  it('re-checks policies at approval: a policy tightened after submission blocks the approval', async () => {
    const lenient = createRegistryContext(h.db, NO_POLICIES, { allowSelfApproval: false });
    const tightened = createRegistryContext(h.db, strictPolicies, { allowSelfApproval: false });
    const saved = await saveVersion(lenient, builder, 'field-service', fieldServiceVersion('0.9.1'));
    await submitVersion(lenient, builder, 'field-service', saved.version.hash);
    const before = await h.auditCount();
    const refusal = await approveVersion(
      tightened,
      reviewer,
      'field-service',
      saved.version.hash,
      null,
    ).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ status: 422, code: 'policy-violation' });
    expect(await h.auditCount()).toBe(before);
    const approved = await approveVersion(lenient, reviewer, 'field-service', saved.version.hash, null);
    expect(approved.status).toBe('approved');
  });

  it('serves the published spec to any signed-in caller, devices included', async () => {
    const published = await http(h)
      .get('/api/apps/field-service/published')
      .set({ Authorization: await h.bearer('technician') });
    expect(published.status).toBe(404);
    expect(published.body.error.message).toMatch(/no published version/);
    const hash = (await h.db.selectFrom('registry_apps').select('release_hash').executeTakeFirstOrThrow())
      .release_hash!;
    await http(h)
      .post(`/api/apps/field-service/versions/${hash}/publish`)
      .set({ Authorization: await h.bearer('reviewer') })
      .expect(201);
    const fetched = await http(h)
      .get('/api/apps/field-service/published')
      .set({ Authorization: await h.bearer('technician') });
    expect(fetched.status).toBe(200);
    expect(fetched.body.version).toBe('0.9.1');
    const weak = await http(h)
      .get('/api/apps/field-service/published')
      .set({ Authorization: await h.bearer('technician') })
      .set('If-None-Match', `"0000", W/"${hash}"`);
    expect(weak.status).toBe(304);
  });
});
