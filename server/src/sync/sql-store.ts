import type {
  AuthorityStore,
  ChangesPage,
  ChangesQuery,
  ConflictDecision,
  KeptConflict,
  StoredChange,
  StoredOpResult,
  ViewPage,
  ViewQuery,
} from '@syncraft/runtime/authority';
import type { ManualConflict, StoredRecord } from '@syncraft/runtime/merge';
import type { OperationResult } from '@syncraft/runtime/protocol';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Dialect } from '../db/database';
import type { Database } from '../db/schema';
import { decisionColumns, keptConflict, markResolved, readConflict } from './conflict-rows';
import { decodeCursor, encodeCursor } from './cursor';
import { READ_CHUNK, readOpResultRows, readRecordRows } from './key-reads';
import { fromPrevState, toPrevState, toRow, toStoredRecord } from './record-rows';
import { writeBatch } from './row-writes';
import { takeVersions } from './versions';
import { sqlViewChanges } from './views';

interface StagedRecord {
  readonly entity: string;
  readonly record: StoredRecord;
  /** The row existed when read (and, on PostgreSQL, is locked by this transaction). */
  readonly existed: boolean;
}

/** What a committed push batch changed: the app's newest change position, when anything changed. */
export interface FlushOutcome {
  readonly lastSeq: number | undefined;
}

/**
 * The authority's storage over SQL, for one app, inside one push transaction (or outside any,
 * for pulls). Writes are staged and written by {@link SqlAuthorityStore.flush} just before commit:
 *
 * - Record versions come from one database-wide sequence (`nextVersion`); on PostgreSQL the
 *   records read during a push are locked (`FOR UPDATE`), so a record's versions only increase.
 * - The change log is the `seq` column of `sync_records`. `flush` takes the app's row in
 *   `sync_app_seq` (a row lock held until commit) and numbers the batch's changes from it, so
 *   sequence order is commit order: a reader that has seen seq N has seen every change below N.
 *   A change that commits late therefore gets a higher seq than anything already delivered.
 * - A record created concurrently by two transactions, or an operation id replayed concurrently,
 *   hits a primary key: the loser's transaction fails with a unique violation and is retried
 *   (see `runPushTransaction`), then finds the record or the stored result.
 */
export class SqlAuthorityStore implements AuthorityStore {
  private readonly records = new Map<string, StagedRecord>();
  private readonly read = new Map<string, StoredRecord | undefined>();
  private readonly results = new Map<string, StoredOpResult>();
  private readonly conflicts = new Map<string, ManualConflict>();
  /** Decisions on conflicts met in this same batch (written with them by `flush`). */
  private readonly stagedDecisions = new Map<string, ConflictDecision>();
  /** Results read ahead by {@link prefetch}: an id in here that maps to undefined has none. */
  private readonly knownResults = new Map<string, StoredOpResult | undefined>();

  constructor(
    /** The transaction of a push (or the database, for reads). */
    readonly db: Kysely<Database> | Transaction<Database>,
    readonly dialect: Dialect,
    readonly appId: string,
    /** Lock rows read (a push); false for a pull. */
    readonly forWrite: boolean,
    /**
     * Where device views are written (a pull of relation-scoped entities): the writing connection
     * when `db` is a read-only one (SQLite's reader). Defaults to `db`.
     */
    readonly writer: Kysely<Database> | undefined = undefined,
  ) {}

  private static id(entity: string, key: string): string {
    return `${entity}\u0000${key}`;
  }

