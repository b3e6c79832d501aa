import { describe, expect, it } from 'vitest';
import type { PullRequest, PullResponse, PushRequest } from '../../src/protocol';
import type { SyncSpec } from '../../src/spec';
import type { MemoryTransport } from '../../src/transport/memory';
import type { SyncTransport } from '../../src/transport/types';
import { clockAndTransport, device, InMemorySyncServer, taskSpec } from './fixtures';

/**
 * Task (critical): on start, on reconnect and every minute. Secret (high): on start only.
 * Ref (normal, pull only): neither on start nor on reconnect, every ten minutes.
 */
function scheduledSpec(): SyncSpec {
  return taskSpec({
    mutate(spec) {
      const entity = (name: string) => spec.entities.find((e) => e.name === name)!;
      entity('Task').sync.schedule = { onAppStart: true, onReconnect: true, interval: '1m' };
      entity('Secret').sync.schedule = { onAppStart: true, onReconnect: false };
      entity('Ref').sync.schedule = { onAppStart: false, onReconnect: false, interval: '10m' };
    },
  });
}

/** What the device asked the server, in order. */
type Call =
  | { readonly kind: 'push'; readonly entities: string[] }
  | { readonly kind: 'pull'; readonly entities: string[] };

/**
 * The memory transport without live notifications (so only the schedule triggers pulls), logging
 * every request; `hold(entity)` makes that entity's pull pages wait until released one by one.
 */
function recording(inner: MemoryTransport, pageLimit?: number) {
  const calls: Call[] = [];
  const held = new Map<string, (() => void)[]>();
  const holding = new Set<string>();
  const transport: SyncTransport = {
    push(request: PushRequest) {
      calls.push({ kind: 'push', entities: [...new Set(request.operations.map((o) => o.entity))] });
      return inner.push(request);
    },
    async pull(request: PullRequest): Promise<PullResponse> {
      const entities = [...(request.entities ?? [])];
      calls.push({ kind: 'pull', entities });
      const gated = entities.find((e) => holding.has(e));
      if (gated !== undefined) {
        await new Promise<void>((resolve) => held.set(gated, [...(held.get(gated) ?? []), resolve]));
      }
      return inner.pull(pageLimit === undefined ? request : { ...request, limit: pageLimit });
    },
  };
  return {
    transport,
    calls,
    pulled: () => calls.filter((c) => c.kind === 'pull').flatMap((c) => c.entities),
    hold: (entity: string) => holding.add(entity),
    /** Pages of `entity` waiting to be let through. */
    waiting: (entity: string) => held.get(entity)?.length ?? 0,
    /** Lets the oldest waiting page of `entity` through; false when none waits. */
    release(entity: string): boolean {
      const next = held.get(entity)?.shift();
      next?.();
      return next !== undefined;
    },
    unhold: (entity: string) => {
      holding.delete(entity);
      for (const resolve of held.get(entity)?.splice(0) ?? []) resolve();
    },
  };
}

async function scheduledDevice(pageLimit?: number) {
  const server = new InMemorySyncServer({ spec: scheduledSpec() });
  const { time, inner } = clockAndTransport(server);
  const wrap = recording(inner, pageLimit);
  const d = await device(server, { time, extra: { transport: wrap.transport } });
  return { server, ...d, inner, wrap };
}

