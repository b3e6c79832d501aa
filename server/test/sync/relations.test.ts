import type { AccessContext } from '@syncraft/runtime/access';
import { processPush } from '@syncraft/runtime/authority';
import type { Operation, OperationResult } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../src/db/database';
import { SqlAuthorityStore } from '../../src/sync/sql-store';
import { runPushTransaction } from '../../src/sync/transaction';
import { templateSpec } from '../helpers/app';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../helpers/databases';
import { storedRecord } from '../helpers/records';

type OnDelete = 'cascade' | 'set-null' | 'restrict' | 'keep';

/** The field-service spec with the Job → Visit relation (declared on both sides) set to `onDelete`. */
function specWith(onDelete: OnDelete): SyncSpec {
  const spec = templateSpec('field-service');
  return {
    ...spec,
    entities: spec.entities.map((e) => ({
      ...e,
      ...(e.relations && {
        relations: e.relations.map((r) =>
          r.entity === 'Visit' || r.entity === 'Job' ? { ...r, onDelete } : r,
        ),
      }),
    })),
  };
}

const dispatcher: AccessContext = {
  userId: 'dora',
  roles: ['dispatcher'],
  params: { region: 'north' },
  now: Date.now(),
};
let clock = 0;

function deleteJob(key: string, baseVersion: number): Operation {
  return {
    id: `del-${++clock}`,
    entity: 'Job',
    key,
    kind: 'delete',
    changes: {},
    base: {},
    baseVersion,
    hlc: `${Date.now()}-${String(++clock).padStart(6, '0')}-office`,
    clientId: 'office',
  };
}

describe.each(DIALECTS)('relations on delete, enforced by the SQL store on %s', (dialect) => {
  let test: TestDatabase;
  let db: OpenedDatabase;
  let apps = 0;

  beforeAll(async () => {
    test = await openTestDatabase(dialect, 'relations');
    db = test.opened;
  });
  afterAll(async () => {
    await test.dispose();
  });

  /** A fresh app with job j1 (visits v1, v2) and job j2 (visit v3). */
  async function seeded(): Promise<{ appId: string; jobVersion: number }> {
    const appId = `relations-${++apps}`;
    let jobVersion = 0;
    await runPushTransaction(db.db, db.dialect, appId, async (store) => {
      for (const key of ['j1', 'j2']) {
        const version = await store.nextVersion();
        if (key === 'j1') jobVersion = version;
        await store.putRecord(
          'Job',
          storedRecord(key, version, {
            id: key,
            title: key,
            region: 'north',
            assigneeId: 'ana',
            siteId: 's',
            status: 'open',
            scheduledAt: new Date().toISOString(),
          }),
        );
      }
      for (const [key, jobId] of [
        ['v1', 'j1'],
        ['v2', 'j1'],
        ['v3', 'j2'],
      ] as const) {
        await store.putRecord(
          'Visit',
          storedRecord(key, await store.nextVersion(), { id: key, jobId, technicianId: 'ana' }),
        );
      }
    });
    return { appId, jobVersion };
  }

  async function push(
    spec: SyncSpec,
    appId: string,
    op: Operation,
    before?: (s: SqlAuthorityStore) => Promise<void>,
  ): Promise<OperationResult> {
    const { value } = await runPushTransaction(db.db, db.dialect, appId, async (store) => {
      await before?.(store);
      return processPush(
        spec,
        dispatcher,
        { protocol: 1, specVersion: spec.app.version, clientId: 'office', operations: [op] },
        store,
      );
    });
    return value.results[0]!;
  }

  const visits = async (appId: string) => {
    const reader = new SqlAuthorityStore(db.reader, db.dialect, appId, false);
    const out: Record<string, { deleted: boolean; jobId: unknown }> = {};
    for (const key of ['v1', 'v2', 'v3']) {
      const r = await reader.getRecord('Visit', key);
      if (r) out[key] = { deleted: r.deleted, jobId: r.values.jobId };
    }
    return out;
  };

  it('cascade deletes the referencing records in the same transaction', async () => {
    const { appId, jobVersion } = await seeded();
    expect(await push(specWith('cascade'), appId, deleteJob('j1', jobVersion))).toMatchObject({
      status: 'applied',
    });
    expect(await visits(appId)).toEqual({
      v1: { deleted: true, jobId: undefined },
      v2: { deleted: true, jobId: undefined },
      v3: { deleted: false, jobId: 'j2' },
    });
  });

  it('set-null clears the reference and keeps the records', async () => {
    const { appId, jobVersion } = await seeded();
    expect(await push(specWith('set-null'), appId, deleteJob('j1', jobVersion))).toMatchObject({
      status: 'applied',
    });
    expect(await visits(appId)).toEqual({
      v1: { deleted: false, jobId: null },
      v2: { deleted: false, jobId: null },
      v3: { deleted: false, jobId: 'j2' },
    });
  });

  it('restrict refuses the delete while records reference it, and stores nothing', async () => {
    const { appId, jobVersion } = await seeded();
    expect(await push(specWith('restrict'), appId, deleteJob('j1', jobVersion))).toMatchObject({
      status: 'rejected',
      reason: 'restricted',
      message: expect.stringContaining('2 Visit record(s)'),
    });
    const reader = new SqlAuthorityStore(db.reader, db.dialect, appId, false);
    expect((await reader.getRecord('Job', 'j1'))?.deleted).toBe(false);
  });

  it('restrict sees a referencing record written earlier in the same batch, and lets go once they are deleted', async () => {
    const { appId, jobVersion } = await seeded();
    const spec = specWith('restrict');
    const detached = await push(spec, appId, deleteJob('j2', jobVersion + 1), async (s) => {
      const v3 = await s.getRecord('Visit', 'v3');
      if (v3)
        await s.putRecord('Visit', { ...v3, version: await s.nextVersion(), deleted: true, values: {} });
    });
    expect(detached).toMatchObject({ status: 'applied' });
    const blocked = await push(spec, appId, deleteJob('j1', jobVersion), async (s) => {
      for (const key of ['v1', 'v2']) {
        const v = await s.getRecord('Visit', key);
        if (v)
          await s.putRecord('Visit', { ...v, version: await s.nextVersion(), deleted: true, values: {} });
      }
      await s.putRecord(
        'Visit',
        storedRecord('v9', await s.nextVersion(), { id: 'v9', jobId: 'j1', technicianId: 'ana' }),
      );
    });
    expect(blocked).toMatchObject({
      status: 'rejected',
      reason: 'restricted',
      message: expect.stringContaining('1 Visit'),
    });
  });

  it('keep leaves the referencing records alone', async () => {
    const { appId, jobVersion } = await seeded();
    expect(await push(specWith('keep'), appId, deleteJob('j1', jobVersion))).toMatchObject({
      status: 'applied',
    });
    expect(await visits(appId)).toEqual({
      v1: { deleted: false, jobId: 'j1' },
      v2: { deleted: false, jobId: 'j1' },
      v3: { deleted: false, jobId: 'j2' },
    });
  });
});
