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

/** The `meta` column as first written: every field's version and timestamp spelled out. */
interface FullMeta {
  fieldVersions: Record<string, number>;
  fieldHlc: Record<string, string>;
}

/**
 * The `meta` column as written now: only the fields whose clock differs from the record's own
 * (`version`, `hlc`), each as `[version or null, hlc or null]` (null: the field has no entry in that
 * map); every other field of `values` wrote the record's version at its timestamp. A record all of
 * whose fields were written by its last change (every new record) stores `{}` instead of about
 * 40 bytes per field.
 */
interface CompactMeta {
  x?: Record<string, [number | null, string | null]>;
}

function encodeMeta(record: StoredRecord): string {
  const x: Record<string, [number | null, string | null]> = {};
  const names = new Set([
    ...Object.keys(record.values),
    ...Object.keys(record.fieldVersions),
    ...Object.keys(record.fieldHlc),
  ]);
  for (const name of names) {
    const version = Object.hasOwn(record.fieldVersions, name) ? record.fieldVersions[name]! : null;
    const hlc = Object.hasOwn(record.fieldHlc, name) ? record.fieldHlc[name]! : null;
    const implied = Object.hasOwn(record.values, name) && version === record.version && hlc === record.hlc;
    if (!implied) x[name] = [version, hlc];
  }
  return Object.keys(x).length === 0 ? '{}' : JSON.stringify({ x } satisfies CompactMeta);
}

function decodeMeta(
  column: string,
  version: number,
  hlc: string,
  values: RecordValues,
): Pick<StoredRecord, 'fieldVersions' | 'fieldHlc'> {
  const meta = JSON.parse(column) as FullMeta | CompactMeta;
  if ('fieldVersions' in meta) return { fieldVersions: meta.fieldVersions, fieldHlc: meta.fieldHlc };
  const fieldVersions: Record<string, number> = {};
  const fieldHlc: Record<string, string> = {};
  const x = meta.x ?? {};
  for (const name of Object.keys(values)) {
    if (Object.hasOwn(x, name)) continue;
    fieldVersions[name] = version;
    fieldHlc[name] = hlc;
  }
  for (const [name, [fieldVersion, fieldTime]] of Object.entries(x)) {
    if (fieldVersion !== null) fieldVersions[name] = fieldVersion;
    if (fieldTime !== null) fieldHlc[name] = fieldTime;
  }
  return { fieldVersions, fieldHlc };
}

/**
 * A `sync_records` row as the shared merge sees it (`meta` in either form, see {@link CompactMeta}).
 * The field clocks are read on first use: a pull, which never merges, does not pay for them.
 */
export function toStoredRecord(row: RecordRow): StoredRecord {
  const version = Number(row.version);
  const values = JSON.parse(row.data) as RecordValues;
  let clocks: Pick<StoredRecord, 'fieldVersions' | 'fieldHlc'> | undefined;
  const decoded = () => {
    clocks ??= decodeMeta(row.meta, version, row.hlc, values);
    return clocks;
  };
  return {
    key: row.record_key,
    version,
    deleted: Number(row.deleted) === 1,
    values,
    hlc: row.hlc,
    get fieldVersions() {
      return decoded().fieldVersions;
    },
    get fieldHlc() {
      return decoded().fieldHlc;
    },
  };
}

/** The `sync_records` columns for a record (all but `seq`, assigned at flush). */
export function toRow(appId: string, entity: string, record: StoredRecord, now: string) {
  return {
    app_id: appId,
    entity,
    record_key: record.key,
    version: record.version,
    hlc: record.hlc,
    deleted: record.deleted ? 1 : 0,
    data: JSON.stringify(record.values),
    meta: encodeMeta(record),
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
