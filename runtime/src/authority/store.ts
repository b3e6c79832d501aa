import type { AccessContext } from '../access/context';
import type { ManualConflict, StoredRecord } from '../merge/record';
import type { OperationResult, RecordValues } from '../protocol/types';
import type { Entity, SyncSpec } from '../spec/types';

/** A manual conflict as the store keeps it: open, or resolved with who decided what, when. */
export interface KeptConflict {
  readonly conflict: ManualConflict;
  readonly status: 'open' | 'resolved';
  /** The user who decided. */
  readonly resolvedBy?: string;
  /** ISO 8601 time of the decision. */
  readonly resolvedAt?: string;
  /** The chosen value of each conflicting field. */
  readonly resolution?: RecordValues;
}

/** A decision on a conflict, as {@link AuthorityStore.markConflictResolved} stores it. */
export interface ConflictDecision {
  readonly by: string;
  readonly at: string;
  readonly values: RecordValues;
}

/** A record's state before its latest change: what a device that pulled earlier may hold. */
export interface PriorState {
  readonly deleted: boolean;
  readonly values: RecordValues;
}

/** One entry of the change log: the latest stored state of a record that changed after a cursor. */
export interface StoredChange {
  readonly entity: string;
  readonly record: StoredRecord;
  /**
   * The record's state just before its latest change, `undefined` when that change created it.
   * A pull tells a caller to drop a record (deleted, out of scope) only when the caller could see
   * this state, so callers never learn keys of records they could never see.
   */
  readonly previous: PriorState | undefined;
}

/**
 * An operation's result as the store keeps it for idempotent replays, with who pushed it: a replay
 * of the id by anyone else is refused instead of being answered with the stored result (which may
 * carry the merged record).
 */
export interface StoredOpResult {
  readonly result: OperationResult;
  /** The `user.id` of the caller who pushed it; `null` for results stored before owners were kept. */
  readonly userId: string | null;
  /** The device that pushed it (the push request's `clientId`). */
  readonly clientId: string;
  /** What the operation was about, kept for the audit of offline actions. */
  readonly subject?: { readonly entity: string; readonly key: string; readonly kind: 'upsert' | 'delete' };
}

/** Which changes {@link AuthorityStore.changesSince} should return. */
export interface ChangesQuery {
  /** The cursor of the previous page; `undefined` for the start of the log. */
  readonly cursor: string | undefined;
  /** Only changes of these entities (the authority already removed entities the caller cannot pull). */
  readonly entities: readonly string[];
  /** At most this many changes (1 or more). */
  readonly limit: number;
}

/** One page of the change log, or the news that the cursor is not one this store handed out. */
export type ChangesPage =
  | {
      readonly kind: 'page';
      /** In log order; a record appears at most once per page, with its latest state. */
      readonly changes: readonly StoredChange[];
      /** Position after the last change returned (or the same position when nothing changed). */
      readonly cursor: string;
      readonly hasMore: boolean;
    }
  | { readonly kind: 'invalid-cursor'; readonly message: string };

/**
 * What {@link AuthorityStore.viewChanges} is asked: bring one device's view of some entities (the
 * records it holds, as the store remembers them) in line with what their scopes select now.
 */
export interface ViewQuery {
  readonly spec: SyncSpec;
  readonly caller: AccessContext;
  /** The device (the pull request's `clientId`); views are kept per device and user. */
  readonly clientId: string;
  /**
   * The entities, each with the view version the device confirmed by sending its cursor
   * (`undefined`: the device holds none of its records, as on a first pull).
   */
  readonly entities: ReadonlyArray<{ readonly entity: Entity; readonly confirmed: number | undefined }>;
  /** At most this many changes in all (1 or more). */
  readonly limit: number;
}

