import { type StoredRow, stripRow } from '../local-store';
import { coalesce } from '../outbox/coalesce';
import type { OutboxEntry } from '../outbox/entry';
import type { RecordValues } from '../protocol';
import { PRIORITIES } from '../spec';
import {
  accessContext,
  type EngineContext,
  type EntityRuntime,
  outboxOf,
  rowsOf,
  storedKey,
} from './context';
import { planWrite, type WriteIntent } from './write-plan';

/** What a local write did: the record as it now reads on the device (undefined after a delete). */
export interface WriteOutcome {
  readonly record: RecordValues | undefined;
  /** Whether an outbox entry was added (false when folded into an earlier one, or nothing changed). */
  readonly queued: boolean;
}

/** The field values of a live row (undefined for no row or a locally deleted one). */
function visible(row: StoredRow | undefined): RecordValues | undefined {
  return row && row._d !== 1 ? stripRow(row) : undefined;
}

/**
 * Performs one local write: the record's row and its outbox entry change in ONE IndexedDB
 * transaction, so either both happen or neither. For entities without encrypted fields the read,
 * the delta and both writes happen inside that transaction; otherwise the read, decryption and
 * encryption happen just before it, under the client's write lock (so nothing else changes the row
 * meanwhile).
 */
export function writeLocal(
  ctx: EngineContext,
  runtime: EntityRuntime,
  key: string,
  intent: WriteIntent,
): Promise<WriteOutcome> {
  const rows = rowsOf(ctx, runtime.entity.name);
  const outbox = outboxOf(ctx);
  const id = storedKey(runtime, key);
  const codec = runtime.codec;

  const commit = async (row: StoredRow | undefined, current: RecordValues | undefined) => {
    const plan = planWrite(runtime, key, current, intent, accessContext(ctx));
    if (plan.kind === 'noop')
      return { done: true as const, outcome: { record: plan.values, queued: false }, delta: 0 };
    const changes = plan.kind === 'upsert' ? await maybeEncode(plan.changes) : {};
    const base = plan.kind === 'upsert' ? await maybeEncode(plan.base) : {};
    const storedValues = plan.kind === 'upsert' ? await maybeEncode(plan.values) : {};
    const recreate = row?._d === 1;
    const entry: OutboxEntry = {
      id: ctx.randomId(),
      entity: runtime.entity.name,
      key,
      kind: plan.kind,
      changes,
      base,
      baseVersion: recreate ? 0 : (row?._v ?? 0),
      hlc: ctx.clock.now(),
      clientId: ctx.clientId,
      rank: runtime.rank,
      attempts: 0,
      queuedAt: ctx.scheduler.now(),
    };
    return { done: false as const, plan, entry, storedValues };
  };

  const persist = async (
    row: StoredRow | undefined,
    prepared: Extract<Awaited<ReturnType<typeof commit>>, { done: false }>,
  ): Promise<{ outcome: WriteOutcome; delta: number }> => {
    const { plan, entry, storedValues } = prepared;
    const pending = row?._p ?? 0;
    let delta = 1;
    let folded: OutboxEntry | undefined;
    if (pending > 0 && runtime.entity.sync.coalesce !== false) {
      const last = await outbox.where('[entity+key]').equals([entry.entity, key]).last();
      if (last && !ctx.delivery.inFlight.has(last.id) && last.seq! > ctx.delivery.sessionFloor) {
        const result = coalesce(last, entry);
        if (result.kind === 'cancelled' && pending === 1 && (row?._s ?? null) === null) {
          // Created here and never sent: the server never needs to hear of it.
          await outbox.delete(last.seq!);
          await rows.delete(id);
          return { outcome: { record: undefined, queued: false }, delta: -1 };
        }
        if (result.kind === 'cancelled') {
          // An earlier create is in flight: the delete must still travel, in the update's place.
          folded = { ...entry, seq: last.seq!, baseVersion: last.baseVersion, queuedAt: last.queuedAt };
          delta = 0;
        } else if (result.kind === 'merged') {
          folded = result.entry;
          delta = 0;
        }
      }
    }
    const server = pending > 0 ? (row?._s ?? null) : row && row._d !== 1 ? stripRow(row) : null;
    const next: StoredRow =
      plan.kind === 'delete'
        ? {
            [runtime.entity.key]: id,
            _v: row?._v ?? 0,
            _t: row?._t ?? 0,
            _p: pending + delta,
            _s: server,
            _d: 1,
          }
        : { ...storedValues, _v: row?._v ?? 0, _t: row?._t ?? 0, _p: pending + delta, _s: server };
    if (row?._h !== undefined) next._h = row._h;
    await rows.put(next);
    await outbox.put(folded ?? entry);
    return {
      outcome: { record: plan.kind === 'delete' ? undefined : plan.values, queued: delta === 1 },
      delta,
    };
  };

  async function maybeEncode(values: RecordValues): Promise<Record<string, unknown>> {
    return codec.plain ? values : codec.encode(values);
  }

  const run = async () => {
    let result: { outcome: WriteOutcome; delta: number };
    if (codec.plain) {
      result = await ctx.db.transaction('rw', [rows, outbox], async () => {
        const row = await rows.get(id);
        const prepared = await commit(row, visible(row));
        return prepared.done ? prepared : persist(row, prepared);
      });
    } else {
      const row = await rows.get(id);
      const current = row && row._d !== 1 ? await codec.decode(row) : undefined;
      const prepared = await commit(row, current);
      result = prepared.done
        ? prepared
        : await ctx.db.transaction('rw', [rows, outbox], () => persist(row, prepared));
    }
    ctx.status.addPending(PRIORITIES[runtime.rank]!, result.delta);
    return result.outcome;
  };
  return ctx.lock.run(run);
}
