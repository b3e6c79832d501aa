import type { RegistryTables } from '../registry/tables';
import type { SandboxTables } from '../sandbox/tables';

/**
 * The sync endpoint's tables. Column names are snake_case; JSON documents are stored as text in
 * both dialects so the SQL is written once. Timestamps are ISO-8601 text.
 */
export interface SyncTables {
  /** The current state of every synced record, tombstones included; one row per record. */
  sync_records: SyncRecordTable;
  /** Per-app change sequence. Its row lock orders commits (see sync/sequence.ts). */
  sync_app_seq: SyncAppSeqTable;
  /** Idempotency: the stored answer for every operation id already processed. */
  sync_applied_ops: SyncAppliedOpTable;
  /** Manual-rule conflicts waiting for (or settled by) a person. */
  sync_conflicts: SyncConflictTable;
  /** SQLite only: the record version counter (PostgreSQL uses the sequence `sync_version_seq`). */
  sync_version_counter: SyncVersionCounterTable;
  /** Per device, user and relation-scoped entity: the view version confirmed and pending. */
  sync_views: SyncViewTable;
  /** Which record versions each device view holds (see sync/views.ts). */
  sync_view_rows: SyncViewRowTable;
}

export interface SyncViewTable {
  app_id: string;
  client_id: string;
  user_id: string;
  entity: string;
  confirmed: number;
  pending: number | null;
}

export interface SyncViewRowTable {
  app_id: string;
  client_id: string;
  user_id: string;
  entity: string;
  record_key: string;
  /** The version the device holds; null while the row waits to be confirmed. */
  version: number | null;
  pending_version: number | null;
  /** 1 when the last (unconfirmed) page evicted the record. */
  pending_drop: number;
}

export interface SyncVersionCounterTable {
  id: number;
  last_version: number;
}

export interface SyncRecordTable {
  app_id: string;
  entity: string;
  record_key: string;
  /** Server version of the record: 1 on create, +1 on every accepted change. */
  version: number;
  /** HLC of the last accepted change. */
  hlc: string;
  /** 1 for a tombstone. */
  deleted: number;
  /** JSON object: field → value. */
  data: string;
  /** JSON: the field clocks that differ from the record's own (sync/record-rows.ts; `{}` when none do). */
  meta: string;
  /** Position in the app's change sequence of the last change; pulls read `seq > cursor`. */
  seq: number;
  /**
   * JSON `{ deleted, values }`: the state before the last change (before its push batch), null
   * when that change created the record. Pulls send deletes only to callers who could see it.
   */
  prev_state: string | null;
  updated_at: string;
}

export interface SyncAppSeqTable {
  app_id: string;
  last_seq: number;
}

export interface SyncAppliedOpTable {
  app_id: string;
  op_id: string;
  client_id: string;
  /** The `user.id` of the caller who pushed it; null for rows stored before owners were kept. */
  user_id: string | null;
  /** JSON of the OperationResult sent back. */
  result: string;
  created_at: string;
  /** What the operation was about; null for rows stored before these were kept. */
  entity: string | null;
  record_key: string | null;
  op_kind: 'upsert' | 'delete' | null;
}

export interface SyncConflictTable {
  id: string;
  app_id: string;
  entity: string;
  record_key: string;
  /** JSON array of field names. */
  fields: string;
  /** JSON: the competing values, as kept by the shared core. */
  detail: string;
  status: 'open' | 'resolved';
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  /** JSON: the values the person chose. */
  resolution: string | null;
}

/** Every table of the server database: the sync endpoint's and the registry's. */
/** The HTTP layer's own tables. */
export interface HttpTables {
  /** The /api rate limit's counters, per client address (see `SqlRateLimitStore`). */
  http_rate_limit: HttpRateLimitTable;
}

export interface HttpRateLimitTable {
  key: string;
  hits: number;
  /** Epoch ms when the address's current window ends. */
  reset_at: number;
}

export type Database = SyncTables & RegistryTables & HttpTables & SandboxTables;
