import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Deletes stored operation results older than `days` (the idempotency window) and returns how many
 * went. Records, their change sequence and conflicts are untouched. Goes app by app, each a range
 * of the history index (`app_id, created_at, op_id`); the apps are found by skipping through that
 * index (one lookup per app, not a scan of every result).
 */
export async function pruneAppliedOps(db: Kysely<Database>, days: number, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - days * 86_400_000).toISOString();
  const { rows: apps } = await sql<{ app_id: string }>`
    with recursive apps (app_id) as (
      select min(app_id) from sync_applied_ops
      union all
      select (select min(app_id) from sync_applied_ops where app_id > apps.app_id)
      from apps where apps.app_id is not null
    )
    select app_id from apps where app_id is not null`.execute(db);
  let pruned = 0;
  for (const { app_id } of apps) {
    const result = await db
      .deleteFrom('sync_applied_ops')
      .where('app_id', '=', app_id)
      .where('created_at', '<', cutoff)
      .executeTakeFirst();
    pruned += Number(result.numDeletedRows);
  }
  return pruned;
}

/** Prunes at start and then every `everyMs`; the returned function stops it. */
export function schedulePruning(
  run: () => Promise<unknown>,
  everyMs: number,
  onError: (error: unknown) => void,
): () => void {
  const tick = () => {
    run().catch(onError);
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
