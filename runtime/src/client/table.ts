import { liveQuery } from 'dexie';
import { isStoredLocally, type StoredRow } from '../local-store';
import type { Operation, RecordValues } from '../protocol';
import { PROTOCOL_VERSION } from '../protocol';
import type { SyncTransport } from '../transport/types';
import { type EngineContext, type EntityRuntime, rowsOf, storedKey } from './context';
import { QueryError, WriteBlockedError, WriteError } from './errors';
import { writeLocal } from './local-write';
import { compileQuery, type Query, runQuery } from './query';
import type { WriteIntent } from './write-plan';

/** A record's key as the app passes it: the key field's value. */
export type RecordKey = string | number;

/**
 * One entity's records on this device: reads come from IndexedDB, writes are stored locally and
 * queued for sync in one transaction, and show up in reads and live queries at once.
 *
 * @example
 * const jobs = client.table('Job');
 * await jobs.update('job-1', { status: 'in_progress' });
 * await jobs.increment('job-1', 'minutesWorked', 15);
 * const stop = jobs.live({ where: { status: 'open' } }, (open) => render(open));
 */
export class SyncTable {
  readonly #ctx: EngineContext;
  readonly #runtime: EntityRuntime;
  readonly #transport: SyncTransport;
  readonly #afterWrite: (entity: string) => void;

  constructor(
    ctx: EngineContext,
    runtime: EntityRuntime,
    transport: SyncTransport,
    afterWrite: (entity: string) => void,
  ) {
    this.#ctx = ctx;
    this.#runtime = runtime;
    this.#transport = transport;
    this.#afterWrite = afterWrite;
  }

  /** The entity's name. */
  get name(): string {
    return this.#runtime.entity.name;
  }

  #requireLocal(what: string): void {
    if (!isStoredLocally(this.#runtime.entity)) {
      throw new QueryError(
        `${this.name} is online-only: it is never stored on the device, so ${what} is not available`,
      );
    }
  }

