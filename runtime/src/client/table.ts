import { liveQuery } from 'dexie';
import { isStoredLocally, type StoredRow } from '../local-store';
import type { Operation, ReadRequest, ReadResponse, RecordValues, RejectReason } from '../protocol';
import { PROTOCOL_VERSION } from '../protocol';
import type { SyncTransport } from '../transport/types';
import type { ChangesOf, NumberFieldOf, RecordKey, SetFieldOf } from './app-schema';
import { type EngineContext, type EntityRuntime, rowsOf, storedKey } from './context';
import { QueryError, WriteBlockedError, WriteError, type WriteRefusal } from './errors';
import { writeLocal } from './local-write';
import { writeLocalBatch } from './local-write-batch';
import { compileQuery, type OnlineFilter, type Query, runQuery } from './query';
import type { WriteIntent } from './write-plan';

const WRITE_ACTIONS = ['create', 'update', 'delete'] as const;

/**
 * One entity's records on this device: reads come from IndexedDB, writes are stored locally and
 * queued for sync in one transaction, and show up in reads and live queries at once.
 *
 * `R` is the entity's record type and `K` its key type: on a client created with a schema
 * (`createSyncClient<AppSchema>`), `client.table('Job')` is a `SyncTable<Job, string>`, so reads return
 * `Job` records and writes accept only `Job`'s fields with values of their types. Without one, both
 * are untyped (`RecordValues`, `string | number`).
 *
 * @example
 * const jobs = client.table('Job');
 * await jobs.update('job-1', { status: 'in_progress' });
 * await jobs.increment('job-1', 'minutesWorked', 15);
 * const stop = jobs.live({ where: { status: 'open' } }, (open) => render(open));
 */
export class SyncTable<R extends object = RecordValues, K extends RecordKey = RecordKey> {
  readonly #ctx: EngineContext;
  readonly #runtime: EntityRuntime;
  readonly #transport: SyncTransport;
  readonly #afterWrite: (entity: string) => void;

  /** @internal Tables come from `client.table(name)`. */
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

  /**
   * The record with this key, or undefined. For an `online-only` entity (never stored on the
   * device) the record is read from the server, within the user's read scope; that needs a
   * connection and a transport that reads (both built-in ones do).
   */
  async get(key: K): Promise<R | undefined> {
    if (!isStoredLocally(this.#runtime.entity)) {
      const [found] = (await this.#readOnline({ keys: [String(key)] })).records;
      return found ? asRecord<R>(found.record) : undefined;
    }
    const row = await rowsOf(this.#ctx, this.name).get(storedKey(this.#runtime, String(key)));
    // A put after this read (saving a form, say) reads the row instead of trying to add it.
    if (row) this.#ctx.knownRows.note(this.name, String(key), true);
    return row && row._d !== 1 ? asRecord<R>(await this.#runtime.codec.decode(row)) : undefined;
  }

  /**
   * A page of an `online-only` entity's records, read from the server: every record the user may
   * read, in the server's change order. Pass the answer's `cursor` back for the next page while
   * `hasMore` is true (a page may be short, even empty, while more follow).
   *
   * @example
   * let page = await client.table('Payment').readPage({ limit: 100 });
   * for (;;) {
   *   show(page.records);
   *   if (!page.hasMore) break;
   *   page = await client.table('Payment').readPage({ cursor: page.cursor, limit: 100 });
   * }
   */
  async readPage(
    options: {
      readonly cursor?: string;
      readonly limit?: number;
      /** Only records whose fields match (all of them); the same `where` on every page. */
      readonly where?: OnlineFilter<R>;
    } = {},
  ): Promise<{ records: R[]; cursor: string | undefined; hasMore: boolean }> {
    if (isStoredLocally(this.#runtime.entity)) {
      throw new QueryError(`${this.name} is stored on the device: use query() or live() to read it`);
    }
    const answer = await this.#readOnline({
      ...(options.cursor === undefined ? {} : { cursor: options.cursor }),
      ...(options.limit === undefined ? {} : { limit: options.limit }),
      ...(options.where === undefined ? {} : { where: options.where as NonNullable<ReadRequest['where']> }),
    });
    const records = answer.records.map((r) => asRecord<R>(r.record));
    return { records, cursor: answer.cursor, hasMore: answer.hasMore };
  }

  async #readOnline(
    part: { keys: string[] } | { cursor?: string; limit?: number; where?: NonNullable<ReadRequest['where']> },
  ): Promise<ReadResponse> {
    const { machine } = this.#ctx;
    if (!this.#transport.read) {
      throw new QueryError(`${this.name} is online-only and this transport cannot read from the server`);
    }
    if (!machine.connected) {
      throw new QueryError(`${this.name} is online-only and the device is offline: it cannot be read now`);
    }
    return this.#transport.read({
      protocol: PROTOCOL_VERSION,
      specVersion: this.#ctx.spec.app.version,
      clientId: this.#ctx.clientId,
      entity: this.name,
      ...part,
    });
  }

