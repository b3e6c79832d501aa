import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccessContext } from '../../src/access/context';
import { HybridLogicalClock } from '../../src/merge/hlc';
import type { JsonValue, Operation, OperationResult, RecordValues } from '../../src/protocol/types';
import { validate } from '../../src/spec';
import type { SyncSpec } from '../../src/spec/types';
import { createMemoryTransport, InMemorySyncServer, type MemoryTransport } from '../../src/transport/memory';
import { TransportError } from '../../src/transport/types';

const specResult = validate({
  specVersion: 1,
  app: { id: 'convergence', name: 'Convergence', version: '1.0.0' },
  roles: [
    { name: 'member', permissions: [{ entity: 'Item', actions: ['read', 'create', 'update', 'delete'] }] },
  ],
  entities: [
    {
      name: 'Item',
      key: 'id',
      fields: [
        { name: 'id', type: 'string', required: true },
        { name: 'title', type: 'string' },
        { name: 'count', type: 'counter', default: 0, conflict: { strategy: 'counter' } },
        { name: 'tags', type: 'string-set', conflict: { strategy: 'set-union' } },
        { name: 'level', type: 'integer', conflict: { strategy: 'max' } },
        {
          name: 'state',
          type: 'enum',
          values: ['new', 'active', 'closed'],
          conflict: { strategy: 'enum-precedence', order: ['closed', 'active', 'new'] },
        },
      ],
      offline: { availability: 'read-write' },
      sync: { priority: 'normal', direction: 'both' },
      conflict: { strategy: 'field-merge' },
    },
  ],
  offlineStates: {
    initial: 'online',
    states: [{ name: 'online', network: 'online', sync: { enabled: true }, writes: 'allow' }],
    transitions: [],
  },
  retry: { initialDelay: '1s', maxDelay: '1m', multiplier: 2, jitter: 'none', maxAttempts: 3 },
});
if (!specResult.valid) throw new Error(JSON.stringify(specResult.diagnostics));
const spec: SyncSpec = specResult.spec;
const KEYS = ['a', 'b'] as const;
const member: AccessContext = { userId: 'u', roles: ['member'], params: {}, now: 0 };

/**
 * A minimal device: optimistic local records, an outbox of deltas with their base, a cursor.
 * Just enough of a client to check that the authority lets any number of them converge.
 */
class Device {
  readonly records = new Map<string, { values: RecordValues; version: number }>();
  outbox: Operation[] = [];
  cursor: string | undefined;
  readonly clock: HybridLogicalClock;
  readonly transport: MemoryTransport;
  #seq = 0;

  constructor(
    readonly id: string,
    server: InMemorySyncServer,
    wall: () => number,
  ) {
    this.clock = new HybridLogicalClock(id, { now: wall });
    this.transport = createMemoryTransport(server, member);
  }

  edit(key: string, changes: RecordValues): void {
    const local = this.records.get(key);
    const base: Record<string, JsonValue> = {};
    for (const f of Object.keys(changes))
      if (local?.values[f] !== undefined) base[f] = local.values[f] as JsonValue;
    this.outbox.push({
      id: `${this.id}-${++this.#seq}`,
      entity: 'Item',
      key,
      kind: 'upsert',
      changes: local ? changes : { id: key, ...changes },
      base,
      baseVersion: local?.version ?? 0,
      hlc: this.clock.now(),
      clientId: this.id,
    });
    this.records.set(key, {
      values: { ...(local?.values ?? { id: key }), ...changes },
      version: local?.version ?? 0,
    });
  }

  remove(key: string): void {
    const local = this.records.get(key);
    if (!local) return;
    this.outbox.push({
      id: `${this.id}-${++this.#seq}`,
      entity: 'Item',
      key,
      kind: 'delete',
      changes: {},
      base: {},
      baseVersion: local.version,
      hlc: this.clock.now(),
      clientId: this.id,
    });
    this.records.delete(key);
  }

