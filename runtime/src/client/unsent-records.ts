import type { OutboxEntry } from '../outbox/entry';
import type { EngineContext } from './context';

/**
 * Where a record's local edits stand, for a per-record indicator: `saved` (kept on this device,
 * waiting to be sent), `sending` (in a push the server has not answered yet) or `stuck` (only dead
 * letters left: delivery gave up until someone retries or discards them). A record that is not
 * listed has nothing unsent: the server confirmed its last edit (or it was never edited here).
 */
export type UnsentState = 'saved' | 'sending' | 'stuck';

/** One record with edits the server has not confirmed yet. */
export interface UnsentRecord {
  readonly entity: string;
  readonly key: string;
  readonly state: UnsentState;
  /** Queued operations of the record, dead letters included. */
  readonly operations: number;
}

/**
 * Every record whose edits the server has not confirmed, in queue order of its oldest edit. The
 * list changes when `client.status` does (a write, a push starting or answered), so re-read it
 * from a status listener.
 */
export async function unsentRecords(ctx: EngineContext): Promise<UnsentRecord[]> {
  const byRecord = new Map<string, { entity: string; key: string; entries: OutboxEntry[] }>();
  await ctx.outbox.table.orderBy('seq').each((entry) => {
    const id = `${entry.entity}\u0000${entry.key}`;
    const found = byRecord.get(id);
    if (found) found.entries.push(entry);
    else byRecord.set(id, { entity: entry.entity, key: entry.key, entries: [entry] });
  });
  return [...byRecord.values()].map(({ entity, key, entries }) => ({
    entity,
    key,
    operations: entries.length,
    state: entries.some((e) => ctx.outbox.inFlight(e))
      ? 'sending'
      : entries.every((e) => e.dead === 1)
        ? 'stuck'
        : 'saved',
  }));
}
