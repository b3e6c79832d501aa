import type { AuditEntry } from '@syncraft/runtime/protocol';
import { type Kysely, PostgresAdapter } from 'kysely';
import type { Actor } from './access';
import { advanceChain, entryHash, nextLink } from './audit-chain';
import type { AuditAction, AuditRow, RegistryTables } from './tables';

/** What a mutating action records about itself. */
export interface AuditEvent {
  readonly action: AuditAction;
  readonly appId: string;
  readonly hash: string | null;
  readonly details: Readonly<Record<string, unknown>>;
  readonly comment?: string | null;
}

/**
 * Appends one audit record. Call it with the transaction of the action it records, so the record
 * exists if and only if the action happened. There is no update or delete path (the database
 * refuses both, see migrations).
 */
export async function appendAudit(
  trx: Kysely<RegistryTables>,
  actor: Actor,
  at: string,
  event: AuditEvent,
): Promise<void> {
  const fields = {
    at,
    user_id: actor.userId,
    roles: JSON.stringify(actor.roles),
    action: event.action,
    app_id: event.appId,
    hash: event.hash,
    details: JSON.stringify(event.details),
    comment: event.comment ?? null,
  };
  // Each entry links to the one before, under the chain head's lock (audit-chain.ts).
  const { seq, prev } = await nextLink(trx, trx.getExecutor().adapter instanceof PostgresAdapter);
  const entry_hash = entryHash({ ...fields, chain_seq: seq, prev_hash: prev });
  await trx
    .insertInto('registry_audit_log')
    .values({ ...fields, chain_seq: seq, prev_hash: prev, entry_hash })
    .execute();
  await advanceChain(trx, seq, entry_hash);
}

/** Filters of an audit query; every bound is optional. */
export interface AuditQuery {
  readonly appId?: string;
  readonly action?: AuditAction;
  /** ISO timestamp, inclusive. */
  readonly since?: string;
  /** ISO timestamp, exclusive. */
  readonly until?: string;
  /** Only records with a larger id (for paging through an export). */
  readonly afterId?: number;
  readonly limit: number;
}

/** Audit records matching the query, oldest first. */
export async function queryAudit(db: Kysely<RegistryTables>, query: AuditQuery): Promise<AuditEntry[]> {
  let q = db.selectFrom('registry_audit_log').selectAll();
  if (query.appId !== undefined) q = q.where('app_id', '=', query.appId);
  if (query.action !== undefined) q = q.where('action', '=', query.action);
  if (query.since !== undefined) q = q.where('at', '>=', query.since);
  if (query.until !== undefined) q = q.where('at', '<', query.until);
  if (query.afterId !== undefined) q = q.where('id', '>', query.afterId);
  const rows = await q.orderBy('id', 'asc').limit(query.limit).execute();
  return rows.map(toEntry);
}

/** Shapes a stored row for the API (JSON columns parsed). */
export function toEntry(row: AuditRow): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    userId: row.user_id,
    roles: JSON.parse(row.roles) as string[],
    action: row.action,
    appId: row.app_id,
    hash: row.hash,
    details: JSON.parse(row.details) as Record<string, unknown>,
    comment: row.comment,
  };
}