  /** Records matching a query over the spec's indexes (all records without `where`). */
  async query(query: Query<R> = {}): Promise<R[]> {
    this.#requireLocal('query()');
    return this.#decodeAll(await runQuery(this.#runtime, rowsOf(this.#ctx, this.name), plainQuery(query)));
  }

  /**
   * Calls `listener` with the query's results now and after every change that affects them
   * (Dexie `liveQuery`). Returns the unsubscribe function.
   */
  live(query: Query<R>, listener: (records: R[]) => void, onError?: (error: unknown) => void): () => void {
    this.#requireLocal('live()');
    const table = rowsOf(this.#ctx, this.name);
    const plain = plainQuery(query);
    // Fail fast on a query the indexes cannot answer, rather than inside the observable.
    compileQuery(this.#runtime, table, plain);
    let latest = 0;
    const subscription = liveQuery(() => runQuery(this.#runtime, table, plain)).subscribe({
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

  async #decodeAll(rows: readonly StoredRow[]): Promise<R[]> {
    const out: R[] = [];
    for (const row of rows) out.push(asRecord<R>(await this.#runtime.codec.decode(row)));
    return out;
  }

  /**
   * Creates the record or sets the given fields of it (fields not given keep their values). On a
   * typed client it takes a whole record (required fields included); `update` changes some fields.
   */
  async put(record: R): Promise<R> {
    const { key, values } = this.#putTarget(record, 'put(record)', '');
    const outcome = await this.#write(key, { kind: 'put', values });
    return asRecord<R>(outcome ?? { ...values });
  }

  /**
   * The key and values of a record given to `put` (or `bulkPut`, where `at` names its position,
   * also in the error's pointer); throws when it is not an object or lacks a string or number key.
   */
  #putTarget(record: unknown, what: string, at: string): { key: string; values: RecordValues } {
    const keyField = this.#runtime.entity.key;
    if (typeof record !== 'object' || record === null) {
      throw new WriteError(
        'invalid-value',
        this.name,
        `${what} needs an object of field values`,
        at || undefined,
      );
    }
    const values = plainValues(record);
    const keyValue = values[keyField];
    if (typeof keyValue !== 'string' && typeof keyValue !== 'number') {
      throw new WriteError(
        'invalid-value',
        this.name,
        `${what} needs the key field ${keyField} (a string or number)`,
        at ? `${at}/${keyField}` : keyField,
      );
    }
    return { key: String(keyValue), values };
  }

  /**
   * Creates or sets many records at once, as `put` does each, in ONE local transaction: the rows
   * are read and written and the outbox entries appended together, so a thousand records cost a
   * fraction of a thousand `put` calls. All or nothing: if the spec or the user's grants refuse
   * one record, it throws that record's `WriteError` (pointer `/<position>/<field>`) and none is
   * stored. Resolves with the records as they now read on the device, in the order given.
   *
   * @example
   * await client.table('Visit').bulkPut(imported.map((v) => ({ ...v, status: 'planned' })));
   */
  async bulkPut(records: readonly R[]): Promise<R[]> {
    if (!Array.isArray(records)) {
      throw new WriteError('invalid-value', this.name, 'bulkPut(records) needs an array of records');
    }
    const writes = records.map((record, i) => {
      const { key, values } = this.#putTarget(record, `bulkPut: record ${i}`, String(i));
      return { key, intent: { kind: 'put', values } as const };
    });
    const { entity } = this.#runtime;
    // Entities written straight to the server take each record as `put` does.
    if (
      !isStoredLocally(entity) ||
      entity.offline.availability === 'read-only' ||
      entity.sync.direction === 'pull'
    ) {
      const out: R[] = [];
      for (const record of records) out.push(await this.put(record));
      return out;
    }
    if (this.#ctx.machine.writeMode(entity) === 'block') {
      throw new WriteBlockedError(this.#ctx.machine.state.name, entity.name, 'the state says writes: block');
    }
    if (writes.length === 0) return [];
    const outcomes = await writeLocalBatch(this.#ctx, this.#runtime, writes);
    if (outcomes.some((o) => o.queued || o.record !== undefined)) this.#afterWrite(entity.name);
    return outcomes.map((o, i) => asRecord<R>(o.record ?? { ...plainValues(records[i]!) }));
  }

  /**
   * Sets some fields of an existing record; only the changed fields travel. `null` clears an
   * optional field. Resolves with the record as it now reads on the device (for a change sent
   * straight to the server, of an online-only entity or one the device only reads, with the fields
   * the server applied or its merged record).
   */
  async update(key: K, changes: ChangesOf<R>): Promise<R> {
    return asRecord<R>(
      (await this.#write(String(key), { kind: 'update', changes: plainValues(changes) })) ?? {},
    );
  }

  /** Deletes the record. */
  async delete(key: K): Promise<void> {
    await this.#write(String(key), { kind: 'delete' });
  }

  /** Adds `by` to a counter (or number) field; concurrent increments on other devices add up. */
  async increment(key: K, field: NumberFieldOf<R>, by = 1): Promise<R> {
    return asRecord<R>((await this.#write(String(key), { kind: 'increment', field, by })) ?? {});
  }

  /** Adds items to a string-set field. */
  async addToSet(key: K, field: SetFieldOf<R>, ...items: string[]): Promise<R> {
    return asRecord<R>((await this.#write(String(key), { kind: 'add-to-set', field, items })) ?? {});
  }

  /** Removes items from a string-set field. */
  async removeFromSet(key: K, field: SetFieldOf<R>, ...items: string[]): Promise<R> {
    return asRecord<R>((await this.#write(String(key), { kind: 'remove-from-set', field, items })) ?? {});
  }

  /**
   * Writes a person's decision on a manual conflict of this record (what `client.conflicts.resolve`
   * uses): every conflicting field travels, changed or not, marked as settling `conflictId`.
   */
  async settleConflict(key: K, conflictId: string, values: ChangesOf<R>): Promise<R> {
    return asRecord<R>(
      (await this.#write(String(key), { kind: 'settle', conflictId, values: plainValues(values) })) ?? {},
    );
  }

  async #write(key: string, intent: WriteIntent): Promise<RecordValues | undefined> {
    const { entity } = this.#runtime;
    const { machine } = this.#ctx;
    // Entities the device only reads are never changed offline: a user whose roles may write them
    // (a dispatcher keeping the sites) writes straight to the server, which decides by the grants.
    const onlyRead =
      entity.offline.availability === 'read-only'
        ? 'is read-only on the device (offline.availability)'
        : entity.sync.direction === 'pull'
          ? 'syncs server → device only (sync.direction "pull")'
          : undefined;
    if (onlyRead !== undefined && !WRITE_ACTIONS.some((a) => this.#runtime.permissions.actions.has(a))) {
      throw new WriteError(
        'read-only',
        entity.name,
        `${entity.name} ${onlyRead} and the user's roles grant no create, update or delete on it`,
      );
    }
    const mode = machine.writeMode(entity);
    if (mode === 'block') {
      throw new WriteBlockedError(machine.state.name, entity.name, 'the state says writes: block');
    }
    if (onlyRead !== undefined) {
      const record = await this.#writeOnline(key, intent, onlyRead);
      // The stored copy arrives with the pull this starts (await client.syncNow() to wait for it).
      this.#afterWrite(entity.name);
      return record;
    }
    if (!isStoredLocally(entity)) return this.#writeOnline(key, intent, 'is online-only');
    const outcome = await writeLocal(this.#ctx, this.#runtime, key, intent);
    if (outcome.queued || outcome.record !== undefined) this.#afterWrite(entity.name);
    return outcome.record;
  }

  /**
   * Online-only entities, and entities the device only reads: nothing is queued; the change goes
   * straight to the server. `why` completes “<Entity> …” in messages.
   */
  async #writeOnline(key: string, intent: WriteIntent, why: string): Promise<RecordValues | undefined> {
    const { entity } = this.#runtime;
    const { machine } = this.#ctx;
    if (!machine.connected) {
      throw new WriteBlockedError(
        machine.state.name,
        entity.name,
        `${entity.name} ${why}: changes go straight to the server, and the device is offline`,
      );
    }
    if (intent.kind !== 'put' && intent.kind !== 'update' && intent.kind !== 'delete') {
      throw new WriteError('invalid-value', entity.name, `${entity.name} ${why}: use put, update or delete`);
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
      throw new WriteError(refusalOf(result.reason), entity.name, result.message, result.field);
    }
    return result.status === 'applied' ? (result.record ?? { ...changes }) : result.record;
  }
}

/** The device-side reason for a server's refusal of a write sent straight to it. */
function refusalOf(reason: RejectReason): WriteRefusal {
  switch (reason) {
    case 'permission':
    case 'out-of-scope':
      return 'permission';
    case 'read-only':
    case 'not-found':
    case 'unknown-field':
    case 'unknown-entity':
      return reason;
    default:
      return 'invalid-value';
  }
}

/**
 * The stored values as the table's record type. Typing is the caller's promise (`createSyncClient<S>`
 * with types generated from this spec); what is stored was checked against the spec when written.
 */
function asRecord<R>(values: RecordValues): R {
  return values as unknown as R;
}

/** A typed record or change set in the untyped form the engine works on (checked there against the spec). */
function plainValues(values: object): RecordValues {
  return values as RecordValues;
}

/** A typed query in the untyped form the engine works on (checked there against the entity's indexes). */
function plainQuery<R extends object>(query: Query<R>): Query {
  return query as Query;
}
