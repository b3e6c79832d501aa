import { type StoredRow, stripRow } from '../local-store';
import { coalesce } from '../outbox/coalesce';
import type { OutboxEntry } from '../outbox/entry';
import type { RecordValues } from '../protocol';
import { PRIORITIES } from '../spec';
import { accessContext, type EngineContext, type EntityRuntime, rowsOf, storedKey } from './context';
import { planWrite, type WriteIntent, type WritePlan } from './write-plan';
import { relationsForWrite } from './write-relations';

/** What a local write did: the record as it now reads on the device (undefined after a delete). */
export interface WriteOutcome {
  readonly record: RecordValues | undefined;
  /** Whether an outbox entry was added (false when folded into an earlier one, or nothing changed). */
  readonly queued: boolean;
}

const EMPTY_FORM = { changes: {}, base: {}, values: {} } as const;

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
  const outbox = ctx.outbox;
  const id = storedKey(runtime, key);
  const codec = runtime.codec;

  type Prepared = {
    readonly plan: Extract<WritePlan, { kind: 'upsert' | 'delete' }>;
    readonly entry: OutboxEntry;
    readonly storedValues: Record<string, unknown>;
  };
  /** The outbox entry of a planned write, from its values in stored form. Synchronous. */
  const prepare = (
    row: StoredRow | undefined,
    plan: Prepared['plan'],
    stored: {
      changes: Record<string, unknown>;
      base: Record<string, unknown>;
      values: Record<string, unknown>;
    },
  ): Prepared => ({
    plan,
    storedValues: stored.values,
    entry: {
      id: ctx.randomId(),
      entity: runtime.entity.name,
      key,
      kind: plan.kind,
      changes: stored.changes,
      base: stored.base,
      baseVersion: row?._d === 1 ? 0 : (row?._v ?? 0),
      hlc: ctx.clock.now(),
      clientId: ctx.clientId,
      rank: runtime.rank,
      attempts: 0,
      queuedAt: ctx.scheduler.now(),
      ...(plan.kind === 'upsert' && plan.settles !== undefined ? { settles: plan.settles } : {}),
      ...(plan.kind === 'upsert' && plan.sets !== undefined ? { sets: plan.sets } : {}),
    },
  });
  const plainForm = (plan: Prepared['plan']) =>
    plan.kind === 'upsert' ? { changes: plan.changes, base: plan.base, values: plan.values } : EMPTY_FORM;
  const noop = (values: RecordValues | undefined) => ({
    outcome: { record: values, queued: false },
    delta: 0,
  });

  const persist = async (
    row: StoredRow | undefined,
    prepared: Prepared,
  ): Promise<{ outcome: WriteOutcome; delta: number }> => {
    const { plan, entry, storedValues } = prepared;
    const pending = row?._p ?? 0;
    let delta = 1;
    let folded: OutboxEntry | undefined;
    if (pending > 0 && runtime.entity.sync.coalesce !== false) {
      const last = await outbox.last(entry.entity, key);
      if (last && outbox.mayFold(last)) {
        const result = coalesce(last, entry);
        if (result.kind === 'cancelled' && pending === 1 && (row?._s ?? null) === null) {
          // Created here and never sent: the server never needs to hear of it.
          await outbox.remove(last);
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
    await outbox.enqueue(folded ?? entry);
    return {
      outcome: { record: plan.kind === 'delete' ? undefined : plan.values, queued: delta === 1 },
      delta,
    };
  };

  const run = async () => {
    let result: { outcome: WriteOutcome; delta: number };
    // Relation scopes read other tables, which the write's transaction does not cover: read them
    // first, for the record as it is now (under the write lock nothing else changes it).
    const relations = await relationsForWrite(ctx, key, runtime.entity.name, intent, async () => {
      const row = await rows.get(id);
      return row && row._d !== 1 ? (codec.plain ? stripRow(row) : await codec.decode(row)) : undefined;
    });
    if (codec.plain) {
      // Read, plan and both writes in one transaction, with no other await in between.
      result = await ctx.db.transaction('rw', [rows, outbox.table], async () => {
        const row = await rows.get(id);
        const plan = planWrite(runtime, key, visible(row), intent, accessContext(ctx), relations);
        return plan.kind === 'noop' ? noop(plan.values) : persist(row, prepare(row, plan, plainForm(plan)));
      });
    } else {
      const row = await rows.get(id);
      const current = row && row._d !== 1 ? await codec.decode(row) : undefined;
      const plan = planWrite(runtime, key, current, intent, accessContext(ctx), relations);
      if (plan.kind === 'noop') {
        result = noop(plan.values);
      } else {
        const stored =
          plan.kind === 'upsert'
            ? {
                changes: await codec.encode(plan.changes),
                base: await codec.encode(plan.base),
                values: await codec.encode(plan.values),
              }
            : EMPTY_FORM;
        const prepared = prepare(row, plan, stored);
        result = await ctx.db.transaction('rw', [rows, outbox.table], () => persist(row, prepared));
      }
    }
    ctx.status.addPending(PRIORITIES[runtime.rank]!, result.delta);
    return result.outcome;
  };
  return ctx.lock.run(run);
}
