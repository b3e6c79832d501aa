import type { AuditChainCheck } from '@syncraft/runtime/protocol';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { fieldServiceVersion, http, type RegistryHarness, startRegistry } from './harness';

describe.each(DIALECTS)('the audit log is tamper-evident (%s)', (dialect) => {
  let h: RegistryHarness | undefined;
  afterEach(async () => {
    await h?.dispose();
    h = undefined;
  });

  /** A registry with a few audited actions: two versions saved, one submitted and approved. */
  async function withHistory(): Promise<RegistryHarness> {
    h = await startRegistry(dialect, 'audit_chain');
    const as = async (user: 'builder' | 'reviewer') => ({ Authorization: await h!.bearer(user) });
    const first = await http(h)
      .post('/api/apps/field-service/versions')
      .set(await as('builder'))
      .send(fieldServiceVersion('1.0.0'));
    expect(first.status).toBe(201);
    await http(h)
      .post('/api/apps/field-service/versions')
      .set(await as('builder'))
      .send(fieldServiceVersion('1.1.0'))
      .expect(201);
    await http(h)
      .post(`/api/apps/field-service/versions/${first.body.hash}/submit`)
      .set(await as('builder'))
      .expect(201);
    await http(h)
      .post(`/api/apps/field-service/versions/${first.body.hash}/approve`)
      .set(await as('reviewer'))
      .send({})
      .expect(200);
    return h;
  }

  const verify = async (harness: RegistryHarness): Promise<AuditChainCheck> => {
    const res = await http(harness)
      .get('/api/audit/verify')
      .set('Authorization', await harness.bearer('reviewer'));
    expect(res.status).toBe(200);
    return res.body as AuditChainCheck;
  };

  /** What someone with database access could do: the append-only triggers go first. */
  async function dropGuards(harness: RegistryHarness): Promise<void> {
    if (dialect === 'postgres') {
      await sql`alter table registry_audit_log disable trigger registry_audit_log_no_change`.execute(
        harness.db,
      );
    } else {
      await sql`drop trigger registry_audit_log_no_update`.execute(harness.db);
      await sql`drop trigger registry_audit_log_no_delete`.execute(harness.db);
    }
  }

  const ids = async (harness: RegistryHarness) =>
    (await harness.db.selectFrom('registry_audit_log').select('id').orderBy('chain_seq').execute()).map((r) =>
      Number(r.id),
    );

  it('an untouched log checks out, entry by entry', async () => {
    const harness = await withHistory();
    const check = await verify(harness);
    expect(check).toMatchObject({ ok: true, entries: await harness.auditCount() });
    expect(check.headHash).toMatch(/^[0-9a-f]{64}$/);
    const builder = await http(harness)
      .get('/api/audit/verify')
      .set('Authorization', await harness.bearer('builder'));
    expect(builder.status).toBe(403);
  });

  it('names the entry whose approver was rewritten', async () => {
    const harness = await withHistory();
    await dropGuards(harness);
    const approval = await harness.db
      .selectFrom('registry_audit_log')
      .select('id')
      .where('action', '=', 'version.approve')
      .executeTakeFirstOrThrow();
    await harness.db
      .updateTable('registry_audit_log')
      .set({ user_id: 'someone-else' })
      .where('id', '=', approval.id)
      .execute();
    const check = await verify(harness);
    expect(check).toMatchObject({ ok: false, firstBroken: { id: Number(approval.id), problem: 'altered' } });
  });

  it('names the gap where an entry was deleted, in the middle or at the end', async () => {
    const harness = await withHistory();
    await dropGuards(harness);
    const [, second] = await ids(harness);
    await harness.db.deleteFrom('registry_audit_log').where('id', '=', second!).execute();
    expect(await verify(harness)).toMatchObject({
      ok: false,
      firstBroken: { position: 2, id: null, problem: 'missing' },
    });
  });

  it('finds the last entry cut off', async () => {
    const harness = await withHistory();
    await dropGuards(harness);
    const all = await ids(harness);
    await harness.db.deleteFrom('registry_audit_log').where('id', '=', all.at(-1)!).execute();
    expect(await verify(harness)).toMatchObject({
      ok: false,
      firstBroken: { position: all.length, problem: 'missing' },
    });
  });

  it('finds two entries swapped', async () => {
    const harness = await withHistory();
    await dropGuards(harness);
    const [first, second] = await ids(harness);
    const rows = await harness.db
      .selectFrom('registry_audit_log')
      .selectAll()
      .where('id', 'in', [first!, second!])
      .orderBy('id')
      .execute();
    const swap = (row: (typeof rows)[number]) => ({
      action: row.action,
      details: row.details,
      hash: row.hash,
      at: row.at,
    });
    await harness.db.updateTable('registry_audit_log').set(swap(rows[1]!)).where('id', '=', first!).execute();
    await harness.db
      .updateTable('registry_audit_log')
      .set(swap(rows[0]!))
      .where('id', '=', second!)
      .execute();
    expect(await verify(harness)).toMatchObject({
      ok: false,
      firstBroken: { id: first, problem: 'altered' },
    });
  });
});
