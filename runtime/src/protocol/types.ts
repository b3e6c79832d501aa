/**
 * The sync wire format shared by the runtime's HTTP transport, the in-memory transport and the server.
 * Described for people in docs/protocol.md. Every message is a discriminated union: a pushed
 * operation is answered with an explicit outcome, never an exception.
 */

/** Bumped on an incompatible change of these shapes; the server answers 426 to other versions. */
export const PROTOCOL_VERSION = 1;

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Field name → value of one record. */
export type RecordValues = Record<string, JsonValue>;

/**
 * A hybrid-logical-clock timestamp, written so that string order is time order:
 * `<wall ms, 13 digits>-<counter, 6 digits>-<node id>`, e.g. `1732252800000-000003-dev42`.
 */
export type Hlc = string;

/** One local change, as queued in the outbox and sent in a push. */
export interface Operation {
  /** Unique id, also the idempotency key: the server applies an id at most once. */
  readonly id: string;
  readonly entity: string;
  /** The record's key, as a string. */
  readonly key: string;
  readonly kind: 'upsert' | 'delete';
  /** Only the fields this change sets (a delta). Empty for a delete. */
  readonly changes: RecordValues;
  /**
   * The values those same fields had in the version the edit was made on (absent when the field was
   * unset), so three-way rules (counter, set union) can tell what this device added.
   */
  readonly base: RecordValues;
  /** Server version of the record the edit was made on; 0 when the record was created on this device. */
  readonly baseVersion: number;
  readonly hlc: Hlc;
  /** The device that made the change (stable per installation). */
  readonly clientId: string;
  /**
   * Set when the operation is a person's decision on a manual conflict: the conflict id. `changes`
   * then holds the chosen value of every conflicting field and nothing else. The server settles the
   * conflict (`applied`), or refuses with `conflict-settled` when it was decided before.
   */
  readonly settles?: string;
  /**
   * Per string-set field in `changes`: the members this edit added and removed. A `set-union` field
   * merges these into the server's set (`server ∪ add − removed members the edit saw`), so a stale
   * `base` can never turn an add into a removal. Absent (older clients): the whole-set form,
   * merged by `base`.
   */
  readonly sets?: Readonly<Record<string, SetEdit>>;
}

/** The members one edit added to and removed from a string-set field (disjoint lists). */
export interface SetEdit {
  readonly add: readonly string[];
  readonly remove: readonly string[];
}

/**
 * Every reason the server may give for refusing an operation: the one list the type, the API
 * document and client code derive from. `restricted`: a delete refused because records still
 * reference this one through a `restrict` relation. `conflict-settled`: a decision on a manual
 * conflict someone already decided (the record keeps their decision).
 */
export const REJECT_REASONS = [
  'unknown-entity',
  'unknown-field',
  'invalid-value',
  'missing-required',
  'permission',
  'out-of-scope',
  'read-only',
  'too-large',
  'not-found',
  'restricted',
  'conflict-settled',
] as const;

/** Why the server refused an operation. The refusal is final: retrying the same operation fails again. */
export type RejectReason = (typeof REJECT_REASONS)[number];

/** A field whose stored value differs from what the client wrote, and the rule that decided it. */
export interface FieldDecision {
  readonly field: string;
  readonly strategy: string;
  /** What the client wrote. */
  readonly client: JsonValue;
  /** What the server kept. */
  readonly kept: JsonValue;
}

/** The server's answer for one pushed operation. */
export type OperationResult =
  | { readonly opId: string; readonly status: 'applied'; readonly version: number }
  | {
      readonly opId: string;
      readonly status: 'merged';
      readonly version: number;
      /** The whole record as the server now holds it, so the device converges. */
      readonly record: RecordValues;
      readonly decisions: readonly FieldDecision[];
    }
  | {
      readonly opId: string;
      readonly status: 'conflict';
      readonly version: number;
      readonly conflictId: string;
      /** The record as shown until a person decides (the manual rule's interim value). */
      readonly record: RecordValues;
      readonly fields: readonly string[];
      /**
       * The three versions of the conflicting fields, as the server's conflict list shows them: what
       * the edit started from, what the server held (the other side's edit) and what this device wrote.
       */
      readonly base?: RecordValues;
      readonly server?: RecordValues;
      readonly client?: RecordValues;
      /** Other fields of the same operation that hold something else than it wrote (as in `merged`). */
      readonly decisions?: readonly FieldDecision[];
    }
  | {
      readonly opId: string;
      readonly status: 'rejected';
      readonly reason: RejectReason;
      readonly message: string;
      readonly field?: string;
    };

