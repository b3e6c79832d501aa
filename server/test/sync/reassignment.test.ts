import type { Change } from '@syncraft/runtime/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPushTransaction } from '../../src/sync/transaction';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { boilerJob } from '../helpers/field-service-records';
import { storedRecord } from '../helpers/records';
import { deskWriter, PullingDevice } from '../helpers/sync-client';

const spec = templateSpec('field-service');
const APP = spec.app.id;

describe.each(DIALECTS)('field service: visits and sites follow their job, over HTTP on %s', (dialect) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const push = deskWriter(() => t.app, spec, tokens);
  const phones = new Map<string, PullingDevice>();
  /** One pull round of a user's phone, all pages; the changes it received. */
  const pull = (user: string): Promise<Change[]> => {
    const phone = phones.get(user) ?? new PullingDevice(t.app, spec, tokens[user]!, `${user}-phone`);
    phones.set(user, phone);
    return phone.sync();
  };
  const ids = (changes: Change[]) =>
    changes.map((c) => `${c.kind === 'delete' ? `-${c.reason}:` : ''}${c.entity}/${c.key}`).sort();

  beforeAll(async () => {
    t = await createTestApp(dialect, 'reassign', [spec]);
    tokens.dora = await tokenFor('dora', ['dispatcher'], { region: 'north' });
    tokens.ana = await tokenFor('ana', ['technician']);
    tokens.bob = await tokenFor('bob', ['technician']);
    // Sites are read-only for devices: the office writes them on the server.
    const { opened } = t.database;
    await runPushTransaction(opened.db, opened.dialect, APP, async (store) => {
      await store.putRecord(
        'Site',
        storedRecord('s1', await store.nextVersion(), { id: 's1', name: 'Plant' }),
      );
    });
    await push('dora', 'Job', 'j1', boilerJob());
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('a technician records a visit on her job; a forged visit on someone else’s job is refused', async () => {
    const own = await push('ana', 'Visit', 'v1', {
      id: 'v1',
      jobId: 'j1',
      technicianId: 'ana',
      arrivedAt: new Date().toISOString(),
    });
    expect(own, JSON.stringify(own)).toMatchObject({ status: 'applied' });
    // Bob copies a technicianId of his own onto Ana's job: the job, not the copy, decides.
    const forged = await push('bob', 'Visit', 'v2', {
      id: 'v2',
      jobId: 'j1',
      technicianId: 'bob',
      arrivedAt: new Date().toISOString(),
    });
    expect(forged).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
    // Nor may Ana record a visit in Bob's name.
    const impersonated = await push('ana', 'Visit', 'v3', {
      id: 'v3',
      jobId: 'j1',
      technicianId: 'bob',
      arrivedAt: new Date().toISOString(),
    });
    expect(impersonated).toMatchObject({ status: 'rejected', reason: 'out-of-scope' });
  });

  it('reassigning the job moves its visit and its site from the old technician’s phone to the new one', async () => {
    expect(ids(await pull('ana'))).toEqual(['Job/j1', 'Site/s1', 'Visit/v1']);
    expect(ids(await pull('bob'))).toEqual([]);
    await push('dora', 'Job', 'j1', { assigneeId: 'bob' });
    expect(ids(await pull('ana'))).toEqual([
      '-out-of-scope:Job/j1',
      '-out-of-scope:Site/s1',
      '-out-of-scope:Visit/v1',
    ]);
    expect(ids(await pull('bob'))).toEqual(['Job/j1', 'Site/s1', 'Visit/v1']);
    expect(await pull('ana')).toEqual([]);
  });
});