  async getRecord(entity: string, key: string): Promise<StoredRecord | undefined> {
    const id = SqlAuthorityStore.id(entity, key);
    const staged = this.records.get(id);
    if (staged) return staged.record;
    if (this.read.has(id)) return this.read.get(id);
    const row = await this.db
      .selectFrom('sync_records')
      .select(['record_key', 'version', 'deleted', 'data', 'meta', 'hlc'])
      .where('app_id', '=', this.appId)
      .where('entity', '=', entity)
      .where('record_key', '=', key)
      .$if(this.forWrite && this.dialect === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst();
    const record = row ? toStoredRecord(row) : undefined;
    this.read.set(id, record);
    return record;
  }

  async putRecord(entity: string, record: StoredRecord): Promise<void> {
    const id = SqlAuthorityStore.id(entity, record.key);
    const existed = this.records.get(id)?.existed ?? (await this.getRecord(entity, record.key)) !== undefined;
    this.records.set(id, { entity, record, existed });
  }

  /**
   * Reads (and on PostgreSQL locks) every record a batch touches and every stored result of its
   * operation ids in a few queries, instead of one query per operation.
   */
  async prefetch(
    ops: ReadonlyArray<{ readonly id: string; readonly entity: string; readonly key: string }>,
  ): Promise<void> {
    const ids = [...new Set(ops.map((op) => op.id))];
    for (const id of ids) this.knownResults.set(id, undefined);
    for (const [id, result] of await this.getOpResults(ids)) this.knownResults.set(id, result);
    await this.loadRecords(ops);
  }

  /**
   * Reads many records in a few queries into this store's cache (locking them on PostgreSQL in a
   * push); later `getRecord` calls for them cost nothing.
   */
  async loadRecords(wanted: ReadonlyArray<{ readonly entity: string; readonly key: string }>): Promise<void> {
    const pairs = new Map<string, { entity: string; key: string }>();
    for (const { entity, key } of wanted) {
      const id = SqlAuthorityStore.id(entity, key);
      if (!this.read.has(id) && !this.records.has(id)) pairs.set(id, { entity, key });
    }
    const byEntity = new Map<string, string[]>();
    for (const { entity, key } of pairs.values()) {
      const keys = byEntity.get(entity);
      if (keys) keys.push(key);
      else byEntity.set(entity, [key]);
    }
    for (const [entity, keys] of [...byEntity].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      keys.sort();
      for (let i = 0; i < keys.length; i += READ_CHUNK) {
        const chunk = keys.slice(i, i + READ_CHUNK);
        const lock = this.forWrite && this.dialect === 'postgres';
        const rows = await readRecordRows(this.db, this.dialect, this.appId, entity, chunk, lock);
        for (const key of chunk) this.read.set(SqlAuthorityStore.id(entity, key), undefined);
        for (const row of rows)
          this.read.set(SqlAuthorityStore.id(entity, row.record_key), toStoredRecord(row));
      }
    }
  }

  async getOpResult(opId: string): Promise<StoredOpResult | undefined> {
    const staged = this.results.get(opId);
    if (staged) return staged;
    if (this.knownResults.has(opId)) return this.knownResults.get(opId);
    return (await this.getOpResults([opId])).get(opId);
  }

  /** The stored results (with their owners) of many operation ids at once: a replayed batch costs one query. */
  async getOpResults(opIds: readonly string[]): Promise<Map<string, StoredOpResult>> {
    const found = new Map<string, StoredOpResult>();
    for (let i = 0; i < opIds.length; i += READ_CHUNK) {
      const chunk = opIds.slice(i, i + READ_CHUNK);
      const rows = await readOpResultRows(this.db, this.dialect, this.appId, chunk);
      for (const row of rows) {
        found.set(row.op_id, {
          result: JSON.parse(row.result) as OperationResult,
          userId: row.user_id,
          clientId: row.client_id,
        });
      }
    }
    return found;
  }

  async putOpResult(opId: string, stored: StoredOpResult): Promise<void> {
    this.results.set(opId, stored);
  }

  /** Versions reserved by {@link reserveVersions}, handed out before asking the database again. */
  private reserved: number[] = [];

  /**
   * Reserves `count` versions in one query. Call it only after {@link prefetch} has locked the
   * batch's records: versions taken after the locks are above any version a concurrent
   * transaction wrote to those records, so a record's versions still only increase.
   */
  async reserveVersions(count: number): Promise<void> {
    this.reserved = await takeVersions(this.db, this.dialect, count);
  }

  async nextVersion(): Promise<number> {
    return this.reserved.shift() ?? (await takeVersions(this.db, this.dialect, 1))[0]!;
  }

  async saveConflict(conflict: ManualConflict): Promise<void> {
    this.conflicts.set(conflict.id, conflict);
  }

  async getConflict(id: string): Promise<KeptConflict | undefined> {
    const staged = this.conflicts.get(id);
    if (!staged) return keptConflict(await readConflict(this, id));
    const decision = this.stagedDecisions.get(id);
    return decision
      ? {
          conflict: staged,
          status: 'resolved',
          resolvedBy: decision.by,
          resolvedAt: decision.at,
          resolution: decision.values,
        }
      : { conflict: staged, status: 'open' };
  }

  async markConflictResolved(id: string, decision: ConflictDecision): Promise<void> {
    if (this.conflicts.has(id)) this.stagedDecisions.set(id, decision);
    else await markResolved(this, id, decision);
  }

  async changesSince(query: ChangesQuery): Promise<ChangesPage> {
    const after = query.cursor === undefined ? 0 : decodeCursor(query.cursor);
    if (after === undefined) {
      return { kind: 'invalid-cursor', message: `"${query.cursor}" is not a cursor this server handed out.` };
    }
    // Read the committed head first: every change numbered up to it is visible to the query below.
    const head = await this.head();
    if (after > head) {
      return {
        kind: 'invalid-cursor',
        message: "The cursor is ahead of this server's change log (another database?).",
      };
    }
    if (query.entities.length === 0)
      return { kind: 'page', changes: [], cursor: encodeCursor(head), hasMore: false };
    const rows = await this.db
      .selectFrom('sync_records')
      .select(['entity', 'record_key', 'version', 'deleted', 'data', 'meta', 'hlc', 'seq', 'prev_state'])
      .where('app_id', '=', this.appId)
      .where('seq', '>', after)
      .where('entity', 'in', [...query.entities])
      .orderBy('seq')
      .limit(query.limit + 1)
      .execute();
    const hasMore = rows.length > query.limit;
    const page = hasMore ? rows.slice(0, query.limit) : rows;
    const changes: StoredChange[] = page.map((row) => ({
      entity: row.entity,
      record: toStoredRecord(row),
      previous: fromPrevState(row.prev_state),
    }));
    const lastSeq = page.length > 0 ? page[page.length - 1]!.seq : after;
    return {
      kind: 'page',
      changes,
      cursor: encodeCursor(hasMore ? lastSeq : Math.max(lastSeq, head)),
      hasMore,
    };
  }

  /**
   * Live records of `entity` whose `field` holds the string `key`, at most `limit`, as this batch
   * sees them: records staged earlier in the batch count in their staged state (a child created
   * or deleted by an earlier operation of the same push). In a push on PostgreSQL the rows found
   * are locked, so a concurrent batch cannot re-point them before this one commits.
   */
  async findReferencing(entity: string, field: string, key: string, limit: number): Promise<StoredRecord[]> {
    const found = new Map<string, StoredRecord>();
    const holds = (record: StoredRecord) =>
      !record.deleted && Object.hasOwn(record.values, field) && record.values[field] === key;
    for (const staged of this.records.values()) {
      if (staged.entity === entity && holds(staged.record))
        found.set(SqlAuthorityStore.id(entity, staged.record.key), staged.record);
    }
    if (found.size >= limit) return [...found.values()].slice(0, limit);
    // `->>` yields the member as SQL text in both dialects; a number or boolean never equals the key.
    const member =
      this.dialect === 'postgres'
        ? sql<string>`(data::jsonb ->> ${field})`
        : sql<string>`(data ->> ${`$.${JSON.stringify(field)}`})`;
    const rows = await this.db
      .selectFrom('sync_records')
      .select(['record_key', 'version', 'deleted', 'data', 'meta', 'hlc'])
      .where('app_id', '=', this.appId)
      .where('entity', '=', entity)
      .where('deleted', '=', 0)
      .where(member, '=', key)
      .$if(this.dialect === 'postgres', (q) =>
        q.where(sql<string>`jsonb_typeof(data::jsonb -> ${field})`, '=', 'string'),
      )
      .$if(this.dialect === 'sqlite', (q) =>
        q.where(sql<string>`json_type(data, ${`$.${JSON.stringify(field)}`})`, '=', 'text'),
      )
      .orderBy('record_key')
      .limit(limit + this.records.size)
      .$if(this.forWrite && this.dialect === 'postgres', (q) => q.forUpdate())
      .execute();
    for (const row of rows) {
      const id = SqlAuthorityStore.id(entity, row.record_key);
      if (this.records.has(id)) continue; // staged: its staged state decided above
      const record = this.read.get(id) ?? toStoredRecord(row);
      if (!this.read.has(id)) this.read.set(id, record);
      if (holds(record)) found.set(id, record);
    }
    return [...found.values()].slice(0, limit);
  }

  async viewChanges(query: ViewQuery): Promise<ViewPage> {
    const db = this.writer ?? this.db;
    if (db.isTransaction) throw new Error('device views are kept outside push transactions');
    return sqlViewChanges(db as Kysely<Database>, this.dialect, this.appId, query);
  }

  /** The app's newest committed change position (0 before the first change). */
  async head(): Promise<number> {
    const row = await this.db
      .selectFrom('sync_app_seq')
      .select('last_seq')
      .where('app_id', '=', this.appId)
      .executeTakeFirst();
    return row?.last_seq ?? 0;
  }

  /**
   * Writes everything staged: numbers the changed records under the app's sequence lock, then
   * inserts new records, updates the others, stores operation results and conflicts. Call once,
   * as the last step of the push transaction.
   */
  async flush(): Promise<FlushOutcome> {
    const now = new Date().toISOString();
    const records = [...this.records.values()].map((s) => ({
      row: {
        ...toRow(this.appId, s.entity, s.record, now),
        // The state before this batch: no pull saw the states in between (one transaction).
        prev_state: toPrevState(this.read.get(SqlAuthorityStore.id(s.entity, s.record.key))),
      },
      existed: s.existed,
    }));
    const results = [...this.results.entries()].map(([opId, { result, userId, clientId, subject }]) => ({
      app_id: this.appId,
      op_id: opId,
      client_id: clientId,
      user_id: userId,
      result: JSON.stringify(result),
      created_at: now,
      entity: subject?.entity ?? null,
      record_key: subject?.key ?? null,
      op_kind: subject?.kind ?? null,
    }));
    const lastSeq = await writeBatch(this.db, this.dialect, this.appId, { records, results });
    for (const conflict of this.conflicts.values()) {
      const decision = this.stagedDecisions.get(conflict.id);
      await this.db
        .insertInto('sync_conflicts')
        .values({
          id: conflict.id,
          app_id: this.appId,
          entity: conflict.entity,
          record_key: conflict.key,
          fields: JSON.stringify(conflict.fields),
          detail: JSON.stringify(conflict),
          status: 'open',
          created_at: now,
          resolved_at: null,
          resolved_by: null,
          resolution: null,
          ...(decision ? decisionColumns(decision) : {}),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    return { lastSeq };
  }
}
