import { checkValues, defaultsFor } from '../access/check-values';
import type { AccessContext } from '../access/context';
import { MemoryAuthorityStore } from '../authority/memory-store';
import { handlePull } from '../authority/pull';
import { type AuthorityAnswer, handlePush } from '../authority/push';
import { applyOperation } from '../merge/apply-operation';
import { HybridLogicalClock } from '../merge/hlc';
import type { ManualConflict, StoredRecord } from '../merge/record';
import { resolveManualConflict } from '../merge/resolve-conflict';
import type {
  ApiErrorCode,
  Operation,
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
  RecordValues,
} from '../protocol/types';
import type { SyncSpec } from '../spec/types';
import { type SyncTransport, TransportError } from './types';

/** Options of an {@link InMemorySyncServer}. */
export interface InMemorySyncServerOptions {
  readonly spec: SyncSpec;
  /** Defaults to a fresh {@link MemoryAuthorityStore}. */
  readonly store?: MemoryAuthorityStore;
  /** Wall clock for the server's own edits (`write`, `remove`). Defaults to `Date.now`. */
  readonly now?: () => number;
}

/** The node id in the timestamps of the in-memory server's own edits. */
export const MEMORY_SERVER_NODE = 'server';

/**
 * An authority in the same process: the same `handlePush`/`handlePull` the HTTP server runs, over
 * a Map-based store. Push batches run one at a time, like the server's one transaction per batch.
 * Used by the runtime's tests and the designer's simulator.
 *
 * @example
 * const server = new InMemorySyncServer({ spec });
 * const transport = createMemoryTransport(server, { userId: 'tech-1', roles: ['technician'], params: {}, now: Date.now() });
 * await server.write('Job', 'j1', { title: 'Fix valve', ... }); // an office edit
 */
export class InMemorySyncServer {
  readonly store: MemoryAuthorityStore;
  #spec: SyncSpec;
  readonly #clock: HybridLogicalClock;
  readonly #listeners = new Set<() => void>();
  #queue: Promise<unknown> = Promise.resolve();
  #ops = 0;
  readonly #resolved = new Set<string>();

  constructor(options: InMemorySyncServerOptions) {
    this.#spec = options.spec;
    this.store = options.store ?? new MemoryAuthorityStore();
    this.#clock = new HybridLogicalClock(MEMORY_SERVER_NODE, options.now ? { now: options.now } : {});
  }

  /** The spec the server runs (its `app.version` is the published version). */
  get spec(): SyncSpec {
    return this.#spec;
  }

  /** Publishes a new spec version: devices still on the old one get 409 `spec-upgrade-required`. */
  publish(spec: SyncSpec): void {
    this.#spec = spec;
  }

  /** Runs one request at a time, so a push batch never interleaves with another request. */
  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #notifyIfChanged(before: number): void {
    if (this.store.position === before) return;
    for (const listener of [...this.#listeners]) {
      try {
        listener();
      } catch {
        // One failing listener must not keep the others from hearing about the change.
      }
    }
  }

