import { beforeEach, describe, expect, it } from 'vitest';
import type { AccessContext } from '../../src/access/context';
import { MemoryAuthorityStore } from '../../src/authority/memory-store';
import { processPull } from '../../src/authority/pull';
import { processPush } from '../../src/authority/push';
import type { Change, Operation, PullRequest } from '../../src/protocol/types';
import { InMemorySyncServer } from '../../src/transport/memory';
import { fieldServiceSpec, newJob, remove, upsert } from '../merge/fixtures';
import { dispatcher, NOW, tech } from './fixtures';

const spec = fieldServiceSpec();
const otherTech: AccessContext = { userId: 'tech-2', roles: ['technician'], params: {}, now: NOW };

let store: MemoryAuthorityStore;

async function write(caller: AccessContext, ...operations: Operation[]): Promise<void> {
  const request = { protocol: 1, specVersion: '1.0.0', clientId: 'office', operations } as const;
  const { results } = await processPush(spec, caller, request, store);
  for (const r of results) if (r.status === 'rejected') throw new Error(r.message);
}

async function pull(caller: AccessContext, extra: Partial<PullRequest> = {}) {
  const answer = await processPull(
    spec,
    caller,
    { protocol: 1, specVersion: '1.0.0', clientId: 'dev', ...extra },
    store,
  );
  if (!answer.ok) throw new Error(answer.body.error.message);
  return answer.body;
}

const keys = (changes: readonly Change[]) =>
  changes.map((c) => `${c.kind === 'delete' ? c.reason : c.kind}:${c.key}`);

beforeEach(async () => {
  store = new MemoryAuthorityStore();
  await write(dispatcher, upsert('mine', newJob('mine'), { node: 'office' }));
});

describe('pull reveals only records the caller could see', () => {
  it('sends no tombstone for a record deleted before the caller ever could see it', async () => {
    const start = await pull(tech);
    await write(dispatcher, upsert('secret', newJob('secret', { assigneeId: 'tech-2' }), { node: 'office' }));
    await write(dispatcher, remove('secret', { baseVersion: 2 }));
    const page = await pull(tech, { cursor: start.cursor });
    expect(JSON.stringify(page)).not.toContain('secret');
    // The other technician could see it, so they hear that it is gone.
    const theirs = await pull(otherTech, { cursor: start.cursor });
    expect(keys(theirs.changes)).toEqual(['deleted:secret']);
  });

  it('sends no out-of-scope notice for a record that moved between scopes the caller never had', async () => {
    const start = await pull(tech);
    await write(
      dispatcher,
      upsert('elsewhere', newJob('elsewhere', { assigneeId: 'tech-2' }), { node: 'office' }),
    );
    await write(
      dispatcher,
      upsert('elsewhere', { assigneeId: 'tech-3' }, { baseVersion: 2, node: 'office' }),
    );
    const page = await pull(tech, { cursor: start.cursor });
    expect(page.changes).toEqual([]);
  });

  it('tells a caller who saw the record that it left their scope or was deleted', async () => {
    await write(dispatcher, upsert('two', newJob('two'), { node: 'office' }));
    const start = await pull(tech);
    expect(keys(start.changes)).toEqual(['upsert:mine', 'upsert:two']);
    await write(dispatcher, upsert('mine', { assigneeId: 'tech-2' }, { baseVersion: 1, node: 'office' }));
    await write(dispatcher, remove('two', { baseVersion: 2 }));
    const page = await pull(tech, { cursor: start.cursor });
    expect(keys(page.changes)).toEqual(['out-of-scope:mine', 'deleted:two']);
  });

  it('sends no out-of-scope notices on a first pull, but does send deletes of records the caller could see', async () => {
    await write(dispatcher, upsert('gone', newJob('gone'), { node: 'office' }));
    await write(dispatcher, upsert('moved', newJob('moved'), { node: 'office' }));
    await write(dispatcher, remove('gone', { baseVersion: 2 }));
    await write(dispatcher, upsert('moved', { assigneeId: 'tech-2' }, { baseVersion: 3, node: 'office' }));
    // A device that pushed `gone` itself before its first pull must learn that it was deleted.
    expect(keys((await pull(tech)).changes)).toEqual(['upsert:mine', 'deleted:gone']);
  });

  it('still moves the cursor past the changes it keeps quiet about (never skips a later change)', async () => {
    const start = await pull(tech);
    await write(dispatcher, upsert('hidden', newJob('hidden', { assigneeId: 'tech-2' }), { node: 'office' }));
    const quiet = await pull(tech, { cursor: start.cursor });
    expect(quiet.changes).toEqual([]);
    expect(quiet.cursor).not.toBe(start.cursor);
    expect((await pull(tech, { cursor: quiet.cursor })).changes).toEqual([]);
    await write(dispatcher, upsert('hidden', { assigneeId: 'tech-1' }, { baseVersion: 2, node: 'office' }));
    expect(keys((await pull(tech, { cursor: quiet.cursor })).changes)).toEqual(['upsert:hidden']);
  });
});

describe('the in-memory server keeps the state before a batch as the previous one', () => {
  it('tells a caller a record left their scope even when one batch moved it twice', async () => {
    const server = new InMemorySyncServer({ spec, now: () => NOW });
    await server.write('Job', 'j1', newJob('j1'));
    const body = (extra: Partial<PullRequest> = {}) => ({
      protocol: 1,
      specVersion: '1.0.0',
      clientId: 'dev',
      ...extra,
    });
    const start = await server.pull(tech, body());
    if (!start.ok) throw new Error('pull failed');
    const moved = await server.push(dispatcher, {
      protocol: 1,
      specVersion: '1.0.0',
      clientId: 'office',
      operations: [
        upsert('j1', { assigneeId: 'tech-2' }, { baseVersion: 1, node: 'office' }),
        upsert('j1', { assigneeId: 'tech-3' }, { baseVersion: 2, node: 'office' }),
      ],
    });
    expect(moved.ok && moved.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const page = await server.pull(tech, body({ cursor: start.body.cursor }));
    expect(page.ok && keys(page.body.changes)).toEqual(['out-of-scope:j1']);
  });
});
