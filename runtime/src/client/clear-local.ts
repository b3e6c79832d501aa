import { META_TABLES } from '../local-store';
import type { OutboxEntry } from '../outbox/entry';
import type { Operation } from '../protocol';
import { toOperation } from '../sync/operations';
import { CURSORS } from '../sync/pull-apply';
import { type EngineContext, rowsOf } from './context';
import { UnsentEditsError } from './errors';

/** Options of `client.clearLocalData`. */
export interface ClearLocalDataOptions {
  /** Drop edits the server has not received (pending operations and dead letters) too. */
  readonly discardUnsent?: boolean;
}

/** What `client.clearLocalData` removed. */
export interface ClearedLocalData {
  /** The unsent operations dropped (only with `discardUnsent`), oldest first. */
  readonly discarded: readonly Operation[];
  /** Records removed from the entity tables. */
  readonly records: number;
  /** Open manual conflicts and rejected operations removed from their lists. */
  readonly conflicts: number;
  readonly rejected: number;
}

/**
 * Removes the device's copy of the app's data: every record, the outbox, the conflict and
 * rejected lists and the pull cursors (the installation's client id stays, so the next sync pulls
 * everything in scope again). Refuses with {@link UnsentEditsError} while the outbox holds edits,
 * unless `discardUnsent`. Runs under the client's write lock, in one transaction. The caller makes
 * sure no push is in flight.
 */
export async function clearLocalData(
  ctx: EngineContext,
  options: ClearLocalDataOptions,
): Promise<ClearedLocalData> {
  const outbox = ctx.outbox.table;
  const conflicts = ctx.db.table(META_TABLES.conflicts);
  const rejected = ctx.db.table(META_TABLES.rejected);
  const meta = ctx.db.table(META_TABLES.meta);
  const rows = [...ctx.entities.keys()].map((name) => rowsOf(ctx, name));
  const unsent = await ctx.lock.run(async () => {
    const entries: OutboxEntry[] = await outbox.orderBy('seq').toArray();
    if (entries.length > 0 && options.discardUnsent !== true) {
      const byEntity: Record<string, number> = {};
      for (const e of entries) byEntity[e.entity] = (byEntity[e.entity] ?? 0) + 1;
      throw new UnsentEditsError(entries.length, byEntity);
    }
    return ctx.db.transaction('rw', [outbox, conflicts, rejected, meta, ...rows], async () => {
      let records = 0;
      for (const table of rows) {
        records += await table.count();
        await table.clear();
      }
      const counts = { records, conflicts: await conflicts.count(), rejected: await rejected.count() };
      await Promise.all([outbox.clear(), conflicts.clear(), rejected.clear(), meta.delete(CURSORS)]);
      return { entries, ...counts };
    });
  });
  const discarded: Operation[] = [];
  for (const e of unsent.entries) discarded.push(await toOperation(e, ctx.entities.get(e.entity)!.codec));
  ctx.notices.clear();
  ctx.status.update({
    pending: { critical: 0, high: 0, normal: 0, low: 0 },
    deadLetters: 0,
    conflicts: 0,
    rejected: 0,
  });
  return { discarded, records: unsent.records, conflicts: unsent.conflicts, rejected: unsent.rejected };
}
