import type { Operation } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { upsertOp as op, syncClient } from '../helpers/sync-client';

/** field-service, with each job's dispatch region hidden from technicians. */
function specWithHiddenRegion(): SyncSpec {
  const spec = templateSpec('field-service');
  return {
    ...spec,
    roles: spec.roles.map((role) =>
      role.name !== 'technician'
        ? role
        : {
            ...role,
            permissions: role.permissions.map((p) =>
              p.entity === 'Job' ? { ...p, hiddenFields: ['region'] } : p,
            ),
          },
    ),
  };
}

describe.each(DIALECTS)('permissions and scopes enforced by the sync endpoint on %s', (dialect) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const sync = () => syncClient(t.app, 'field-service');
  const push = (who: string, operations: Operation[]) => sync().push(tokens[who]!, operations);
  const pull = (who: string) => sync().pull(tokens[who]!);
  const job = (key: string, region: string) => ({
    id: key,
    title: key,
    siteId: 's',
    assigneeId: 'ana',
    region,
    status: 'open',
    scheduledAt: new Date().toISOString(),
  });

  beforeAll(async () => {
    t = await createTestApp(dialect, 'access', [specWithHiddenRegion()]);
    tokens.north = await tokenFor('nora', ['dispatcher'], { region: 'north' });
    tokens.south = await tokenFor('sam', ['dispatcher'], { region: 'south' });
    tokens.ana = await tokenFor('ana', ['technician']);
    tokens.nobody = await tokenFor('nobody', []);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('lets a dispatcher create jobs only in their own region', async () => {
    const results = await push('north', [
      op('Job', 'n1', job('n1', 'north')),
      op('Job', 'x1', job('x1', 'south')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected']);
    expect(results[1]).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
  });

  it("keeps another region's jobs from a dispatcher, and refuses their edits", async () => {
    const page = await pull('south');
    expect(page.changes.filter((c) => c.kind === 'upsert').map((c) => c.key)).not.toContain('n1');
    const results = await push('south', [op('Job', 'n1', { title: 'Taken over' }, 1)]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
  });

  it("refuses a field outside the role's writable fields", async () => {
    const results = await push('ana', [op('Job', 'n1', { region: 'south' }, 1)]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'permission', field: 'region' });
  });

  it('refuses unknown fields and invalid values per operation', async () => {
    const results = await push('north', [
      op('Job', 'n2', { ...job('n2', 'north'), colour: 'red' }),
      op('Job', 'n3', { ...job('n3', 'north'), status: 'finished' }),
      op('Job', 'n4', { id: 'n4', title: 'No region' }),
    ]);
    expect(results.map((r) => (r.status === 'rejected' ? r.reason : r.status))).toEqual([
      'unknown-field',
      'invalid-value',
      'missing-required',
    ]);
  });

  it("never sends a field the caller's role hides", async () => {
    const technicianView = (await pull('ana')).changes.find((c) => c.key === 'n1');
    expect(technicianView?.kind).toBe('upsert');
    expect(technicianView?.kind === 'upsert' && technicianView.record.title).toBe('n1');
    expect(technicianView?.kind === 'upsert' && 'region' in technicianView.record).toBe(false);
    const dispatcherView = (await pull('north')).changes.find((c) => c.key === 'n1');
    expect(dispatcherView?.kind === 'upsert' && dispatcherView.record.region).toBe('north');
  });

  it('gives a caller without any role nothing to pull and nothing to write', async () => {
    const page = await pull('nobody');
    expect(page.changes).toEqual([]);
    const results = await push('nobody', [op('Visit', 'v2', { id: 'v2' })]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'permission' });
  });
});