  /** The push endpoint: the body as a device sends it (JSON), answered as the HTTP server would. */
  push(caller: AccessContext, body: unknown): Promise<AuthorityAnswer<PushResponse>> {
    return this.#exclusive(async () => {
      const before = this.store.position;
      const answer = await handlePush(this.#spec, caller, body, this.store);
      this.#notifyIfChanged(before);
      return answer;
    });
  }

  /** The pull endpoint. */
  pull(caller: AccessContext, body: unknown): Promise<AuthorityAnswer<PullResponse>> {
    return this.#exclusive(() => handlePull(this.#spec, caller, body, this.store));
  }

  /** Calls `listener` after every request or edit that stored a change. Returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * An edit made on the server itself (an office user, an integration), bypassing device
   * permissions: it follows the same merge as a push made on the current version.
   * Throws a RangeError for an unknown entity or a refused change.
   */
  write(entity: string, key: string, changes: RecordValues): Promise<StoredRecord> {
    return this.#serverEdit(entity, key, 'upsert', changes);
  }

  /** Deletes a record on the server itself. */
  remove(entity: string, key: string): Promise<StoredRecord> {
    return this.#serverEdit(entity, key, 'delete', {});
  }

  #serverEdit(
    entityName: string,
    key: string,
    kind: Operation['kind'],
    changes: RecordValues,
  ): Promise<StoredRecord> {
    return this.#exclusive(async () => {
      const entity = this.#spec.entities.find((e) => e.name === entityName);
      if (!entity) throw new RangeError(`The app has no entity “${entityName}”.`);
      const current = await this.store.getRecord(entityName, key);
      const creating = !current || current.deleted;
      const problem = kind === 'upsert' ? checkValues(entity, changes, { create: creating }) : undefined;
      if (problem) throw new RangeError(problem.message);
      if (creating && kind === 'upsert') changes = { ...defaultsFor(entity, changes), ...changes };
      const base: Record<string, RecordValues[string]> = {};
      for (const field of Object.keys(changes)) {
        const value = current?.values[field];
        if (value !== undefined) base[field] = value;
      }
      const hlc = this.#clock.now();
      const op: Operation = {
        id: `${MEMORY_SERVER_NODE}-${++this.#ops}-${hlc}`,
        entity: entityName,
        key,
        kind,
        changes,
        base,
        baseVersion: current?.deleted ? 0 : (current?.version ?? 0),
        hlc,
        clientId: MEMORY_SERVER_NODE,
      };
      const before = this.store.position;
      const outcome = applyOperation(entity, current, op, { nextVersion: await this.store.nextVersion() });
      if (outcome.status === 'rejected') throw new RangeError(outcome.message);
      if (outcome.written) await this.store.putRecord(entityName, outcome.record);
      this.#notifyIfChanged(before);
      return outcome.record;
    });
  }

  /**
   * A person's decision on a manual conflict: writes the chosen value of each conflicting field as
   * a new version, which devices pull, like the server's resolve endpoint. Throws a RangeError for
   * an unknown or already resolved conflict, a missing or extra field, an invalid value, or a
   * record deleted since.
   */
  resolveConflict(conflictId: string, chosen: RecordValues): Promise<StoredRecord> {
    return this.#exclusive(async () => {
      const conflict = this.store.conflicts().find((c) => c.id === conflictId);
      if (!conflict) throw new RangeError(`There is no conflict “${conflictId}”.`);
      if (this.#resolved.has(conflictId))
        throw new RangeError(`The conflict “${conflictId}” was already resolved.`);
      const entity = this.#spec.entities.find((e) => e.name === conflict.entity);
      if (!entity) throw new RangeError(`The spec no longer has entity “${conflict.entity}”.`);
      const problem = checkValues(entity, chosen, { create: false });
      if (problem) throw new RangeError(problem.message);
      const current = await this.store.getRecord(conflict.entity, conflict.key);
      if (current) this.#clock.observe(current.hlc);
      const before = this.store.position;
      const outcome = resolveManualConflict(current, conflict, chosen, {
        nextVersion: await this.store.nextVersion(),
        hlc: this.#clock.now(),
      });
      if (!outcome.ok) throw new RangeError(outcome.message);
      await this.store.putRecord(conflict.entity, outcome.record);
      this.#resolved.add(conflictId);
      this.#notifyIfChanged(before);
      return outcome.record;
    });
  }

  /** The manual conflicts no one has decided yet. */
  openConflicts(): ManualConflict[] {
    return this.store.conflicts().filter((c) => !this.#resolved.has(c.id));
  }

  /** A record's current values; `undefined` when it does not exist or is deleted. */
  async record(entity: string, key: string): Promise<RecordValues | undefined> {
    const rec = await this.store.getRecord(entity, key);
    return rec && !rec.deleted ? rec.values : undefined;
  }

  /** Every manual conflict kept so far. */
  conflicts(): ManualConflict[] {
    return this.store.conflicts();
  }
}

/** A failure a {@link MemoryTransport} can be told to produce. */
export type MemoryFault =
  /** The request never reaches the server (retryable). */
  | { readonly kind: 'network' }
  /** The server answers with this error status (retryable when 408, 429 or 5xx). */
  | { readonly kind: 'status'; readonly status: number; readonly code?: ApiErrorCode }
  /** The server applies the request, but the answer is lost on the way back (retryable). */
  | { readonly kind: 'lose-response' };

