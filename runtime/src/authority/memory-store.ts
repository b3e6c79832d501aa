import type { RelatedRecords } from '../access/condition';
import type { ManualConflict, StoredRecord } from '../merge/record';
import type { RecordValues } from '../protocol/types';
import { MemoryViews } from './memory-views';
import type {
  AuthorityStore,
  ChangesPage,
  ChangesQuery,
  ConflictDecision,
  KeptConflict,
  PriorState,
  StoredChange,
  StoredOpResult,
  ViewPage,
  ViewQuery,
} from './store';

interface LogEntry {
  readonly seq: number;
  readonly entity: string;
  readonly key: string;
}

const CURSOR = /^m(\d{1,15})$/;

/**
 * An {@link AuthorityStore} over Maps, for the in-memory server, tests and the designer's
 * simulator. Cursors are `m<position>` in its change log. Single-threaded use only: callers
 * serialise push batches (the in-memory server does).
 */
export class MemoryAuthorityStore implements AuthorityStore {
  readonly #records = new Map<string, Map<string, StoredRecord>>();
  readonly #results = new Map<string, StoredOpResult>();
  readonly #conflicts = new Map<string, ManualConflict>();
  readonly #decisions = new Map<string, ConflictDecision>();
  /** The change log, oldest first; an entry is live while it is its record's latest. */
  #log: LogEntry[] = [];
  /** Entries superseded by a later change of the same record; dropped once they are the majority. */
  #stale = 0;
  readonly #latest = new Map<string, number>();
  /** Each record's state before its latest change (absent when that change created it). */
  readonly #previous = new Map<string, PriorState>();
  /** Records written in the running batch (see {@link batch}); `undefined` outside one. */
  #batchWrites: Set<string> | undefined;
  #version = 0;
  #seq = 0;
  /** The live records as relation conditions read them. */
  readonly related: RelatedRecords = {
    get: (entity, key) => {
      const record = this.#records.get(entity)?.get(key);
      return record && !record.deleted ? record.values : undefined;
    },
    referencing: (entity, field, key) => {
      const found: RecordValues[] = [];
      for (const record of this.#records.get(entity)?.values() ?? []) {
        if (!record.deleted && record.values[field] === key) found.push(record.values);
      }
      return found;
    },
  };
  readonly #views = new MemoryViews(
    (entity) => this.#records.get(entity)?.values() ?? [],
    this.related,
    (entity, key) => this.#records.get(entity)?.get(key),
  );

  async getRecord(entity: string, key: string): Promise<StoredRecord | undefined> {
    return this.#records.get(entity)?.get(key);
  }

  async putRecord(entity: string, record: StoredRecord): Promise<void> {
    let table = this.#records.get(entity);
    if (!table) {
      table = new Map();
      this.#records.set(entity, table);
    }
    const id = `${entity}\u0000${record.key}`;
    const before = table.get(record.key);
    // Within a batch, the state before the batch stays the previous one: no pull saw the states between.
    if (!this.#batchWrites?.has(id)) {
      if (before) this.#previous.set(id, { deleted: before.deleted, values: before.values });
      else this.#previous.delete(id);
      this.#batchWrites?.add(id);
    }
    // A private copy: the caller may not change what was stored through a shared reference.
    table.set(record.key, structuredClone(record));
    const seq = ++this.#seq;
    this.#log.push({ seq, entity, key: record.key });
    if (this.#latest.has(id)) this.#stale++;
    this.#latest.set(id, seq);
    // Keep the log proportional to the records, however often they change (a long simulation).
    if (this.#stale > 1024 && this.#stale * 2 > this.#log.length) {
      this.#log = this.#log.filter((e) => this.#latest.get(`${e.entity}\u0000${e.key}`) === e.seq);
      this.#stale = 0;
    }
  }

  /**
   * Runs `work` as one batch, the way a SQL store runs a push in one transaction: a record written
   * several times keeps the state it had before the batch as its previous state. Batches must not
   * overlap (the in-memory server runs one request at a time).
   */
  async batch<T>(work: () => Promise<T>): Promise<T> {
    this.#batchWrites = new Set();
    try {
      return await work();
    } finally {
      this.#batchWrites = undefined;
    }
  }

  /** Index of the first log entry after position `after` (entries are ordered by position). */
  #firstAfter(after: number): number {
    let lo = 0;
    let hi = this.#log.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#log[mid]!.seq <= after) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  async getOpResult(opId: string): Promise<StoredOpResult | undefined> {
    return this.#results.get(opId);
  }

  async putOpResult(opId: string, stored: StoredOpResult): Promise<void> {
    this.#results.set(opId, stored);
  }

  async nextVersion(): Promise<number> {
    return ++this.#version;
  }

  async saveConflict(conflict: ManualConflict): Promise<void> {
    if (!this.#conflicts.has(conflict.id)) this.#conflicts.set(conflict.id, structuredClone(conflict));
  }

  async getConflict(id: string): Promise<KeptConflict | undefined> {
    const conflict = this.#conflicts.get(id);
    if (!conflict) return undefined;
    const decision = this.#decisions.get(id);
    if (!decision) return { conflict: structuredClone(conflict), status: 'open' };
    return {
      conflict: structuredClone(conflict),
      status: 'resolved',
      resolvedBy: decision.by,
      resolvedAt: decision.at,
      resolution: structuredClone(decision.values),
    };
  }

  async markConflictResolved(id: string, decision: ConflictDecision): Promise<void> {
    if (this.#conflicts.has(id)) this.#decisions.set(id, structuredClone(decision));
  }

  async changesSince(query: ChangesQuery): Promise<ChangesPage> {
    let after = 0;
    if (query.cursor !== undefined) {
      const match = CURSOR.exec(query.cursor);
      if (!match || Number(match[1]) > this.#seq) {
        return {
          kind: 'invalid-cursor',
          message: `The cursor ${JSON.stringify(query.cursor)} was not handed out by this server.`,
        };
      }
      after = Number(match[1]);
    }
    const entities = new Set(query.entities);
    const changes: StoredChange[] = [];
    let position = after;
    let hasMore = false;
    for (let i = this.#firstAfter(after); i < this.#log.length; i++) {
      const entry = this.#log[i]!;
      if (
        !entities.has(entry.entity) ||
        this.#latest.get(`${entry.entity}\u0000${entry.key}`) !== entry.seq
      ) {
        if (changes.length < query.limit) position = entry.seq;
        continue;
      }
      if (changes.length === query.limit) {
        hasMore = true;
        break;
      }
      const record = this.#records.get(entry.entity)?.get(entry.key);
      const previous = this.#previous.get(`${entry.entity}\u0000${entry.key}`);
      if (record) {
        changes.push({
          entity: entry.entity,
          record: structuredClone(record),
          previous: previous && structuredClone(previous),
        });
      }
      position = entry.seq;
    }
    return { kind: 'page', changes, cursor: `m${position}`, hasMore };
  }

  async findReferencing(entity: string, field: string, key: string, limit: number): Promise<StoredRecord[]> {
    const found: StoredRecord[] = [];
    for (const record of this.#records.get(entity)?.values() ?? []) {
      if (found.length >= limit) break;
      if (!record.deleted && Object.hasOwn(record.values, field) && record.values[field] === key)
        found.push(record);
    }
    return found;
  }

  async viewChanges(query: ViewQuery): Promise<ViewPage> {
    return this.#views.changes(query);
  }

  /** The records of an entity, tombstones included, by key order (for tests and inspection). */
  records(entity: string): StoredRecord[] {
    return [...(this.#records.get(entity)?.values() ?? [])].sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    );
  }

  /** Every manual conflict kept so far, in the order they were met. */
  conflicts(): ManualConflict[] {
    return [...this.#conflicts.values()];
  }

  /** The manual conflicts no one has decided yet, in the order they were met. */
  openConflicts(): ManualConflict[] {
    return this.conflicts().filter((c) => !this.#decisions.has(c.id));
  }

  /** The change-log position of the latest write (grows with every stored change). */
  get position(): number {
    return this.#seq;
  }
}
