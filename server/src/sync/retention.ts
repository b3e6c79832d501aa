import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Deletes stored operation results older than `days` (the idempotency window) and returns how many
 * went. Records, their change sequence and conflicts are untouched.
 */
export async function pruneAppliedOps(db: Kysely<Database>, days: number, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - days * 86_400_000).toISOString();
  const result = await db.deleteFrom('sync_applied_ops').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
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
