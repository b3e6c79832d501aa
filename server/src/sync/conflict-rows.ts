import type { RecordValues } from '@syncraft/runtime/protocol';
import type { SqlAuthorityStore } from './sql-store';

/** The columns of `sync_conflicts` the API shows. */
export const CONFLICT_COLUMNS = [
  'id',
  'entity',
  'record_key',
  'fields',
  'detail',
  'status',
  'created_at',
  'resolved_at',
  'resolved_by',
  'resolution',
] as const;

/** A stored manual conflict of the store's app, locked for update on PostgreSQL during a push. */
export function readConflict(store: SqlAuthorityStore, id: string) {
  return store.db
    .selectFrom('sync_conflicts')
    .select(CONFLICT_COLUMNS)
    .where('app_id', '=', store.appId)
    .where('id', '=', id)
    .$if(store.forWrite && store.dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
}

/** Marks a conflict resolved, inside the store's transaction. */
export async function markResolved(
  store: SqlAuthorityStore,
  id: string,
  by: string,
  values: RecordValues,
  at: string,
): Promise<void> {
  await store.db
    .updateTable('sync_conflicts')
    .set({ status: 'resolved', resolved_at: at, resolved_by: by, resolution: JSON.stringify(values) })
    .where('app_id', '=', store.appId)
    .where('id', '=', id)
    .execute();
}
