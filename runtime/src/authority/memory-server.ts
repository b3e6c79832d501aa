import type { AccessContext } from '../access/context';
import { HybridLogicalClock } from '../merge/hlc';
import type { ManualConflict, StoredRecord } from '../merge/record';
import type { Operation, PullResponse, PushResponse, ReadResponse, RecordValues } from '../protocol/types';
import type { SyncSpec } from '../spec/types';
import { decideConflict } from './conflicts';
import { MemoryAuthorityStore } from './memory-store';
import { handlePull } from './pull';
import { type AuthorityAnswer, handlePush } from './push';
import { handleRead } from './read';
import { applyServerEdit } from './server-edit';
import type { KeptConflict } from './store';

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
  readonly #now: () => number;

  constructor(options: InMemorySyncServerOptions) {
    this.#spec = options.spec;
    this.store = options.store ?? new MemoryAuthorityStore();
    this.#now = options.now ?? Date.now;
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
      const answer = await this.store.batch(() => handlePush(this.#spec, caller, body, this.store));
      this.#notifyIfChanged(before);
      return answer;
    });
  }

  /** The pull endpoint. */
  pull(caller: AccessContext, body: unknown): Promise<AuthorityAnswer<PullResponse>> {
    return this.#exclusive(() => handlePull(this.#spec, caller, body, this.store));
  }

  /** The read endpoint: records straight from the server (online-only entities among them). */
  read(caller: AccessContext, body: unknown): Promise<AuthorityAnswer<ReadResponse>> {
    return this.#exclusive(() => handleRead(this.#spec, caller, body, this.store));
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

  /** Deletes a record on the server itself, following the spec's relations like a pushed delete. */
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
      const before = this.store.position;
      const hlc = this.#clock.now();
      const stamp = {
        opId: `${MEMORY_SERVER_NODE}-${++this.#ops}-${hlc}`,
        hlc,
        clientId: MEMORY_SERVER_NODE,
      };
      const outcome = await this.store.batch(() =>
        applyServerEdit(this.#spec, this.store, { entity: entityName, key, kind, changes }, stamp),
      );
      if (!outcome.ok) throw new RangeError(outcome.message);
      this.#notifyIfChanged(before);
      return outcome.record;
    });
  }

  /**
   * A person's decision on a manual conflict, made on the server (an office user named `by`):
   * writes the chosen value of each conflicting field as a new version, which devices pull, like the
   * server's resolve endpoint (`decideConflict`). Throws a RangeError for an unknown or already
   * decided conflict, a missing or extra field, an invalid value, or a record deleted since.
   */
  resolveConflict(conflictId: string, chosen: RecordValues, by = MEMORY_SERVER_NODE): Promise<StoredRecord> {
    return this.#exclusive(async () => {
      const before = this.store.position;
      const outcome = await this.store.batch(() =>
        decideConflict(this.#spec, this.store, conflictId, chosen, {
          userId: by,
          access: undefined,
          stamp: (current) => {
            this.#clock.observe(current.hlc);
            return this.#clock.now();
          },
          at: new Date(this.#now()).toISOString(),
        }),
      );
      if (!outcome.ok) throw new RangeError(outcome.message);
      this.#notifyIfChanged(before);
      return outcome.record;
    });
  }

  /** The manual conflicts no one has decided yet. */
  openConflicts(): ManualConflict[] {
    return this.store.openConflicts();
  }

  /** A kept conflict with its state: open, or resolved with who decided what. */
  conflictState(conflictId: string): Promise<KeptConflict | undefined> {
    return this.store.getConflict(conflictId);
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
