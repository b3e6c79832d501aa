import { describe, expect, it } from 'vitest';
import type { AccessContext } from '../../src/access/context';
import { MemoryAuthorityStore } from '../../src/authority/memory-store';
import { processPush } from '../../src/authority/push';
import type { Operation, OperationResult } from '../../src/protocol/types';
import { fieldServiceSpec, newJob, remove, upsert } from '../merge/fixtures';
import { dispatcher, NOW } from './fixtures';

const spec = fieldServiceSpec();
/** Signed in, but with no role of the app: may write nothing. */
const stranger: AccessContext = { userId: 'x', roles: [], params: {}, now: NOW };

async function push(
  store: MemoryAuthorityStore,
  caller: AccessContext,
  op: Operation,
): Promise<OperationResult> {
  const request = { protocol: 1, specVersion: '1.0.0', clientId: 'dev', operations: [op] } as const;
  return (await processPush(spec, caller, request, store)).results[0]!;
}

describe('answers to callers who may not write an entity', () => {
  it('are the same permission refusal whether the key exists, never existed or was deleted', async () => {
    const store = new MemoryAuthorityStore();
    await push(store, dispatcher, upsert('live', newJob('live'), { node: 'office' }));
    await push(store, dispatcher, upsert('gone', newJob('gone'), { node: 'office' }));
    await push(store, dispatcher, remove('gone', { baseVersion: 2, node: 'office' }));
    const answers = [];
    for (const key of ['live', 'gone', 'never']) {
      const result = await push(
        store,
        stranger,
        upsert(key, { notes: 'probe' }, { baseVersion: 7, id: 'probe' }),
      );
      answers.push(result);
    }
    for (const answer of answers) {
      expect(answer).toEqual({
        opId: 'probe',
        status: 'rejected',
        reason: 'permission',
        message: 'With no role you may not create or update Job records.',
      });
    }
  });
});
