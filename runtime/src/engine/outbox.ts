import { type DBCoreRangeType, type DBCoreTransaction, Dexie, type Table } from 'dexie';
import type { OutboxEntry } from '../outbox/entry';

/** Dexie's `DBCoreRangeType.Range` (a const enum, which cannot be imported under verbatimModuleSyntax). */
const KEY_RANGE = 2 as DBCoreRangeType.Range;

/** An entity that can have outbox entries, with its priority rank (0 = critical). */
export interface QueueableEntity {
  readonly name: string;
  readonly rank: number;
}

/** How the next batch is chosen: which entities may send now, and how big a batch may grow. */
export interface BatchLimits {
  /** Whether the current offline state lets the entity's entries through. */
  readonly sendable: (entity: string) => boolean;
  /** Most entries in one batch of the entity. */
  readonly maxEntries: (entity: string) => number;
  /** Most payload characters (changes and base as JSON) in one batch; one entry always fits. */
  readonly maxChars: number;
  /**
   * How many entries of a priority rank are queued (dead letters not counted): lets a batch be cut
   * without reading the rest of the queue for a more urgent entry. Without it, or when it counts
   * too many, more of the queue is read; counting too few may let a less urgent batch go first.
   */
  readonly queued?: (rank: number) => number;
}

/** A batch taken for delivery: its entries (one entity, queue order) and their payload size. */
export interface OutboxBatch {
  readonly entries: readonly OutboxEntry[];
  /** Sum of the entries' `changes` and `base` as JSON characters. */
  readonly chars: number;
}

/** What {@link Outbox.fail} did: entries that became dead letters. */
export interface FailOutcome {
  readonly dead: readonly OutboxEntry[];
}

/** Payload characters of one entry (its changes and base as JSON), the measure batches are cut by. */
export function entryChars(entry: OutboxEntry): number {
  return JSON.stringify(entry.changes).length + JSON.stringify(entry.base).length;
}

/**
 * The open ranges of queue positions around `taken` (positions in flight): before the first run of
 * consecutive positions, between runs, and after the last.
 */
function gaps(taken: number[]): [number, number][] {
  taken.sort((a, b) => a - b);
  const out: [number, number][] = [];
  let from = -Infinity;
  for (let i = 0; i < taken.length; i++) {
    const start = taken[i]!;
    while (i + 1 < taken.length && taken[i + 1] === taken[i]! + 1) i++;
    out.push([from, start]);
    from = taken[i]!;
  }
  out.push([from, Infinity]);
  return out;
}

/** A dead letter back in the queue: not dead, attempts reset. */
function revived(entry: OutboxEntry): OutboxEntry {
  const { dead: _dead, deadAt: _deadAt, retryLater: _later, ...rest } = entry;
  return { ...rest, attempts: 0 };
}

/** The identity of a record as a set member. */
const recordOf = (entry: { readonly entity: string; readonly key: string }) =>
  `${entry.entity}\u0000${entry.key}`;

/**
 * The device's queue of local changes, owner of the `_outbox` table: everything that reads or
 * writes queued entries goes through it. It also knows what is being delivered right now (in memory:
 * an entry is in flight only within this session) and which entries were queued before this
 * session (they may have reached the server before a crash, so nothing is ever folded into them).
 *
 * Delivery follows one rule that keeps pipelined pushes safe: a record is in at most one batch in
 * flight, so the server sees each record's operations in queue order whatever the order in which
 * concurrent batches commit.
 */
export class Outbox {
  readonly table: Table<OutboxEntry, number>;
  readonly #inFlight = new Set<string>();
  readonly #recordsInFlight = new Map<string, number>();
  /** Queue positions in flight. */
  readonly #seqsInFlight = new Set<number>();
  /** Entries in flight, per priority rank. */
  readonly #inFlightByRank = new Map<number, number>();
  #sessionFloor: number;
  /** Another tab delivers this queue: it may be sending any entry, so nothing is folded. */
  #following = false;
  /** Record → server version its row took from this device's own push answers (see `expectEcho`). */
  readonly #echoes = new Map<string, number>();

  constructor(table: Table<OutboxEntry, number>, sessionFloor: number) {
    this.table = table;
    this.#sessionFloor = sessionFloor;
  }

