import { isSealed } from '../crypto';
import type { OutboxEntry } from '../outbox/entry';
import type { FieldDecision } from '../protocol';
import { toOperation } from '../sync/operations';
import type { EngineContext } from './context';

/** The `strategy` of a notice's decision for a field a spec upgrade removed from a queued edit. */
export const FIELD_REMOVED = 'field-removed';

function without<T>(values: Readonly<Record<string, T>>, drop: ReadonlySet<string>): Record<string, T> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !drop.has(name)));
}

/**
 * After a spec upgrade, removes from every queued edit the fields the loaded spec no longer has, so
 * the server (which runs the new spec and would refuse the whole edit as `unknown-field`) applies
 * the rest. Each trimmed edit gets a notice (`client.notices`) whose decisions name the dropped
 * fields (strategy `field-removed`, `kept: null`); an edit left with nothing still travels and
 * changes nothing. Deletes carry no fields and are left alone.
 */
export async function dropRemovedFields(ctx: EngineContext): Promise<void> {
  const outbox = ctx.outbox.table;
  const trimmed = await ctx.lock.run(() =>
    ctx.db.transaction('rw', outbox, async () => {
      const out: { entry: OutboxEntry; decisions: FieldDecision[] }[] = [];
      for (const entry of await outbox.toArray()) {
        const runtime = ctx.entities.get(entry.entity);
        if (!runtime || entry.kind !== 'upsert') continue;
        const removed = new Set(Object.keys(entry.changes).filter((f) => !runtime.fields.has(f)));
        if (removed.size === 0) continue;
        const sets = entry.sets && without(entry.sets, removed);
        const { sets: _old, ...rest } = entry;
        const next: OutboxEntry = {
          ...rest,
          changes: without(entry.changes, removed),
          base: without(entry.base, removed),
          ...(sets && Object.keys(sets).length > 0 ? { sets } : {}),
        };
        await outbox.put(next);
        const decisions = [...removed].map((field) => {
          const written = entry.changes[field];
          // A value the old spec stored encrypted cannot be opened any more: reported as unknown.
          const client = written === undefined || isSealed(written) ? null : written;
          return { field, strategy: FIELD_REMOVED, client, kept: null } as FieldDecision;
        });
        out.push({ entry: next, decisions });
      }
      return out;
    }),
  );
  const at = ctx.scheduler.now();
  for (const { entry, decisions } of trimmed) {
    const operation = await toOperation(entry, ctx.entities.get(entry.entity)!.codec);
    ctx.notices.add({ operation, decisions, at });
  }
}