  /** Pushes the outbox; on a transport failure the outbox stays for the next attempt. Returns success. */
  async push(): Promise<boolean> {
    if (this.outbox.length === 0) return true;
    const sent = this.outbox;
    let results: readonly OperationResult[];
    try {
      ({ results } = await this.transport.push({
        protocol: 1,
        specVersion: '1.0.0',
        clientId: this.id,
        operations: sent,
      }));
    } catch (error) {
      if (error instanceof TransportError && error.retryable) return false;
      throw error;
    }
    this.outbox = this.outbox.slice(sent.length);
    // Results in the order sent, so a later operation on the same record has the last word.
    for (const [i, result] of results.entries()) {
      const { key, kind } = sent[i]!;
      if (result.status === 'rejected') {
        // A delete won on the server (or the record was already gone): the device drops its copy.
        if (result.reason !== 'not-found') throw new Error(`${result.opId} rejected: ${result.message}`);
        this.records.delete(key);
      } else if (result.status === 'applied') {
        const local = this.records.get(key);
        if (kind === 'delete') this.records.delete(key);
        else if (local) this.records.set(key, { ...local, version: result.version });
      } else this.records.set(key, { values: result.record, version: result.version });
    }
    return true;
  }

  async pull(limit: number): Promise<void> {
    for (;;) {
      const page = await this.transport.pull({
        protocol: 1,
        specVersion: '1.0.0',
        clientId: this.id,
        limit,
        ...(this.cursor === undefined ? {} : { cursor: this.cursor }),
      });
      for (const change of page.changes) {
        if (change.kind === 'delete') this.records.delete(change.key);
        else {
          this.clock.observe(change.hlc);
          this.records.set(change.key, { values: change.record, version: change.version });
        }
      }
      this.cursor = page.cursor;
      if (!page.hasMore) return;
    }
  }
}

const change = fc.record(
  {
    title: fc.constantFrom('x', 'y', 'z'),
    count: fc.integer({ min: -5, max: 5 }),
    tags: fc.uniqueArray(fc.constantFrom('p', 'q', 'r'), { maxLength: 3 }),
    level: fc.integer({ min: 0, max: 9 }),
    state: fc.constantFrom('new', 'active', 'closed'),
  },
  { requiredKeys: [] },
);
const action = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), device: fc.nat(2), key: fc.constantFrom(...KEYS), change }),
  fc.record({ kind: fc.constant('push' as const), device: fc.nat(2) }),
  fc.record({ kind: fc.constant('pull' as const), device: fc.nat(2), limit: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 50 }) }),
  fc.record({ kind: fc.constant('lose-answer' as const), device: fc.nat(2) }),
  fc.record({ kind: fc.constant('delete' as const), device: fc.nat(2), key: fc.constantFrom(...KEYS) }),
);

describe('convergence through the in-memory authority', () => {
  it('three devices editing, deleting, pushing (with lost answers and retries) and pulling in any interleaving end with the server state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 40 }), async (actions) => {
        let wall = 1_000;
        const server = new InMemorySyncServer({ spec, now: () => wall });
        const devices = [0, 1, 2].map((i) => new Device(`dev${i}`, server, () => wall));
        let increments = new Map<string, number>();
        const deleted = new Set<string>();
        for (const a of actions) {
          if (a.kind === 'tick') wall += a.ms;
          else if (a.kind === 'push') await devices[a.device]!.push();
          else if (a.kind === 'lose-answer')
            devices[a.device]!.transport.failNext(1, { kind: 'lose-response' }, 'push');
          else if (a.kind === 'pull') await devices[a.device]!.pull(a.limit);
          else if (a.kind === 'delete') {
            devices[a.device]!.remove(a.key);
            deleted.add(a.key);
          } else {
            const device = devices[a.device]!;
            const current = device.records.get(a.key)?.values.count;
            const { count, ...rest } = a.change;
            const changes: RecordValues = { ...rest };
            if (count !== undefined) {
              changes.count = (typeof current === 'number' ? current : 0) + count;
              increments = new Map(increments).set(a.key, (increments.get(a.key) ?? 0) + count);
            }
            if (Object.keys(changes).length > 0) device.edit(a.key, changes);
          }
        }
        for (const d of devices) {
          // Planned lost answers are each used up by one attempt: a few retries always get through.
          for (let attempt = 0; !(await d.push()); attempt++)
            if (attempt > actions.length) throw new Error('push never got through');
        }
        for (const d of devices) await d.pull(2);
        for (const key of KEYS) {
          const truth = await server.record('Item', key);
          for (const d of devices) expect(d.records.get(key)?.values).toEqual(truth);
          // Deletes and re-creates restart a counter; without them it is the sum of all increments.
          if (truth && !deleted.has(key)) expect(truth.count ?? 0).toBe(increments.get(key) ?? 0);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
