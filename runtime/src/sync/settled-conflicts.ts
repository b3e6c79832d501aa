import type { EngineContext } from '../client/context';
import { META_TABLES } from '../local-store';
import { PROTOCOL_LIMITS, type SettledConflict } from '../protocol';
import type { StoredConflict } from './conflict-record';

/** The ids of the conflicts this device holds open, oldest first, as many as a pull may name. */
export async function openConflictIds(ctx: EngineContext): Promise<string[]> {
  const all = await ctx.db.table<StoredConflict, string>(META_TABLES.conflicts).toArray();
  return all
    .sort((a, b) => a.at - b.at)
    .slice(0, PROTOCOL_LIMITS.maxOpenConflicts)
    .map((c) => c.id);
}

/**
 * Drops the conflicts a pull reported as over — decided elsewhere (the office's API, another
 * device) or closed by their record's deletion — so the device's list and status count agree with
 * the server; the decided values (or the delete) come with the pull.
 */
export async function dropSettled(ctx: EngineContext, settled: readonly SettledConflict[]): Promise<void> {
  if (settled.length === 0) return;
  const table = ctx.db.table<StoredConflict, string>(META_TABLES.conflicts);
  const dropped = await ctx.lock.run(() =>
    ctx.db.transaction('rw', table, async () => {
      const found = await table.bulkGet(settled.map((s) => s.id));
      const present = found.filter((c): c is StoredConflict => c !== undefined);
      await table.bulkDelete(present.map((c) => c.id));
      return present;
    }),
  );
  if (dropped.length === 0) return;
  ctx.status.update({ conflicts: Math.max(0, ctx.status.get().conflicts - dropped.length) });
  for (const conflict of dropped) {
    const outcome = settled.find((s) => s.id === conflict.id)!;
    ctx.events.emit('conflict-settled', { entity: conflict.entity, key: conflict.key, ...outcome });
  }
}
