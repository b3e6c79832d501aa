import type { EngineContext } from '../client/context';
import { outboxOf } from '../client/context';
import type { OutboxEntry } from '../outbox/entry';
import { toOperation } from './operations';

/**
 * Counts a failed delivery on each entry of a batch. An entry reaching `maxAttempts` becomes a dead
 * letter: it stays in the outbox (the record keeps showing the edit) but is no longer sent, and the
 * client emits `dead-letter` — nothing is dropped silently.
 */
export async function recordFailedDelivery(
  ctx: EngineContext,
  batch: readonly OutboxEntry[],
  message: string,
  maxAttempts: number,
): Promise<void> {
  const outbox = outboxOf(ctx);
  const now = ctx.scheduler.now();
  const dead: OutboxEntry[] = [];
  await ctx.lock.run(() =>
    ctx.db.transaction('rw', outbox, async () => {
      for (const entry of batch) {
        const current = await outbox.get(entry.seq!);
        if (!current) continue;
        const attempts = current.attempts + 1;
        const parked = attempts >= maxAttempts;
        const next: OutboxEntry = {
          ...current,
          attempts,
          lastError: message,
          ...(parked ? { dead: 1 as const, deadAt: now } : {}),
        };
        await outbox.put(next);
        if (parked) dead.push(next);
      }
    }),
  );
  if (dead.length === 0) return;
  const counts = { ...ctx.status.get().pending };
  for (const entry of dead) {
    const priority = ctx.entities.get(entry.entity)!.entity.sync.priority;
    counts[priority] = Math.max(0, counts[priority] - 1);
  }
  ctx.status.update({ pending: counts, deadLetters: ctx.status.get().deadLetters + dead.length });
  for (const entry of dead) {
    const operation = await toOperation(entry, ctx.entities.get(entry.entity)!.codec);
    ctx.events.emit('dead-letter', {
      deadLetter: { id: entry.id, operation, attempts: entry.attempts, lastError: message, at: now },
    });
  }
}
