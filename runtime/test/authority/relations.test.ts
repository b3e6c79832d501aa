import { beforeEach, describe, expect, it } from 'vitest';
import type { AccessContext } from '../../src/access/context';
import { InMemorySyncServer } from '../../src/authority/memory-server';
import { MemoryAuthorityStore } from '../../src/authority/memory-store';
import { processPush } from '../../src/authority/push';
import { childLinks } from '../../src/authority/relations';
import type { Operation, OperationResult } from '../../src/protocol/types';
import type { Entity, SyncSpec } from '../../src/spec/types';
import { fieldServiceSpec, newJob, remove, upsert } from '../merge/fixtures';
import { dispatcher, tech } from './fixtures';

const base = fieldServiceSpec();
/** field-service with sites writable by dispatchers, so the restrict relation can be tried. */
const spec: SyncSpec = {
  ...base,
  entities: base.entities.map(
    (e): Entity =>
      e.name === 'Site'
        ? {
            ...e,
            offline: { ...e.offline, availability: 'read-write' },
            sync: { ...e.sync, direction: 'both' },
          }
        : e,
  ),
};

let store: MemoryAuthorityStore;
async function push(
  s: SyncSpec,
  caller: AccessContext,
  ...operations: Operation[]
): Promise<OperationResult[]> {
  const response = await processPush(
    s,
    caller,
    { protocol: 1, specVersion: '1.0.0', clientId: 'dev', operations },
    store,
  );
  return [...response.results];
}
const on = (entity: string, op: Operation): Operation => ({ ...op, entity });
const visit = (id: string, jobId: string) => ({
  id,
  jobId,
  technicianId: 'tech-1',
  arrivedAt: '2026-11-22T07:00:00Z',
});

beforeEach(async () => {
  store = new MemoryAuthorityStore();
  await push(spec, dispatcher, on('Site', upsert('s1', { id: 's1', name: 'Depot' })));
  await push(
    spec,
    dispatcher,
    upsert('j1', newJob('j1', { siteId: 's1' })),
    upsert('j2', newJob('j2', { siteId: 's1' })),
  );
  await push(
    spec,
    tech,
    on('Visit', upsert('v1', visit('v1', 'j1'))),
    on('Visit', upsert('v2', visit('v2', 'j2'))),
  );
});

describe('relations on delete', () => {
  it('finds the child links of an entity, from both sides of a relation', () => {
    const links = childLinks(spec, 'Job').map((l) => [l.child.name, l.field, l.onDelete]);
    expect(links).toEqual([['Visit', 'jobId', 'cascade']]);
    expect(childLinks(spec, 'Site').map((l) => [l.child.name, l.field, l.onDelete])).toEqual([
      ['Job', 'siteId', 'restrict'],
    ]);
  });

  it('deleting a job deletes its visits (cascade), and only its own', async () => {
    const [result] = await push(spec, dispatcher, remove('j1', { baseVersion: 2 }));
    expect(result?.status).toBe('applied');
    expect((await store.getRecord('Visit', 'v1'))?.deleted).toBe(true);
    expect((await store.getRecord('Visit', 'v2'))?.deleted).toBe(false);
  });

  it('refuses to delete a site that jobs still use (restrict), until they are gone', async () => {
    const [refused] = await push(spec, dispatcher, on('Site', remove('s1', { baseVersion: 1 })));
    expect(refused).toMatchObject({ status: 'rejected', reason: 'restricted' });
    expect((await store.getRecord('Site', 's1'))?.deleted).toBe(false);
    await push(spec, dispatcher, remove('j1', { baseVersion: 2 }), remove('j2', { baseVersion: 3 }));
    const [allowed] = await push(spec, dispatcher, on('Site', remove('s1', { baseVersion: 1, id: 'again' })));
    expect(allowed?.status).toBe('applied');
  });

  it('clears the reference of children under set-null', async () => {
    const setNull: SyncSpec = {
      ...spec,
      entities: spec.entities.map((e) =>
        e.name === 'Job'
          ? {
              ...e,
              fields: e.fields.map((f) => (f.name === 'siteId' ? { ...f, required: false } : f)),
              relations: (e.relations ?? []).map((r) =>
                r.name === 'site' ? { ...r, onDelete: 'set-null' as const } : r,
              ),
            }
          : e,
      ),
    };
    const [result] = await push(setNull, dispatcher, on('Site', remove('s1', { baseVersion: 1 })));
    expect(result?.status).toBe('applied');
    expect((await store.getRecord('Job', 'j1'))?.values.siteId).toBeNull();
  });

  it('follows relations for deletes made on the in-memory server itself', async () => {
    const server = new InMemorySyncServer({ spec });
    await server.write('Site', 's1', { id: 's1', name: 'Depot' });
    await server.write('Job', 'j1', newJob('j1', { siteId: 's1' }));
    await server.write('Visit', 'v1', visit('v1', 'j1'));
    await expect(server.remove('Site', 's1')).rejects.toThrow(/restricts/);
    await server.remove('Job', 'j1');
    expect(await server.record('Visit', 'v1')).toBeUndefined();
  });
});
