import { Dexie, type Table } from 'dexie';
import type { OutboxEntry } from './entry';

/**
 * The next batch to push: the most urgent sendable entry decides the entity, then that entity's
 * sendable entries follow in queue order (FIFO per record) up to `batchSize`. `sendable` says
 * which entities the current offline state lets through.
 *
 * Reads use plain key ranges (`getAll`) rather than stepping a cursor entry by entry, which is
 * what keeps draining a large outbox linear.
 */
export async function nextBatch(
  outbox: Table<OutboxEntry, number>,
  entities: readonly { readonly name: string; readonly rank: number }[],
  sendable: (entity: string) => boolean,
  batchSize: (entity: string) => number,
  inFlight: ReadonlySet<string>,
): Promise<OutboxEntry[]> {
  const ready = (e: OutboxEntry) => e.dead !== 1 && !inFlight.has(e.id);
  let best: OutboxEntry | undefined;
  for (const { name } of entities) {
    if (!sendable(name)) continue;
    const head = await outbox
      .where('[entity+seq]')
      .between([name, Dexie.minKey], [name, Dexie.maxKey])
      .filter(ready)
      .first();
    if (head && (!best || head.rank < best.rank || (head.rank === best.rank && head.seq! < best.seq!)))
      best = head;
  }
  if (!best) return [];
  const size = batchSize(best.entity);
  const window = await outbox
    .where('[entity+seq]')
    .between([best.entity, best.seq!], [best.entity, Dexie.maxKey])
    .limit(size * 2)
    .toArray();
  return window.filter(ready).slice(0, size);
}

/**
 * Outbox entries (including dead letters) for the given records, in queue order. One index lookup
 * per record (compound `anyOf` scans the whole index in some IndexedDB implementations); call it
 * inside a transaction to make it one round of reads.
 */
export async function entriesFor(
  outbox: Table<OutboxEntry, number>,
  records: readonly (readonly [entity: string, key: string])[],
): Promise<OutboxEntry[]> {
  if (records.length === 0) return [];
  const lists = await Promise.all(
    records.map((r) => outbox.where('[entity+key]').equals([r[0], r[1]]).toArray()),
  );
  return lists.flat().sort((a, b) => a.seq! - b.seq!);
}
