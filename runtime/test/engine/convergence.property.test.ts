import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Device, device, InMemorySyncServer, taskSpec } from './fixtures';

/** One step of the scenario: an edit on a device, or a sync of a device. */
type Step =
  | { readonly on: 0 | 1; readonly kind: 'title'; readonly value: string }
  | { readonly on: 0 | 1; readonly kind: 'hours'; readonly by: number }
  | { readonly on: 0 | 1; readonly kind: 'tag'; readonly tag: string; readonly add: boolean }
  | { readonly on: 0 | 1; readonly kind: 'status'; readonly value: 'open' | 'doing' | 'done' }
  | { readonly on: 0 | 1; readonly kind: 'peak'; readonly value: number }
  | { readonly on: 0 | 1; readonly kind: 'sync' }
  | { readonly on: 0 | 1; readonly kind: 'tick' }
  /** The server applies the device's next push but the answer is lost on the way back. */
  | { readonly on: 0 | 1; readonly kind: 'lose-answer' };

const device01 = fc.constantFrom<0 | 1>(0, 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ on: device01, kind: fc.constant('title' as const), value: fc.constantFrom('a', 'b', 'c') }),
  fc.record({ on: device01, kind: fc.constant('hours' as const), by: fc.integer({ min: 1, max: 5 }) }),
  fc.record({
    on: device01,
    kind: fc.constant('tag' as const),
    tag: fc.constantFrom('x', 'y', 'z'),
    add: fc.boolean(),
  }),
  fc.record({
    on: device01,
    kind: fc.constant('status' as const),
    value: fc.constantFrom('open', 'doing', 'done'),
  }),
  fc.record({ on: device01, kind: fc.constant('peak' as const), value: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ on: device01, kind: fc.constant('sync' as const) }),
  fc.record({ on: device01, kind: fc.constant('tick' as const) }),
  fc.record({ on: device01, kind: fc.constant('lose-answer' as const) }),
);

async function run(d: Device, s: Step): Promise<number> {
  const tasks = d.client.table('Task');
  switch (s.kind) {
    case 'title':
      await tasks.update('t1', { title: s.value });
      return 0;
    case 'hours':
      await tasks.increment('t1', 'hours', s.by);
      return s.by;
    case 'tag':
      if (s.add) await tasks.addToSet('t1', 'tags', s.tag);
      else await tasks.removeFromSet('t1', 'tags', s.tag);
      return 0;
    case 'status':
      await tasks.update('t1', { status: s.value });
      return 0;
    case 'peak':
      await tasks.update('t1', { peak: s.value });
      return 0;
    case 'sync':
      await d.client.syncNow();
      // A failed call (an armed lost answer) moves the device offline; the network is back.
      d.client.dispatch('connection-restored');
      return 0;
    case 'tick':
      d.time.advance(1000);
      return 0;
    case 'lose-answer':
      d.transport.failNext(1, { kind: 'lose-response' }, 'push');
      await d.client.syncNow();
      // The failed call moved the device offline (heartbeat-failed); the network is back.
      d.client.dispatch('connection-restored');
      return 0;
  }
}

describe('convergence (seeded property)', () => {
  it('two devices editing one record in any interleaving, with lost answers, end equal to the server and count every increment once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const server = new InMemorySyncServer({ spec: taskSpec() });
        await server.write('Task', 't1', { id: 't1', title: 'seed', hours: 0, tags: ['x'], peak: 0 });
        const devices = [await device(server), await device(server, { userId: 'u2' })] as const;
        for (const d of devices) await d.client.syncNow();
        let added = 0;
        for (const s of steps) added += await run(devices[s.on], s);
        // Settle: the network is back (a failed call moved a device offline), parked operations
        // go back in the queue, and each device syncs until both have seen everything.
        for (let round = 0; round < 6; round++) {
          for (const d of devices) {
            d.client.dispatch('connection-restored');
            for (const letter of await d.client.deadLetters.list())
              await d.client.deadLetters.retry(letter.id);
            await d.client.syncNow();
          }
        }
        const onServer = await server.record('Task', 't1');
        const [a, b] = [
          await devices[0].client.table('Task').get('t1'),
          await devices[1].client.table('Task').get('t1'),
        ];
        expect(a).toEqual(onServer);
        expect(b).toEqual(onServer);
        expect(onServer?.hours).toBe(added);
        for (const d of devices) {
          expect(d.client.status.get().pending).toEqual({ critical: 0, high: 0, normal: 0, low: 0 });
          await d.client.close();
        }
      }),
      { numRuns: 25, seed: 20261122, endOnFailure: true },
    );
  }, 120_000);
});
