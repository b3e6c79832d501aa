import { checkValues, defaultsFor } from '../access/check-values';
import type { AccessContext } from '../access/context';
import { applyOperation } from '../merge/apply-operation';
import { HybridLogicalClock } from '../merge/hlc';
import type { ManualConflict, StoredRecord } from '../merge/record';
import { resolveManualConflict } from '../merge/resolve-conflict';
import type { Operation, PullResponse, PushResponse, RecordValues } from '../protocol/types';
import type { SyncSpec } from '../spec/types';
import { MemoryAuthorityStore } from './memory-store';
import { handlePull } from './pull';
import { type AuthorityAnswer, handlePush } from './push';
import { planDeleteEffects } from './relations';

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
      const answer = await this.store.batch(() => handlePush(this.#spec, caller, body, this.store));
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
      if (outcome.written && outcome.record.deleted) {
        const effects = await planDeleteEffects(this.#spec, entity, key, op, this.store);
        if (!effects.ok) throw new RangeError(effects.message);
        await this.store.batch(async () => {
          await this.store.putRecord(entityName, outcome.record);
          for (const write of effects.writes) await this.store.putRecord(write.entity, write.record);
        });
      } else if (outcome.written) await this.store.putRecord(entityName, outcome.record);
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