  /** Opens the outbox of `table`: the newest entry marks where this session's entries begin. */
  static async open(table: Table<OutboxEntry, number>): Promise<{ outbox: Outbox; last?: OutboxEntry }> {
    const last = await table.orderBy('seq').last();
    return last ? { outbox: new Outbox(table, last.seq!), last } : { outbox: new Outbox(table, 0) };
  }

  /** Whether a new change may be folded into `entry`: queued this session and not in flight. */
  mayFold(entry: OutboxEntry): boolean {
    return !this.#following && !this.#inFlight.has(entry.id) && entry.seq! > this.#sessionFloor;
  }

  /** Another tab of the app delivers the queue from now on: new edits are appended, never folded. */
  follow(): void {
    this.#following = true;
  }

  /**
   * This tab delivers the queue from now on. Entries queued so far may already have been sent by
   * the tab that delivered before, so, as after a restart, nothing is folded into them.
   */
  async lead(): Promise<void> {
    const last = await this.table.orderBy('seq').last();
    this.#sessionFloor = Math.max(this.#sessionFloor, last?.seq ?? 0);
    this.#following = false;
  }

  /** Whether `entry` is being delivered now. */
  inFlight(entry: OutboxEntry): boolean {
    return this.#inFlight.has(entry.id);
  }

  /** Number of entries being delivered now. */
  get inFlightCount(): number {
    return this.#inFlight.size;
  }

  /** Adds (or, with its `seq`, replaces) an entry. Call it inside the write's transaction. */
  enqueue(entry: OutboxEntry): Promise<void> {
    // Dexie's own promise, not an async function's: no zone switch inside the transaction.
    return this.table.put(entry).then(() => undefined);
  }

  /**
   * Appends a new entry (one without `seq`) and answers its queue position. Call it inside the
   * write's transaction.
   */
  append(entry: OutboxEntry): Promise<number> {
    return this.table.add(entry);
  }

  /** The record's newest entry (including a dead letter). */
  last(entity: string, key: string): Promise<OutboxEntry | undefined> {
    return this.table.where('[entity+key]').equals([entity, key]).last();
  }

  /** Removes one entry by its position. */
  remove(entry: OutboxEntry): Promise<void> {
    return this.table.delete(entry.seq!);
  }

  /** Whether anything is queued (dead letters included). Reads one key, never counts them all. */
  async isEmpty(): Promise<boolean> {
    return (await this.table.limit(1).primaryKeys()).length === 0;
  }

  /**
   * Notes that the server's answer to this device's own push left a record at `version` and the
   * device's row now holds exactly that state (nothing pending): when the next pull brings the
   * same version back, there is nothing to write.
   */
  expectEcho(entity: string, key: string, version: number): void {
    this.#echoes.set(recordOf({ entity, key }), version);
  }

  /**
   * Whether a pulled version of a record is the echo of this device's own push (see
   * {@link Outbox.expectEcho}); each expected echo is consumed by the first pulled change of its record.
   */
  takeEcho(entity: string, key: string, version: number): boolean {
    const id = recordOf({ entity, key });
    const expected = this.#echoes.get(id);
    if (expected === undefined) return false;
    this.#echoes.delete(id);
    return expected === version;
  }

  /** Forgets expected echoes (at the end of each sync cycle). */
  forgetEchoes(): void {
    this.#echoes.clear();
  }