/** Options of a {@link MemoryTransport}. */
export interface MemoryTransportOptions {
  /**
   * Delay every call by `ms` using `sleep`: pass a fake-timer driven function in tests so that
   * nothing really waits.
   */
  readonly latency?: { readonly ms: number; readonly sleep: (ms: number) => Promise<void> };
}

/** Calls and failures so far, per direction. */
export interface MemoryTransportStats {
  push: number;
  pull: number;
  failed: number;
}

interface PlannedFault {
  remaining: number;
  readonly fault: MemoryFault;
  readonly only: 'push' | 'pull' | undefined;
}

/** The wire: everything crosses as JSON text, as it would over HTTP. */
function overTheWire<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const STATUS_CODES: Record<number, ApiErrorCode> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  429: 'rate-limited',
};

/**
 * A {@link SyncTransport} to an {@link InMemorySyncServer}, with fault injection for tests:
 * go offline, fail the next calls, lose answers, add latency through an injected scheduler.
 */
export class MemoryTransport implements SyncTransport {
  readonly stats: MemoryTransportStats = { push: 0, pull: 0, failed: 0 };
  online = true;
  readonly #server: InMemorySyncServer;
  readonly #caller: () => AccessContext;
  readonly #options: MemoryTransportOptions;
  readonly #faults: PlannedFault[] = [];

  constructor(
    server: InMemorySyncServer,
    caller: AccessContext | (() => AccessContext),
    options: MemoryTransportOptions = {},
  ) {
    this.#server = server;
    this.#caller = typeof caller === 'function' ? caller : () => caller;
    this.#options = options;
  }

  /** Makes the next `count` calls (of one direction, when `only` is given) fail with `fault`. */
  failNext(count: number, fault: MemoryFault = { kind: 'network' }, only?: 'push' | 'pull'): void {
    if (count > 0) this.#faults.push({ remaining: count, fault, only });
  }

  #takeFault(direction: 'push' | 'pull'): MemoryFault | undefined {
    const planned = this.#faults.find((f) => f.only === undefined || f.only === direction);
    if (!planned) return undefined;
    if (--planned.remaining === 0) this.#faults.splice(this.#faults.indexOf(planned), 1);
    return planned.fault;
  }

  async #call<T>(
    direction: 'push' | 'pull',
    request: unknown,
    send: (caller: AccessContext, body: unknown) => Promise<AuthorityAnswer<T>>,
  ): Promise<T> {
    this.stats[direction]++;
    if (this.#options.latency) await this.#options.latency.sleep(this.#options.latency.ms);
    const fail = (error: TransportError): never => {
      this.stats.failed++;
      throw error;
    };
    if (!this.online) return fail(TransportError.network('The device is offline (memory transport).'));
    const fault = this.#takeFault(direction);
    if (fault?.kind === 'network')
      return fail(TransportError.network(`Injected network failure on ${direction}.`));
    if (fault?.kind === 'status') {
      const code = fault.code ?? STATUS_CODES[fault.status] ?? 'unavailable';
      return fail(
        TransportError.fromResponse(fault.status, {
          error: { code, message: `Injected ${fault.status} on ${direction}.` },
        }),
      );
    }
    const answer = await send(this.#caller(), overTheWire(request));
    if (fault?.kind === 'lose-response')
      return fail(TransportError.network(`Injected lost answer on ${direction}.`));
    if (!answer.ok) return fail(TransportError.fromResponse(answer.status, overTheWire(answer.body)));
    return overTheWire(answer.body);
  }

  push(request: PushRequest): Promise<PushResponse> {
    return this.#call('push', request, (caller, body) => this.#server.push(caller, body));
  }

  pull(request: PullRequest): Promise<PullResponse> {
    return this.#call('pull', request, (caller, body) => this.#server.pull(caller, body));
  }

  /** Hears about server changes like an SSE stream would: not while the device is offline. */
  subscribe(onChange: () => void): () => void {
    return this.#server.onChange(() => {
      if (this.online) onChange();
    });
  }
}

/** A {@link MemoryTransport} for one caller (or a function giving the caller, e.g. with a fresh `now`). */
export function createMemoryTransport(
  server: InMemorySyncServer,
  caller: AccessContext | (() => AccessContext),
  options: MemoryTransportOptions = {},
): MemoryTransport {
  return new MemoryTransport(server, caller, options);
}
