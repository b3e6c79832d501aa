import type { ConflictDecision, KeptConflict } from '@syncraft/runtime/authority';
import type { ManualConflict } from '@syncraft/runtime/merge';
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

/** A stored conflict row as the authority sees it. */
export function keptConflict(row: Awaited<ReturnType<typeof readConflict>>): KeptConflict | undefined {
  if (!row) return undefined;
  const conflict = JSON.parse(row.detail) as ManualConflict;
  if (row.status === 'open') return { conflict, status: 'open' };
  return {
    conflict,
    status: 'resolved',
    ...(row.resolved_by === null ? {} : { resolvedBy: row.resolved_by }),
    ...(row.resolved_at === null ? {} : { resolvedAt: row.resolved_at }),
    ...(row.resolution === null ? {} : { resolution: JSON.parse(row.resolution) as RecordValues }),
  };
}

/** The columns a decision sets. */
export function decisionColumns(decision: ConflictDecision) {
  return {
    status: 'resolved' as const,
    resolved_at: decision.at,
    resolved_by: decision.by,
    resolution: JSON.stringify(decision.values),
  };
}

/** Marks a conflict resolved, inside the store's transaction. */
export async function markResolved(
  store: SqlAuthorityStore,
  id: string,
  decision: ConflictDecision,
): Promise<void> {
  await store.db
    .updateTable('sync_conflicts')
    .set(decisionColumns(decision))
    .where('app_id', '=', store.appId)
    .where('id', '=', id)
    .execute();
}