  /**
   * Takes the next batch for delivery and marks it in flight: the most urgent sendable entry decides
   * the entity, then that entity's sendable entries follow in queue order (FIFO per record) up to
   * the limits. Dead letters, entries in flight and entries of records already in flight are
   * skipped. Returns undefined when nothing may be sent.
   *
   * The queue is read in position order by primary-key ranges (`getAll`), in the gaps between the
   * runs of entries in flight, so entries already sent are never read again and no secondary index
   * is walked. Reading stops once the chosen entity's batch is full and no more urgent entry can
   * still be waiting (`limits.queued`), so a batch usually costs one read.
   */
  async take(entities: readonly QueueableEntity[], limits: BatchLimits): Promise<OutboxBatch | undefined> {
    const sendable = new Map<string, QueueableEntity>();
    for (const entity of entities) if (limits.sendable(entity.name)) sendable.set(entity.name, entity);
    if (sendable.size === 0) return undefined;
    const ranks = new Set([...sendable.values()].map((e) => e.rank));
    const maxOf = new Map([...sendable.keys()].map((name) => [name, Math.max(1, limits.maxEntries(name))]));
    const page = Math.max(...maxOf.values());
    const runs = new Map<string, OutboxEntry[]>();
    /**
     * Records with a dead letter met so far: their later entries wait behind it, since sent first
     * they could be refused (an edit of a record whose create waits) or applied out of order.
     */
    const blocked = new Set<string>();
    /** Entries not in flight and not dead met so far, per rank. */
    const met = new Map<number, number>();
    let best: QueueableEntity | undefined;
    // Whether an entry more urgent than `best` may still wait further on: with one rank among the
    // sendable entities never; otherwise only while the queue's count of that rank is not accounted for.
    const moreUrgentMayWait = (rank: number): boolean => {
      if (ranks.size === 1) return false;
      for (const r of ranks) {
        if (r >= rank) continue;
        const queued = limits.queued?.(r) ?? Number.POSITIVE_INFINITY;
        if (queued - (this.#inFlightByRank.get(r) ?? 0) - (met.get(r) ?? 0) > 0) return true;
      }
      return false;
    };
    const done = () =>
      best !== undefined &&
      (runs.get(best.name)?.length ?? 0) >= maxOf.get(best.name)! &&
      !moreUrgentMayWait(best.rank);
    scan: for (const [from, to] of gaps([...this.#seqsInFlight])) {
      let after = from;
      for (;;) {
        const rows = await this.table.where(':id').between(after, to, false, false).limit(page).toArray();
        for (const row of rows) {
          if (row.dead === 1) blocked.add(recordOf(row));
          if (row.dead === 1 || this.#inFlight.has(row.id)) continue;
          met.set(row.rank, (met.get(row.rank) ?? 0) + 1);
          const entity = sendable.get(row.entity);
          const record = recordOf(row);
          if (!entity || this.#recordsInFlight.has(record) || blocked.has(record)) continue;
          const run = runs.get(entity.name) ?? [];
          if (run.length === 0) {
            runs.set(entity.name, run);
            // The first ready entry of each entity is its head; heads are met in queue order.
            if (!best || entity.rank < best.rank) best = entity;
          }
          if (run.length < maxOf.get(entity.name)!) run.push(row);
        }
        if (done()) break scan;
        if (rows.length < page) break;
        after = rows[rows.length - 1]!.seq!;
      }
    }
    if (!best) return undefined;
    const entries: OutboxEntry[] = [];
    let chars = 0;
    for (const entry of runs.get(best.name)!) {
      const more = entryChars(entry);
      if (entries.length > 0 && chars + more > limits.maxChars) break;
      entries.push(entry);
      chars += more;
    }
    this.#hold(entries);
    return { entries, chars };
  }

  #hold(entries: readonly OutboxEntry[]): void {
    for (const entry of entries) {
      this.#inFlight.add(entry.id);
      this.#seqsInFlight.add(entry.seq!);
      this.#inFlightByRank.set(entry.rank, (this.#inFlightByRank.get(entry.rank) ?? 0) + 1);
      const record = recordOf(entry);
      this.#recordsInFlight.set(record, (this.#recordsInFlight.get(record) ?? 0) + 1);
    }
  }

  /** Ends the delivery of `entries` (answered or not); they may be taken again. */
  release(entries: readonly OutboxEntry[]): void {
    for (const entry of entries) {
      if (!this.#inFlight.delete(entry.id)) continue;
      this.#seqsInFlight.delete(entry.seq!);
      this.#inFlightByRank.set(entry.rank, (this.#inFlightByRank.get(entry.rank) ?? 1) - 1);
      const record = recordOf(entry);
      const count = (this.#recordsInFlight.get(record) ?? 1) - 1;
      if (count <= 0) this.#recordsInFlight.delete(record);
      else this.#recordsInFlight.set(record, count);
    }
  }

  /**
   * Removes acknowledged entries; call it inside the transaction that applies their answers.
   * Each run of entries that sit next to each other in the queue (usually the whole batch) goes as
   * one key-range delete, straight through Dexie's storage core: `Collection.delete()` would count
   * the range first, which costs as much as deleting it.
   */
  async settle(entries: readonly OutboxEntry[]): Promise<void> {
    const seqs = entries.map((e) => e.seq!).sort((a, b) => a - b);
    const trans = Dexie.currentTransaction;
    if (!trans) throw new Error('Outbox.settle runs inside the transaction that applies the answers');
    for (let i = 0; i < seqs.length; ) {
      let j = i;
      while (j + 1 < seqs.length && seqs[j + 1] === seqs[j]! + 1) j++;
      const { numFailures, failures } = await this.table.core.mutate({
        trans: trans.idbtrans as unknown as DBCoreTransaction,
        type: 'deleteRange',
        range: {
          type: KEY_RANGE,
          lower: seqs[i],
          upper: seqs[j],
          lowerOpen: false,
          upperOpen: false,
        },
      });
      if (numFailures > 0)
        throw Object.values(failures)[0] ?? new Error('the outbox entries could not be removed');
      i = j + 1;
    }
  }

  /**
   * Counts a failed delivery on each of `entries` in one transaction. An entry reaching
   * `maxAttempts` becomes a dead letter: it stays in the outbox (the record keeps showing the
   * edit) but is no longer sent until retried. A `transient` failure (no answer, 408, 429, 5xx)
   * marks it `retryLater` (see {@link Outbox.reviveDue}).
   */
  async fail(
    entries: readonly OutboxEntry[],
    message: string,
    maxAttempts: number,
    now: number,
    transient: boolean,
  ): Promise<FailOutcome> {
    const dead: OutboxEntry[] = [];
    await this.table.db.transaction('rw', this.table, async () => {
      const current = await this.table.bulkGet(entries.map((e) => e.seq!));
      const next: OutboxEntry[] = [];
      for (const entry of current) {
        if (!entry) continue;
        const attempts = entry.attempts + 1;
        const parked = attempts >= maxAttempts;
        const failed: OutboxEntry = {
          ...entry,
          attempts,
          lastError: message,
          ...(parked ? { dead: 1 as const, deadAt: now } : {}),
          ...(parked && transient ? { retryLater: 1 as const } : {}),
        };
        next.push(failed);
        if (parked) dead.push(failed);
      }
      await this.table.bulkPut(next);
    });
    return { dead };
  }

  /** Every dead letter, in queue order. */
  deadLetters(): Promise<OutboxEntry[]> {
    return this.table.filter((e) => e.dead === 1).toArray();
  }

  /** The dead letter with operation id `id`, or undefined. */
  async deadLetter(id: string): Promise<OutboxEntry | undefined> {
    const entry = await this.table.get({ id });
    return entry?.dead === 1 ? entry : undefined;
  }

  /** Puts a dead letter back in the queue, in its place, with its attempts reset. */
  async revive(entry: OutboxEntry): Promise<void> {
    await this.table.put(revived(entry));
  }

  /**
   * Puts dead letters parked by transient failures at or before `parkedBefore` back in the queue
   * with a fresh attempt count, in one transaction; returns them.
   */
  reviveDue(parkedBefore: number): Promise<OutboxEntry[]> {
    return this.table.db.transaction('rw', this.table, async () => {
      const due = await this.table
        .filter((e) => e.dead === 1 && e.retryLater === 1 && (e.deadAt ?? 0) <= parkedBefore)
        .toArray();
      if (due.length > 0) await this.table.bulkPut(due.map(revived));
      return due;
    });
  }

  /** Entries of one record (including dead letters), in queue order. */
  async entriesOf(entity: string, key: string): Promise<OutboxEntry[]> {
    return (await this.table.where('[entity+key]').equals([entity, key]).toArray()).sort(
      (a, b) => a.seq! - b.seq!,
    );
  }

  /**
   * Entries (including dead letters) for the given records, in queue order. One index lookup per
   * record (compound `anyOf` scans the whole index in some IndexedDB implementations); call it
   * inside a transaction to make it one round of reads.
   */
  async entriesFor(records: readonly (readonly [entity: string, key: string])[]): Promise<OutboxEntry[]> {
    if (records.length === 0) return [];
    const lists = await Promise.all(
      records.map((r) => this.table.where('[entity+key]').equals([r[0], r[1]]).toArray()),
    );
    return lists.flat().sort((a, b) => a.seq! - b.seq!);
  }
}