/** Waits until `check` holds (fake-indexeddb answers on timers, so the engine moves between checks). */
async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('per-entity sync schedules', () => {
  it('pulls on app start only the entities whose schedule says so', async () => {
    const { client, wrap } = await scheduledDevice();
    client.start();
    await client.idle();
    expect(new Set(wrap.pulled())).toEqual(new Set(['Task', 'Secret']));
    client.stop();
  });

  it('pulls each entity on its own interval, not every entity on the shortest one', async () => {
    const { client, wrap, time } = await scheduledDevice();
    client.start();
    await client.idle();
    wrap.calls.length = 0;
    for (let minute = 1; minute <= 10; minute++) {
      time.advance(60_000);
      await client.idle();
    }
    const pulled = wrap.pulled();
    expect(pulled.filter((e) => e === 'Task')).toHaveLength(10);
    expect(pulled.filter((e) => e === 'Ref')).toHaveLength(1);
    expect(pulled).not.toContain('Secret');
    client.stop();
  });

  it('honours onReconnect: false, and onReconnect: true', async () => {
    const { client, wrap } = await scheduledDevice();
    client.start();
    await client.idle();
    client.dispatch('connection-lost');
    await client.idle();
    wrap.calls.length = 0;
    client.dispatch('connection-restored');
    await client.idle();
    expect(wrap.pulled()).toEqual(['Task']);
    client.stop();
  });

  it('a write pushes without pulling, and syncNow pulls every entity', async () => {
    const { client, wrap } = await scheduledDevice();
    client.start();
    await client.idle();
    wrap.calls.length = 0;
    await client.table('Task').put({ id: 't1', title: 'now' });
    await client.idle();
    expect(wrap.calls).toEqual([{ kind: 'push', entities: ['Task'] }]);
    wrap.calls.length = 0;
    await client.syncNow();
    expect(new Set(wrap.pulled())).toEqual(new Set(['Task', 'Secret', 'Ref']));
    client.stop();
  });

  it('an entity held back by the offline state stays due and is pulled once the state allows it', async () => {
    const { client, wrap, time } = await scheduledDevice();
    client.start();
    await client.idle();
    // "metered" syncs critical entities only: Ref (normal) falls due but waits.
    client.dispatch('connection-metered');
    await client.idle();
    wrap.calls.length = 0;
    time.advance(600_000);
    await client.idle();
    expect(wrap.pulled()).not.toContain('Ref');
    client.dispatch('connection-restored');
    await client.idle();
    expect(wrap.pulled()).toContain('Ref');
    client.stop();
  });

  it('a pull that fails keeps its entities due for the retry', async () => {
    const { server, client, inner, time } = await scheduledDevice();
    inner.failNext(1, { kind: 'status', status: 503 }, 'pull');
    client.start();
    await client.idle();
    expect(client.status.get().lastError).toMatchObject({ retryable: true });
    await server.write('Task', 't9', { id: 't9', title: 'late' });
    time.advance(1000);
    await client.idle();
    expect(await client.table('Task').get('t9')).toMatchObject({ title: 'late' });
    expect(client.status.get().lastError).toBeNull();
    client.stop();
  });

  it('a critical write made during a long pull leaves after the page being applied, not after the pull', async () => {
    const { server, client, wrap } = await scheduledDevice(2);
    for (let i = 0; i < 6; i++) await server.write('Ref', `r${i}`, { id: `r${i}`, name: `ref ${i}` });
    client.start();
    await client.idle();
    wrap.hold('Ref');
    const sync = client.syncNow();
    await until(() => wrap.waiting('Ref') > 0, 'the first Ref page is asked for');
    // The first Ref page is on its way; the user saves a Task meanwhile.
    await client.table('Task').put({ id: 't1', title: 'urgent' });
    // Let the Ref pages through one at a time until the Task push leaves.
    await until(() => {
      if (wrap.calls.some((c) => c.kind === 'push')) return true;
      wrap.release('Ref');
      return false;
    }, 'the Task push leaves');
    const push = wrap.calls.findIndex((c) => c.kind === 'push');
    expect(push).toBeGreaterThan(0);
    // Ref pages requested before the push: fewer than the three it takes.
    const refPagesBefore = wrap.calls
      .slice(0, push)
      .filter((c) => c.kind === 'pull' && c.entities.includes('Ref'));
    expect(refPagesBefore.length).toBeLessThan(3);
    expect(await server.record('Task', 't1')).toMatchObject({ title: 'urgent' });
    wrap.unhold('Ref');
    await sync;
    expect(await client.table('Ref').query()).toHaveLength(6);
    client.stop();
  });
});
