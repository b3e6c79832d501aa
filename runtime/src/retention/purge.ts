import type { EngineContext } from '../client/context';
import { rowsOf } from '../client/context';
import { isStoredLocally, ROW_SYNCED_AT } from '../local-store';
import { durationMs } from '../spec';

/**
 * Drops synced records the spec no longer wants on the device: those last confirmed by the server
 * longer ago than `offline.retention`, then the oldest beyond `offline.maxRecords`. Records with
 * pending edits (or never synced) are never purged. Returns how many rows were removed.
 */
export async function purgeExpired(ctx: EngineContext): Promise<number> {
  const now = ctx.scheduler.now();
  let removed = 0;
  for (const entity of ctx.spec.entities) {
    const { retention, maxRecords } = entity.offline;
    if (!isStoredLocally(entity) || (retention === undefined && maxRecords === undefined)) continue;
    const rows = rowsOf(ctx, entity.name);
    removed += await ctx.lock.run(() =>
      ctx.db.transaction('rw', rows, async () => {
        let count = 0;
        if (retention !== undefined) {
          const cutoff = now - durationMs(retention);
          count += await rows
            .where(ROW_SYNCED_AT)
            .between(1, cutoff, true, false)
            .filter((row) => row._p === 0)
            .delete();
        }
        if (maxRecords !== undefined) {
          const total = await rows.count();
          const excess = total - maxRecords;
          if (excess > 0) {
            const oldest = await rows
              .where(ROW_SYNCED_AT)
              .above(0)
              .filter((row) => row._p === 0)
              .limit(excess)
              .primaryKeys();
            await rows.bulkDelete(oldest);
            count += oldest.length;
          }
        }
        return count;
      }),
    );
  }
  return removed;
}
