import type { StoredRecord } from '@syncraft/runtime/merge';
import type { RecordValues } from '@syncraft/runtime/protocol';

/** A stored record with every field written at `version` by `hlc`. */
export function storedRecord(
  key: string,
  version: number,
  values: RecordValues,
  hlc = `${String(1_700_000_000_000 + version).padStart(13, '0')}-000000-test`,
): StoredRecord {
  const fieldVersions: Record<string, number> = {};
  const fieldHlc: Record<string, string> = {};
  for (const field of Object.keys(values)) {
    fieldVersions[field] = version;
    fieldHlc[field] = hlc;
  }
  return { key, version, deleted: false, values, fieldVersions, hlc, fieldHlc };
}
