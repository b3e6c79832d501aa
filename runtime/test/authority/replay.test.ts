import { beforeEach, describe, expect, it } from 'vitest';
import type { AccessContext } from '../../src/access/context';
import { MemoryAuthorityStore } from '../../src/authority/memory-store';
import { processPush } from '../../src/authority/push';
import type { Operation, OperationResult, PushRequest } from '../../src/protocol/types';
import { fieldServiceSpec, newJob, upsert } from '../merge/fixtures';
import { dispatcher, NOW, tech } from './fixtures';

const spec = fieldServiceSpec();
const otherTech: AccessContext = { userId: 'tech-2', roles: ['technician'], params: {}, now: NOW };

let store: MemoryAuthorityStore;
async function push(
  caller: AccessContext,
  clientId: string,
  ...ops: Operation[]
): Promise<OperationResult[]> {
  const request: PushRequest = { protocol: 1, specVersion: spec.app.version, clientId, operations: ops };
  return [...(await processPush(spec, caller, request, store)).results];
}

beforeEach(async () => {
  store = new MemoryAuthorityStore();
  await push(dispatcher, 'office', upsert('j1', newJob('j1'), { at: 1000, node: 'office' }));
  // Make the technician's next update a merge, whose result carries the whole record.
  await push(
    dispatcher,
    'office',
    upsert('j1', { minutesWorked: 10 }, { base: { minutesWorked: 0 }, baseVersion: 1, node: 'office' }),
  );
});

describe('replayed operation ids', () => {
  const merge = () =>
    upsert('j1', { minutesWorked: 20 }, { base: { minutesWorked: 0 }, baseVersion: 1, id: 'op-merge' });

  it('answers the same user again with the stored result, without applying the operation twice', async () => {
    const [first] = await push(tech, 'dev-a', merge());
    expect(first).toMatchObject({ status: 'merged', record: { minutesWorked: 30 } });
    const [again] = await push(tech, 'dev-b', merge());
    expect(again).toEqual(first);
    expect((await store.getRecord('Job', 'j1'))?.values.minutesWorked).toBe(30);
  });

  it('refuses a replay by another user with permission, never handing over the stored record', async () => {
    await push(tech, 'dev-a', merge());
    const [stolen] = await push(otherTech, 'dev-a', merge());
    expect(stolen).toEqual({
      opId: 'op-merge',
      status: 'rejected',
      reason: 'permission',
      message: expect.stringContaining('already used by another user'),
    });
    expect(JSON.stringify(stolen)).not.toContain('minutesWorked');
    expect((await store.getRecord('Job', 'j1'))?.values.minutesWorked).toBe(30);
  });

  it('keeps refusing the other user while the owner still gets the stored result', async () => {
    const [first] = await push(tech, 'dev-a', merge());
    await push(otherTech, 'dev-x', merge());
    const [again] = await push(tech, 'dev-a', merge());
    expect(again).toEqual(first);
  });

  it('answers a result stored without an owner only to the device that pushed it', async () => {
    const result: OperationResult = { opId: 'legacy', status: 'applied', version: 2 };
    await store.putOpResult('legacy', { result, userId: null, clientId: 'dev-a' });
    const op = upsert('j1', { notes: 'x' }, { baseVersion: 2, id: 'legacy' });
    expect(await push(tech, 'dev-a', op)).toEqual([result]);
    expect((await push(tech, 'dev-b', op))[0]).toMatchObject({
      status: 'rejected',
      reason: 'permission',
      message: expect.stringContaining('another device'),
    });
  });
});
