import { describe, expect, it } from 'vitest';
import type { Operation, PushRequest } from '../../src/protocol';
import { device, InMemorySyncServer, taskSpec } from './fixtures';

/** A server that records every operation pushed to it. */
function recordingServer() {
  const server = new InMemorySyncServer({ spec: taskSpec() });
  const pushed: Operation[] = [];
  const push = server.push.bind(server);
  server.push = (caller, body) => {
    pushed.push(...(body as PushRequest).operations);
    return push(caller, body);
  };
  return { server, pushed };
}

describe('set edits on the device', () => {
  it('addToSet, removeFromSet and update send the members added and removed', async () => {
    const { server, pushed } = recordingServer();
    await server.write('Task', 't1', { id: 't1', title: 'T', tags: ['a', 'b'] });
    const d = await device(server);
    await d.client.syncNow();
    await d.client.table('Task').addToSet('t1', 'tags', 'c');
    await d.client.syncNow();
    await d.client.table('Task').removeFromSet('t1', 'tags', 'a');
    await d.client.syncNow();
    await d.client.table('Task').update('t1', { tags: ['b', 'd'] });
    await d.client.syncNow();
    expect(pushed.map((op) => op.sets)).toEqual([
      { tags: { add: ['c'], remove: [] } },
      { tags: { add: [], remove: ['a'] } },
      { tags: { add: ['d'], remove: ['c'] } },
    ]);
    expect(await server.record('Task', 't1')).toMatchObject({ tags: ['b', 'd'] });
  });
});
