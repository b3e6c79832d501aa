import { describe, expect, it } from 'vitest';
import { MemoryAuthorityStore } from '../../src/authority/memory-store';
import { processPush } from '../../src/authority/push';
import { tooDeep } from '../../src/protocol/depth';
import { PROTOCOL_LIMITS } from '../../src/protocol/limits';
import type { JsonValue, Operation, PushRequest } from '../../src/protocol/types';
import { createMemoryTransport, InMemorySyncServer } from '../../src/transport/memory';
import { fieldServiceSpec, newJob, upsert } from '../merge/fixtures';
import { dispatcher, NOW, tech } from './fixtures';

const spec = fieldServiceSpec();

/** `{ a: { a: … } }`, `depth` objects deep, built without recursion. */
function nested(depth: number): JsonValue {
  let value: JsonValue = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

function request(...operations: Operation[]): PushRequest {
  return { protocol: 1, specVersion: spec.app.version, clientId: 'dev', operations };
}

describe('deeply nested values in a push', () => {
  it('rejects a change nested 100,000 levels deep as invalid-value instead of overflowing the stack', async () => {
    const store = new MemoryAuthorityStore();
    await processPush(spec, dispatcher, request(upsert('j1', newJob('j1'), { node: 'office' })), store);
    const deep = upsert('j1', { notes: nested(100_000) }, { baseVersion: 1, id: 'deep-1' });
    const { results } = await processPush(spec, tech, request(deep), store);
    expect(results).toEqual([
      {
        opId: 'deep-1',
        status: 'rejected',
        reason: 'invalid-value',
        field: 'notes',
        message: expect.stringContaining(`deeper than ${PROTOCOL_LIMITS.maxValueDepth} levels`),
      },
    ]);
    expect((await store.getRecord('Job', 'j1'))?.version).toBe(1);
  });

  it('rejects a base nested 100,000 levels deep the same way', async () => {
    const store = new MemoryAuthorityStore();
    const op = {
      ...upsert('j9', newJob('j9'), { node: 'office', id: 'deep-2' }),
      base: { notes: nested(100_000) },
    };
    const { results } = await processPush(spec, dispatcher, request(op), store);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'invalid-value', field: 'notes' });
    expect(results[0]?.status === 'rejected' && results[0].message).toContain('/base/notes');
    expect(await store.getRecord('Job', 'j9')).toBeUndefined();
  });

  it('answers a 100,000-deep push through the in-memory transport with a rejection, and keeps serving', async () => {
    const server = new InMemorySyncServer({ spec, now: () => NOW });
    await server.write('Job', 'j1', newJob('j1'));
    const transport = createMemoryTransport(server, tech);
    const deep = upsert('j1', { notes: nested(100_000) }, { baseVersion: 1, id: 'deep-3' });
    const { results } = await transport.push(request(deep));
    expect(results[0]).toMatchObject({ opId: 'deep-3', status: 'rejected', reason: 'invalid-value' });
    const after = await transport.push(
      request(upsert('j1', { notes: 'fine' }, { baseVersion: 1, id: 'ok' })),
    );
    expect(after.results[0]).toMatchObject({ status: 'applied' });
  });

  it('accepts nesting up to the limit (the level count starts at the changes object)', () => {
    expect(
      tooDeep({ notes: nested(PROTOCOL_LIMITS.maxValueDepth - 1) }, PROTOCOL_LIMITS.maxValueDepth),
    ).toBeUndefined();
    expect(tooDeep({ notes: nested(PROTOCOL_LIMITS.maxValueDepth) }, PROTOCOL_LIMITS.maxValueDepth)).toEqual({
      pointer: `/notes${'/a'.repeat(PROTOCOL_LIMITS.maxValueDepth - 1)}`,
    });
    expect(tooDeep([[['x']], { 'a/b': [[1]] }], 3)).toEqual({ pointer: '/1/a~1b/0' });
  });
});
