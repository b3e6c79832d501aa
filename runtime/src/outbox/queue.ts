import { Dexie, type Table } from 'dexie';
import type { OutboxEntry } from './entry';

/**
 * The next batch to push: the most urgent sendable entry decides the entity, then that entity's
 * sendable entries follow in queue order (FIFO per record) up to `batchSize`. `sendable` says
 * which entities the current offline state lets through.
 */
export async function nextBatch(
  outbox: Table<OutboxEntry, number>,
  sendable: (entity: string) => boolean,
  batchSize: (entity: string) => number,
): Promise<OutboxEntry[]> {
  const ready = (e: OutboxEntry) => e.inFlight === 0 && e.dead !== 1;
  const first = await outbox
    .orderBy('[rank+seq]')
    .filter((e) => ready(e) && sendable(e.entity))
    .first();
  if (!first) return [];
  return outbox
    .where('[entity+seq]')
    .between([first.entity, Dexie.minKey], [first.entity, Dexie.maxKey])
    .filter(ready)
    .limit(batchSize(first.entity))
    .toArray();
}

/** Outbox entries (including dead letters) for the given records, in queue order. */
export async function entriesFor(
  outbox: Table<OutboxEntry, number>,
  records: readonly (readonly [entity: string, key: string])[],
): Promise<OutboxEntry[]> {
  if (records.length === 0) return [];
  const found = await outbox
    .where('[entity+key]')
    .anyOf(records.map((r) => [r[0], r[1]]))
    .toArray();
  return found.sort((a, b) => a.seq! - b.seq!);
}