export type OperationStatus = OperationResult['status'];

export interface PushRequest {
  readonly protocol: typeof PROTOCOL_VERSION;
  /** The spec version the device runs (app.version). */
  readonly specVersion: string;
  readonly clientId: string;
  readonly operations: readonly Operation[];
}

export interface PushResponse {
  readonly protocol: typeof PROTOCOL_VERSION;
  /** One result per operation, in the order sent. */
  readonly results: readonly OperationResult[];
}

export interface PullRequest {
  readonly protocol: typeof PROTOCOL_VERSION;
  readonly specVersion: string;
  readonly clientId: string;
  /** Opaque position from the previous pull; absent for the first pull. */
  readonly cursor?: string;
  /**
   * Entities to pull; defaults to every entity the caller may read with direction pull or both.
   * A cursor belongs to the entity set it was pulled with: pull groups of entities separately only
   * with a cursor per group, or a narrow pull moves the cursor past the other entities' changes.
   */
  readonly entities?: readonly string[];
  /** Page size (the server caps it). */
  readonly limit?: number;
  /**
   * Ids of the manual conflicts this device holds open (at most `PROTOCOL_LIMITS.maxOpenConflicts`):
   * the answer's `settled` lists those decided since, wherever they were decided.
   */
  readonly openConflicts?: readonly string[];
  /**
   * The subscriptions the device holds open (`client.subscribe`), at most
   * `PROTOCOL_LIMITS.maxSubscriptions`: records of the entities they name reach the device when one
   * selects them (within the caller's read scope) and leave it when none does any more.
   */
  readonly subscriptions?: readonly PullSubscription[];
}

/** An open subscription as a pull carries it: its name in the spec and its parameter values. */
export interface PullSubscription {
  readonly name: string;
  readonly params: Readonly<Record<string, JsonValue>>;
}

/**
 * A manual conflict that is over, as a pull reports it: `decided` on the server (through the API
 * or by a device), or closed because its record was deleted (`record-deleted`).
 */
export type SettledConflict =
  | {
      readonly id: string;
      readonly outcome: 'decided';
      /** Who decided (a user id). */
      readonly resolvedBy: string;
      /** ISO 8601 time of the decision. */
      readonly resolvedAt: string;
      /** The chosen value of each conflicting field (fields the caller may not see left out). */
      readonly resolution: RecordValues;
    }
  | { readonly id: string; readonly outcome: 'record-deleted' };

/** One change delivered by a pull. */
export type Change =
  | {
      readonly kind: 'upsert';
      readonly entity: string;
      readonly key: string;
      readonly version: number;
      readonly hlc: Hlc;
      /** The whole record, without the fields the caller's role may not see. */
      readonly record: RecordValues;
    }
  | {
      readonly kind: 'delete';
      readonly entity: string;
      readonly key: string;
      readonly version: number;
      /** `deleted`: the record is gone; `out-of-scope`: it no longer belongs on this device. */
      readonly reason: (typeof DELETE_REASONS)[number];
    };

export interface PullResponse {
  readonly protocol: typeof PROTOCOL_VERSION;
  readonly changes: readonly Change[];
  /** Pass back on the next pull. */
  readonly cursor: string;
  /** True when more changes are waiting: pull again right away. */
  readonly hasMore: boolean;
  /** Of the request's `openConflicts`, those someone decided since: the device drops them. */
  readonly settled?: readonly SettledConflict[];
}

/** Every error code of the HTTP API (the `error.code` of an error body): the one list. */
export const API_ERROR_CODES = [
  'bad-request',
  'invalid-json',
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'spec-upgrade-required',
  'protocol-unsupported',
  'payload-too-large',
  'rate-limited',
  'invalid-spec',
  'policy-violation',
  'unavailable',
] as const;

/** Error codes of the HTTP API (the `error.code` of an error body). */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Why a pull tells a device to drop a record: it is gone, or it no longer belongs on the device. */
export const DELETE_REASONS = ['deleted', 'out-of-scope'] as const;

/** The body of every 4xx/5xx answer of the HTTP API. */
export interface ApiErrorBody {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    /** JSON Pointer into the request body, when the problem is in one place. */
    readonly pointer?: string;
    /** How to fix it. */
    readonly hint?: string;
    /** For `spec-upgrade-required`: the version the device must load. */
    readonly publishedVersion?: string;
    /** For `invalid-spec` and `policy-violation`: the spec diagnostics. */
    readonly diagnostics?: readonly unknown[];
  };
}
