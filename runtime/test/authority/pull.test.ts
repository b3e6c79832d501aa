import { beforeEach, describe, expect, it } from 'vitest';
import type { AccessContext } from '../../src/access/context';
import { MemoryAuthorityStore } from '../../src/authority/memory-store';
import { handlePull, processPull } from '../../src/authority/pull';
import { processPush } from '../../src/authority/push';
import type { Change, Operation, PullRequest } from '../../src/protocol/types';
import type { SyncSpec } from '../../src/spec/types';
import { fieldServiceSpec, newJob, remove, upsert } from '../merge/fixtures';
import { dispatcher, hidingFrom, tech } from './fixtures';

const spec = fieldServiceSpec();

let store: MemoryAuthorityStore;

async function write(caller: AccessContext, ...operations: Operation[]): Promise<void> {
  const { results } = await processPush(
    spec,
    caller,
    { protocol: 1, specVersion: '1.0.0', clientId: 'office', operations },
    store,
  );
  for (const r of results) if (r.status === 'rejected') throw new Error(r.message);
}

async function pull(caller: AccessContext, extra: Partial<PullRequest> = {}, s: SyncSpec = spec) {
  const answer = await processPull(
    s,
    caller,
    { protocol: 1, specVersion: '1.0.0', clientId: 'dev', ...extra },
    store,
  );
  if (!answer.ok) throw new Error(answer.body.error.message);
  return answer.body;
}

const keys = (changes: readonly Change[]) => changes.map((c) => `${c.kind}:${c.entity}/${c.key}`);

beforeEach(async () => {
  store = new MemoryAuthorityStore();
  await write(
    dispatcher,
    upsert('j1', newJob('j1'), { node: 'office' }),
    upsert('j2', newJob('j2', { assigneeId: 'tech-2' }), { node: 'office' }),
    upsert('j3', newJob('j3', { scheduledAt: '2026-01-01T00:00:00Z' }), { node: 'office' }),
  );
});

describe('processPull', () => {
  it('sends a technician only the jobs assigned to them inside the time window, and no deletes on a first pull', async () => {
    const page = await pull(tech);
    expect(keys(page.changes)).toEqual(['upsert:Job/j1']);
  });

  it('sends the whole record with its version and timestamp', async () => {
    const [first] = (await pull(tech)).changes;
    expect(first).toMatchObject({ kind: 'upsert', version: 1, record: newJob('j1') });
    if (first?.kind === 'upsert') expect(first.hlc).toMatch(/^\d{13}-\d{6}-office$/);
  });

  it('continues after the cursor and returns nothing new when nothing changed', async () => {
    const first = await pull(tech);
    const second = await pull(tech, { cursor: first.cursor });
    expect(second.changes).toEqual([]);
    expect(second.hasMore).toBe(false);
    await write(tech, upsert('j1', { status: 'done' }, { baseVersion: 1 }));
    const third = await pull(tech, { cursor: second.cursor });
    expect(keys(third.changes)).toEqual(['upsert:Job/j1']);
  });

  it('pages by limit and says when more are waiting', async () => {
    const jobs = { limit: 1, entities: ['Job'] };
    const one = await pull(dispatcher, jobs);
    expect(keys(one.changes)).toEqual(['upsert:Job/j1']);
    expect(one.hasMore).toBe(true);
    const two = await pull(dispatcher, { ...jobs, cursor: one.cursor });
    expect(keys(two.changes)).toEqual(['upsert:Job/j2']);
    expect(two.hasMore).toBe(true);
    // j3 lies outside the time window and was never in the dispatcher's scope: nothing to send.
    const three = await pull(dispatcher, { ...jobs, cursor: two.cursor });
    expect(three.changes).toEqual([]);
    expect(three.hasMore).toBe(false);
  });

  it('sends only the latest state of a record changed several times', async () => {
    const start = await pull(tech);
    await write(tech, upsert('j1', { status: 'in_progress' }, { baseVersion: 1 }));
    await write(tech, upsert('j1', { status: 'done' }, { baseVersion: 4 }));
    const page = await pull(tech, { cursor: start.cursor });
    expect(page.changes).toHaveLength(1);
    expect(page.changes[0]).toMatchObject({ record: { status: 'done' } });
  });

  it('tells the device a deleted record is gone', async () => {
    const start = await pull(tech);
    await write(dispatcher, remove('j1', { baseVersion: 1 }));
    const page = await pull(tech, { cursor: start.cursor });
    expect(page.changes).toEqual([
      { kind: 'delete', entity: 'Job', key: 'j1', version: expect.any(Number), reason: 'deleted' },
    ]);
  });

  it('tells the device a record left its scope when it was reassigned', async () => {
    const start = await pull(tech);
    await write(dispatcher, upsert('j1', { assigneeId: 'tech-9' }, { baseVersion: 1 }));
    const page = await pull(tech, { cursor: start.cursor });
    expect(page.changes[0]).toMatchObject({ kind: 'delete', key: 'j1', reason: 'out-of-scope' });
  });

  it('leaves out entities the caller cannot read or that are push-only', async () => {
    const pushOnly: SyncSpec = {
      ...spec,
      entities: spec.entities.map((e) =>
        e.name === 'Job' ? { ...e, sync: { ...e.sync, direction: 'push' as const } } : e,
      ),
    };
    expect((await pull(tech, {}, pushOnly)).changes).toEqual([]);
    expect((await pull({ ...tech, roles: [] })).changes).toEqual([]);
  });

  it('removes hidden fields', async () => {
    const hiding = hidingFrom(spec, 'technician', 'Job', ['region']);
    const [first] = (await pull(tech, {}, hiding)).changes;
    expect(first?.kind === 'upsert' && 'region' in first.record).toBe(false);
  });

  it('narrows to the requested entities', async () => {
    expect((await pull(tech, { entities: ['Visit'] })).changes).toEqual([]);
  });

  it('answers 400 for an unknown entity name and for a cursor it never handed out', async () => {
    const bad = await processPull(
      spec,
      tech,
      { protocol: 1, specVersion: '1.0.0', clientId: 'd', entities: ['Truck'] },
      store,
    );
    expect(bad).toMatchObject({ ok: false, status: 400, body: { error: { pointer: '/entities/0' } } });
    const cursor = await processPull(
      spec,
      tech,
      { protocol: 1, specVersion: '1.0.0', clientId: 'd', cursor: 'm999' },
      store,
    );
    expect(cursor).toMatchObject({
      ok: false,
      status: 400,
      body: { error: { code: 'bad-request', pointer: '/cursor' } },
    });
  });
});

describe('handlePull', () => {
  it('answers 409 to a device on an old spec version', async () => {
    const answer = await handlePull(spec, tech, { protocol: 1, specVersion: '0.1.0', clientId: 'd' }, store);
    expect(answer).toMatchObject({ ok: false, status: 409, body: { error: { publishedVersion: '1.0.0' } } });
  });

  it('answers 400 with a pointer for a bad limit', async () => {
    const answer = await handlePull(
      spec,
      tech,
      { protocol: 1, specVersion: '1.0.0', clientId: 'd', limit: -3 },
      store,
    );
    expect(answer).toMatchObject({ ok: false, status: 400, body: { error: { pointer: '/limit' } } });
  });
});
