import type { Table } from 'dexie';
import type { EngineContext } from '../client/context';
import { rowsOf, storedKey } from '../client/context';
import { META_TABLES, type StoredRow } from '../local-store';
import type { OutboxEntry } from '../outbox/entry';
import type { Change, Operation } from '../protocol';
import { appendTo, recordId } from './group';
import { toOperation } from './operations';
import { rowFor, serverStateOf } from './record-state';

/** What one page of pulled changes did to the local store. */
export interface PullTally {
  readonly upserted: number;
  readonly deleted: number;
  /** Out-of-scope evictions skipped because the record holds pending edits. */
  readonly kept: number;
}

/** Meta row holding the pull cursors, per entity. */
export const CURSORS = 'cursors';

/**
 * Meta row listing records that left this device's scope while they held pending edits: kept
 * until those edits are answered, then removed (see `applyPushResults`), so a record reassigned
 * while its edit waited never stays behind with stale data.
 */
export const EVICT_WHEN_SETTLED = 'evictWhenSettled';

/**
 * Applies one page of pulled changes and advances the cursors in the same transaction, so a crash
 * never skips or half-applies a page. Records without pending edits take the server's version as
 * is (bulk writes); records with pending edits keep them: the server state becomes the row's shadow
 * and the pending operations are rebased on top. A tombstone deletes locally; an `out-of-scope`
 * delete evicts only records without pending edits.
 */
export async function applyPulledPage(
  ctx: EngineContext,
  changes: readonly Change[],
  cursorFor: readonly string[],
  cursor: string,
): Promise<PullTally> {
  const outbox = ctx.outbox;
  const now = ctx.scheduler.now();
  return ctx.lock.run(async () => {
    for (const change of changes) if (change.kind === 'upsert') ctx.clock.observe(change.hlc);
    const hasPending = !(await outbox.isEmpty());
    const pending = hasPending
      ? await ctx.db.transaction('r', outbox.table, () =>
          outbox.entriesFor(changes.map((c) => [c.entity, c.key] as const)),
        )
      : [];
    const pendingBy = new Map<string, OutboxEntry[]>();
    for (const entry of pending) {
      const id = recordId(entry.entity, entry.key);
      appendTo(pendingBy, id, entry);
    }
    const puts = new Map<string, StoredRow[]>();
    const deletes = new Map<string, (string | number)[]>();
    const evictLater = new Set<string>();
    const backInScope = new Set<string>();
    /** Records this page leaves stored (or removes), for the client's KnownRows. */
    const stored: [entity: string, key: string, present: boolean][] = [];
    let upserted = 0;
    let deleted = 0;
    let kept = 0;
    // The last change per record wins within a page.
    const latest = new Map<string, Change>();
    for (const change of changes) {
      if (!ctx.entities.has(change.entity)) continue;
      latest.set(recordId(change.entity, change.key), change);
    }
    for (const [id, change] of latest) {
      const runtime = ctx.entities.get(change.entity)!;
      const mine = pendingBy.get(id);
      const key = storedKey(runtime, change.key);
      if (!mine) {
        // This device's own push left the row at exactly this version: nothing to write.
        if (change.kind === 'upsert' && outbox.takeEcho(change.entity, change.key, change.version)) continue;
        if (change.kind === 'upsert') {
          const row: StoredRow = {
            ...(runtime.codec.plain ? change.record : await runtime.codec.encode(change.record)),
            _v: change.version,
            _t: now,
            _p: 0,
            _h: change.hlc,
          };
          appendTo(puts, change.entity, row);
          upserted++;
        } else {
          appendTo(deletes, change.entity, key);
          deleted++;
        }
        continue;
      }
      if (change.kind === 'delete' && change.reason === 'out-of-scope') {
        kept++;
        evictLater.add(id);
        continue;
      }
      if (change.kind === 'upsert') backInScope.add(id);
      const row = await rowsOf(ctx, change.entity).get(key);
      const current = await serverStateOf(runtime, row);
      if (current.version > change.version) continue;
      const ops: Operation[] = [];
      for (const entry of mine) ops.push(await toOperation(entry, runtime.codec));
      const server =
        change.kind === 'upsert'
          ? { values: change.record, version: change.version, hlc: change.hlc }
          : { values: null, version: change.version, hlc: current.hlc };
      const next = await rowFor(runtime, change.key, server, ops, row?._t ?? 0);
      if (next) appendTo(puts, change.entity, next);
      else appendTo(deletes, change.entity, key);
      stored.push([change.entity, change.key, next !== undefined]);
      if (change.kind === 'upsert') upserted++;
      else deleted++;
    }
    const meta = ctx.db.table(META_TABLES.meta);
    const tables: Table[] = [meta];
    for (const name of new Set([...puts.keys(), ...deletes.keys()])) tables.push(rowsOf(ctx, name));
    await ctx.db.transaction('rw', tables, async () => {
      for (const [name, rows] of puts) await rowsOf(ctx, name).bulkPut(rows);
      for (const [name, keys] of deletes) await rowsOf(ctx, name).bulkDelete(keys);
      const saved = ((await meta.get(CURSORS))?.value ?? {}) as Record<string, string>;
      for (const entity of cursorFor) saved[entity] = cursor;
      await meta.put({ name: CURSORS, value: saved });
      for (const [id, change] of latest)
        if (!pendingBy.has(id) && change.kind === 'upsert') backInScope.add(id);
      if (evictLater.size > 0 || backInScope.size > 0) {
        const waiting = new Set(((await meta.get(EVICT_WHEN_SETTLED))?.value ?? []) as string[]);
        const before = waiting.size;
        for (const id of backInScope) waiting.delete(id);
        for (const id of evictLater) waiting.add(id);
        if (waiting.size !== before || evictLater.size > 0)
          await meta.put({ name: EVICT_WHEN_SETTLED, value: [...waiting] });
      }
    });
    // A put of a pulled record reads its row rather than trying to add it (see KnownRows).
    for (const [entity, key, present] of stored) ctx.knownRows.note(entity, key, present);
    return { upserted, deleted, kept };
  });
}
