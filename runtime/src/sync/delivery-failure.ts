import type { EngineContext } from '../client/context';
import { outboxOf } from '../client/context';
import type { OutboxEntry } from '../outbox/entry';
import { PRIORITIES } from '../spec';
import { toOperation } from './operations';

/**
 * Counts a failed delivery on each entry of a batch. An entry reaching `maxAttempts` becomes a dead
 * letter: it stays in the outbox (the record keeps showing the edit) but is no longer sent, and the
 * client emits `dead-letter` — nothing is dropped silently. A `transient` failure (no answer, 408,
 * 429, 5xx) marks it `retryLater` (see {@link reviveDeadLetters}). Returns how many it parked.
 */
export async function recordFailedDelivery(
  ctx: EngineContext,
  batch: readonly OutboxEntry[],
  message: string,
  maxAttempts: number,
  transient: boolean,
): Promise<number> {
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
          ...(parked && transient ? { retryLater: 1 as const } : {}),
        };
        await outbox.put(next);
        if (parked) dead.push(next);
      }
    }),
  );
  if (dead.length === 0) return 0;
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
  return dead.length;
}

/**
 * Puts dead letters parked by transient failures at or before `parkedBefore` back in the queue with
 * a fresh attempt count: a server that was down or overloaded gets them again later, without anyone
 * calling `deadLetters.retry`. Returns how many went back.
 */
export async function reviveDeadLetters(ctx: EngineContext, parkedBefore: number): Promise<number> {
  const outbox = outboxOf(ctx);
  const revived = await ctx.lock.run(() =>
    ctx.db.transaction('rw', outbox, async () => {
      const due = await outbox
        .filter((e) => e.dead === 1 && e.retryLater === 1 && (e.deadAt ?? 0) <= parkedBefore)
        .toArray();
      for (const entry of due) {
        const { dead: _dead, deadAt: _deadAt, retryLater: _later, ...rest } = entry;
        await outbox.put({ ...rest, attempts: 0 });
      }
      return due;
    }),
  );
  if (revived.length === 0) return 0;
  const status = ctx.status.get();
  const pending = { ...status.pending };
  for (const entry of revived) pending[PRIORITIES[entry.rank]!]++;
  ctx.status.update({ pending, deadLetters: Math.max(0, status.deadLetters - revived.length) });
  return revived.length;
}
