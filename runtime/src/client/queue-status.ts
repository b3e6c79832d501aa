import { META_TABLES } from '../local-store';
import type { OutboxEntry } from '../outbox/entry';
import { PRIORITIES } from '../spec';
import type { SyncStatus } from '../status';
import type { EngineContext } from './context';

/**
 * The status figures the local database holds: pending operations per priority, dead letters,
 * conflicts and refusals, and the failure of the newest dead letter (shown until it is gone). Read
 * when a client opens, and when a tab takes over syncing from another.
 */
export async function queueStatus(ctx: Pick<EngineContext, 'db' | 'outbox'>): Promise<Partial<SyncStatus>> {
  const pending = { critical: 0, high: 0, normal: 0, low: 0 };
  let dead = 0;
  let newestDead: OutboxEntry | undefined;
  await ctx.outbox.table.each((entry) => {
    if (entry.dead === 1) {
      dead++;
      if ((entry.deadAt ?? 0) >= (newestDead?.deadAt ?? 0)) newestDead = entry;
    } else pending[PRIORITIES[entry.rank]!]++;
  });
  return {
    pending,
    deadLetters: dead,
    conflicts: await ctx.db.table(META_TABLES.conflicts).count(),
    rejected: await ctx.db.table(META_TABLES.rejected).count(),
    ...(newestDead
      ? {
          lastError: {
            message: newestDead.lastError ?? 'delivery failed',
            at: newestDead.deadAt ?? newestDead.queuedAt,
            retryable: newestDead.retryLater === 1,
          },
        }
      : {}),
  };
}
