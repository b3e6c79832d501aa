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

describe('value constraints after a merge, on two devices', () => {
  it('the second of two offline removals that would empty a set with minItems is refused; both devices end with the same record', async () => {
    const spec = taskSpec({
      mutate: (s) => {
        const tags = s.entities[0]!.fields.find((f) => f.name === 'tags');
        if (tags?.type === 'string-set') tags.minItems = 1;
      },
    });
    const server = new InMemorySyncServer({ spec });
    await server.write('Task', 't1', { id: 't1', title: 'T', tags: ['a', 'b'] });
    const a = await device(server, { userId: 'ann' });
    const b = await device(server, { userId: 'bea' });
    await a.client.syncNow();
    await b.client.syncNow();
    const refused: string[] = [];
    b.client.on('operation-rejected', (e) => refused.push(e.reason));
    // Each device keeps one member: valid alone, empty together.
    await a.client.table('Task').removeFromSet('t1', 'tags', 'a');
    await b.client.table('Task').removeFromSet('t1', 'tags', 'b');
    await a.client.syncNow();
    await b.client.syncNow();
    await a.client.syncNow();
    expect(refused).toEqual(['invalid-value']);
    const [refusal] = await b.client.rejected.list();
    expect(refusal?.message).toMatch(/^Merged with a change made meanwhile on the server/);
    expect(await server.record('Task', 't1')).toMatchObject({ tags: ['b'] });
    expect(await a.client.table('Task').get('t1')).toMatchObject({ tags: ['b'] });
    expect(await b.client.table('Task').get('t1')).toMatchObject({ tags: ['b'] });
  });
});