  /** The record with this key, or undefined. */
  async get(key: RecordKey): Promise<RecordValues | undefined> {
    this.#requireLocal('get()');
    const row = await rowsOf(this.#ctx, this.name).get(storedKey(this.#runtime, String(key)));
    return row && row._d !== 1 ? this.#runtime.codec.decode(row) : undefined;
  }

  /** Records matching a query over the spec's indexes (all records without `where`). */
  async query(query: Query = {}): Promise<RecordValues[]> {
    this.#requireLocal('query()');
    return this.#decodeAll(await runQuery(this.#runtime, rowsOf(this.#ctx, this.name), query));
  }

  /**
   * Calls `listener` with the query's results now and after every change that affects them
   * (Dexie `liveQuery`). Returns the unsubscribe function.
   */
  live(
    query: Query,
    listener: (records: RecordValues[]) => void,
    onError?: (error: unknown) => void,
  ): () => void {
    this.#requireLocal('live()');
    const table = rowsOf(this.#ctx, this.name);
    // Fail fast on a query the indexes cannot answer, rather than inside the observable.
    compileQuery(this.#runtime, table, query);
    let latest = 0;
    const subscription = liveQuery(() => runQuery(this.#runtime, table, query)).subscribe({
      next: (rows) => {
        const seq = ++latest;
        this.#decodeAll(rows).then(
          (records) => {
            if (seq === latest) listener(records);
          },
          (error: unknown) => onError?.(error),
        );
      },
      error: (error: unknown) => onError?.(error),
    });
    return () => subscription.unsubscribe();
  }

  async #decodeAll(rows: readonly StoredRow[]): Promise<RecordValues[]> {
    const out: RecordValues[] = [];
    for (const row of rows) out.push(await this.#runtime.codec.decode(row));
    return out;
  }

  /** Creates the record or sets the given fields of it (fields not given keep their values). */
  async put(record: RecordValues): Promise<RecordValues> {
    if (typeof record !== 'object' || record === null) {
      throw new WriteError('invalid-value', this.name, 'put(record) needs an object of field values');
    }
    const keyValue = record[this.#runtime.entity.key];
    if (typeof keyValue !== 'string' && typeof keyValue !== 'number') {
      throw new WriteError(
        'invalid-value',
        this.name,
        `put(record) needs the key field ${this.#runtime.entity.key} (a string or number)`,
        this.#runtime.entity.key,
      );
    }
    const outcome = await this.#write(String(keyValue), { kind: 'put', values: record });
    return outcome ?? { ...record };
  }

  /** Sets some fields of an existing record; only the changed fields travel. */
  async update(key: RecordKey, changes: RecordValues): Promise<RecordValues> {
    return (await this.#write(String(key), { kind: 'update', changes })) ?? {};
  }

  /** Deletes the record. */
  async delete(key: RecordKey): Promise<void> {
    await this.#write(String(key), { kind: 'delete' });
  }

  /** Adds `by` to a counter (or number) field; concurrent increments on other devices add up. */
  async increment(key: RecordKey, field: string, by = 1): Promise<RecordValues> {
    return (await this.#write(String(key), { kind: 'increment', field, by })) ?? {};
  }

  /** Adds items to a string-set field. */
  async addToSet(key: RecordKey, field: string, ...items: string[]): Promise<RecordValues> {
    return (await this.#write(String(key), { kind: 'add-to-set', field, items })) ?? {};
  }

  /** Removes items from a string-set field. */
  async removeFromSet(key: RecordKey, field: string, ...items: string[]): Promise<RecordValues> {
    return (await this.#write(String(key), { kind: 'remove-from-set', field, items })) ?? {};
  }

  /**
   * Writes a person's decision on a manual conflict of this record (what `client.conflicts.resolve`
   * uses): every conflicting field travels, changed or not, marked as settling `conflictId`.
   */
  async settleConflict(key: RecordKey, conflictId: string, values: RecordValues): Promise<RecordValues> {
    return (await this.#write(String(key), { kind: 'settle', conflictId, values })) ?? {};
  }

  async #write(key: string, intent: WriteIntent): Promise<RecordValues | undefined> {
    const { entity } = this.#runtime;
    const { machine } = this.#ctx;
    if (entity.offline.availability === 'read-only') {
      throw new WriteError(
        'read-only',
        entity.name,
        `${entity.name} is read-only on the device (offline.availability)`,
      );
    }
    if (entity.sync.direction === 'pull') {
      throw new WriteError(
        'read-only',
        entity.name,
        `${entity.name} syncs server → device only (sync.direction "pull"): a change made here would never reach the server`,
      );
    }
    const mode = machine.writeMode(entity);
    if (mode === 'block') {
      throw new WriteBlockedError(machine.state.name, entity.name, 'the state says writes: block');
    }
    if (!isStoredLocally(entity)) return this.#writeOnline(key, intent);
    const outcome = await writeLocal(this.#ctx, this.#runtime, key, intent);
    if (outcome.queued || outcome.record !== undefined) this.#afterWrite(entity.name);
    return outcome.record;
  }

  /** Online-only entities: nothing is stored; the change goes straight to the server. */
  async #writeOnline(key: string, intent: WriteIntent): Promise<RecordValues | undefined> {
    const { entity } = this.#runtime;
    const { machine } = this.#ctx;
    if (!machine.connected) {
      throw new WriteBlockedError(
        machine.state.name,
        entity.name,
        `${entity.name} is online-only and the device is offline`,
      );
    }
    if (intent.kind !== 'put' && intent.kind !== 'update' && intent.kind !== 'delete') {
      throw new WriteError(
        'invalid-value',
        entity.name,
        `${entity.name} is online-only: use put, update or delete`,
      );
    }
    const changes = intent.kind === 'put' ? intent.values : intent.kind === 'update' ? intent.changes : {};
    const op: Operation = {
      id: this.#ctx.randomId(),
      entity: entity.name,
      key,
      kind: intent.kind === 'delete' ? 'delete' : 'upsert',
      changes,
      base: {},
      baseVersion: 0,
      hlc: this.#ctx.clock.now(),
      clientId: this.#ctx.clientId,
    };
    const response = await this.#transport.push({
      protocol: PROTOCOL_VERSION,
      specVersion: this.#ctx.spec.app.version,
      clientId: this.#ctx.clientId,
      operations: [op],
    });
    const result = response.results[0];
    if (!result) throw new WriteError('invalid-value', entity.name, 'the server did not answer the change');
    if (result.status === 'rejected') {
      throw new WriteError(
        result.reason === 'permission' ? 'permission' : 'invalid-value',
        entity.name,
        result.message,
        result.field,
      );
    }
    return result.status === 'applied' ? { ...changes } : result.record;
  }
}