/** One record a device gains, or drops, because of what its scopes select now. */
export type ViewChange =
  | { readonly kind: 'upsert'; readonly entity: string; readonly record: StoredRecord }
  | {
      readonly kind: 'delete';
      readonly entity: string;
      readonly key: string;
      readonly version: number;
      readonly reason: 'deleted' | 'out-of-scope';
    };

/** The answer of {@link AuthorityStore.viewChanges}. */
export interface ViewPage {
  readonly changes: readonly ViewChange[];
  /** Per entity, the view version the next cursor carries (what the device will hold after this page). */
  readonly versions: Readonly<Record<string, number>>;
  /** More changes wait: pull again with the new cursor. */
  readonly hasMore: boolean;
}

/**
 * The storage the authority's push and pull run on. The server implements it over SQL, the
 * in-memory server over Maps (`MemoryAuthorityStore`); both must keep these promises:
 *
 * - A push batch runs with exclusive access: the server opens one transaction per batch and calls
 *   `processPush` inside it; nothing else writes the same records meanwhile.
 * - `nextVersion` values strictly increase across the whole store (one sequence for all records),
 *   so a record's versions increase and the change log has an order. Gaps are allowed.
 * - `putRecord` stores the record and appends it to the change log; a later change of the same key
 *   supersedes earlier entries (a pull sees the latest state of each changed record). The change
 *   log keeps the state the record had before (`StoredChange.previous`): a store that runs a batch
 *   as one transaction keeps the state before the batch, since no pull saw the states between.
 * - `changesSince` never skips a change: a change committed after a cursor was handed out appears
 *   after that cursor, even when concurrent transactions commit out of version order. Cursors are
 *   opaque to devices.
 * - Operation results are kept at least as long as devices may retry (the idempotency window).
 */
export interface AuthorityStore {
  /** The current state of a record, tombstones included. */
  getRecord(entity: string, key: string): Promise<StoredRecord | undefined>;
  /** Stores a record's new state and appends it to the change log. */
  putRecord(entity: string, record: StoredRecord): Promise<void>;
  /** The result already given to an operation id and who pushed it, for idempotent replays. */
  getOpResult(opId: string): Promise<StoredOpResult | undefined>;
  /** Keeps an operation's result with its owner (see {@link StoredOpResult}). */
  putOpResult(opId: string, stored: StoredOpResult): Promise<void>;
  /** A version number above every one handed out before. */
  nextVersion(): Promise<number>;
  /** Keeps both versions of a manual conflict for a person to decide; saving the same id again is a no-op. */
  saveConflict(conflict: ManualConflict): Promise<void>;
  /**
   * A kept conflict and its state; inside a push batch, read so that no concurrent batch decides it
   * meanwhile (locked for update on PostgreSQL).
   */
  getConflict(id: string): Promise<KeptConflict | undefined>;
  /** Marks a conflict resolved with the decision, in the running batch. */
  markConflictResolved(id: string, decision: ConflictDecision): Promise<void>;
  /** The changes after a cursor, oldest first. */
  changesSince(query: ChangesQuery): Promise<ChangesPage>;
  /**
   * Records of `entity` whose `field` equals `key` (tombstones may be included), at most `limit`.
   * Lets a delete follow the spec's relations (cascade, set-null, restrict) and conditions ask
   * for related records (`exists`); an index on the field helps.
   */
  findReferencing(entity: string, field: string, key: string, limit: number): Promise<StoredRecord[]>;
  /**
   * The changes that bring a device's view of entities whose scopes follow relations in line with
   * what those scopes select now (a record enters a device's scope when its parent is reassigned
   * or a membership is added, without changing itself). The store remembers, per device, user and
   * entity, which record versions the device holds: a page's changes are held as pending until
   * the device confirms them by pulling with the page's cursor (its view version), and dropped
   * when it pulls with the earlier one (the answer was lost). A version it does not know resets
   * the view. Evictions name only records the view holds, so nobody learns other keys.
   */
  viewChanges(query: ViewQuery): Promise<ViewPage>;
}
