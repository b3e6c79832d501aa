import type { PriorState } from '@syncraft/runtime/authority';
import type { StoredRecord } from '@syncraft/runtime/merge';
import type { RecordValues } from '@syncraft/runtime/protocol';

/** The columns of `sync_records` that make up a {@link StoredRecord}. */
export interface RecordRow {
  record_key: string;
  version: number;
  deleted: number;
  data: string;
  meta: string;
  hlc: string;
}

interface RecordMeta {
  fieldVersions: Record<string, number>;
  fieldHlc: Record<string, string>;
}

/** A `sync_records` row as the shared merge sees it. */
export function toStoredRecord(row: RecordRow): StoredRecord {
  const meta = JSON.parse(row.meta) as RecordMeta;
  return {
    key: row.record_key,
    version: Number(row.version),
    deleted: Number(row.deleted) === 1,
    values: JSON.parse(row.data) as RecordValues,
    fieldVersions: meta.fieldVersions,
    hlc: row.hlc,
    fieldHlc: meta.fieldHlc,
  };
}

/** The `sync_records` columns for a record (all but `seq`, assigned at flush). */
export function toRow(appId: string, entity: string, record: StoredRecord, now: string) {
  const meta: RecordMeta = { fieldVersions: { ...record.fieldVersions }, fieldHlc: { ...record.fieldHlc } };
  return {
    app_id: appId,
    entity,
    record_key: record.key,
    version: record.version,
    hlc: record.hlc,
    deleted: record.deleted ? 1 : 0,
    data: JSON.stringify(record.values),
    meta: JSON.stringify(meta),
    updated_at: now,
  };
}

/** The `prev_state` column for the state a record had before a batch changed it (`undefined`: new). */
export function toPrevState(before: StoredRecord | undefined): string | null {
  return before
    ? JSON.stringify({ deleted: before.deleted, values: before.values } satisfies PriorState)
    : null;
}

/** A `prev_state` column as the authority's {@link PriorState}. */
export function fromPrevState(column: string | null): PriorState | undefined {
  if (column === null) return undefined;
  const parsed = JSON.parse(column) as PriorState;
  return { deleted: parsed.deleted === true, values: parsed.values };
}
