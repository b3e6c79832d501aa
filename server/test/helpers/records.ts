import type { StoredRecord } from '@syncraft/runtime/merge';
import type { RecordValues } from '@syncraft/runtime/protocol';
import { runPushTransaction } from '../../src/sync/transaction';
import type { TestDatabase } from './databases';

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

/** Stores the field-service site `site-1` in `appId`, so jobs can refer to it. */
export async function seedSite(database: TestDatabase, appId: string): Promise<void> {
  const { opened } = database;
  await runPushTransaction(opened.db, opened.dialect, appId, async (store) => {
    await store.putRecord(
      'Site',
      storedRecord('site-1', await store.nextVersion(), { id: 'site-1', name: 'P' }),
    );
  });
}

/** The values of a new field-service job assigned to ana in region north. */
export function jobValues(key: string): Record<string, string | number> {
  return {
    id: key,
    title: `Job ${key}`,
    siteId: 's1',
    assigneeId: 'ana',
    region: 'north',
    status: 'open',
    scheduledAt: new Date().toISOString(),
    minutesWorked: 0,
  };
}
