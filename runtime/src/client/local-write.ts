import { Dexie } from 'dexie';
import type { RelationContext } from '../access';
import { type StoredRow, stripRow } from '../local-store';
import { coalesce } from '../outbox/coalesce';
import type { OutboxEntry } from '../outbox/entry';
import type { RecordValues } from '../protocol';
import { PRIORITIES } from '../spec';
import { accessContext, type EngineContext, type EntityRuntime, rowsOf, storedKey } from './context';
import { planWrite, type WriteIntent, type WritePlan } from './write-plan';
import { relationsForWrite, writeFollowsRelations } from './write-relations';

/** What a write did, and how it changed the number of queued entries. */
interface Written {
  readonly outcome: WriteOutcome;
  readonly delta: number;
}

/** IndexedDB's refusal of an `add` whose key (or a unique index value) is taken. */
function isConstraintError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'ConstraintError'
  );
}

/** What a local write did: the record as it now reads on the device (undefined after a delete). */
export interface WriteOutcome {
  readonly record: RecordValues | undefined;
  /** Whether an outbox entry was added (false when folded into an earlier one, or nothing changed). */
  readonly queued: boolean;
}

const EMPTY_FORM = { changes: {}, base: {}, values: {} } as const;

/** The field values of a live row (undefined for no row or a locally deleted one). */
export function visible(row: StoredRow | undefined): RecordValues | undefined {
  return row && row._d !== 1 ? stripRow(row) : undefined;
}

/** A write that changes something (not a no-op). */
export type PlannedWrite = Extract<WritePlan, { kind: 'upsert' | 'delete' }>;

/** A write's changed fields, their base values and the whole record, in stored form. */
export interface StoredForm {
  readonly changes: Record<string, unknown>;
  readonly base: Record<string, unknown>;
  readonly values: Record<string, unknown>;
}

/** A planned write with its outbox entry. */
export interface PreparedWrite {
  readonly plan: PlannedWrite;
  readonly entry: OutboxEntry;
  readonly storedValues: Record<string, unknown>;
}

/** The stored form of a write of a record without encrypted fields (values as they are). */
export function plainForm(plan: PlannedWrite): StoredForm {
  return plan.kind === 'upsert'
    ? { changes: plan.changes, base: plan.base, values: plan.values }
    : EMPTY_FORM;
}

/** The outbox entry of a planned write, from its values in stored form. Synchronous. */
export function prepareWrite(
  ctx: EngineContext,
  runtime: EntityRuntime,
  key: string,
  row: StoredRow | undefined,
  plan: PlannedWrite,
  stored: StoredForm,
): PreparedWrite {
  return {
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
  };
}

/** What one write does to a record's row and its queue, decided without touching storage. */
export interface WriteStep {
  readonly outcome: WriteOutcome;
  /** Change in the number of queued entries (1 queued, 0 folded, -1 a create cancelled by its delete). */
  readonly delta: number;
  /** The row to store; undefined: remove the row. */
  readonly row: StoredRow | undefined;
  /** The entry to queue: new, or replacing `folded` in its place (same `seq`). */
  readonly entry: OutboxEntry | undefined;
  /** The earlier entry the new change was folded into. */
  readonly folded: OutboxEntry | undefined;
  /** The earlier entry removed (a create that never left, cancelled by its delete). */
  readonly dropped: OutboxEntry | undefined;
}

/**
 * The row and queue entry a prepared write leaves, given the record's row and its last queued
 * entry when a new change may be folded into it (see `coalesce`). Pure.
 */
export function stepWrite(
  runtime: EntityRuntime,
  id: string | number,
  row: StoredRow | undefined,
  prepared: PreparedWrite,
  foldable: OutboxEntry | undefined,
): WriteStep {
  const { plan, entry, storedValues } = prepared;
  const pending = row?._p ?? 0;
  let delta = 1;
  let queued: OutboxEntry = entry;
  let folded: OutboxEntry | undefined;
  if (foldable) {
    const result = coalesce(foldable, entry);
    if (result.kind === 'cancelled' && pending === 1 && (row?._s ?? null) === null) {
      // Created here and never sent: the server never needs to hear of it.
      return {
        outcome: { record: undefined, queued: false },
        delta: -1,
        row: undefined,
        entry: undefined,
        folded: undefined,
        dropped: foldable,
      };
    }
    if (result.kind === 'cancelled') {
      // An earlier create is in flight: the delete must still travel, in the update's place.
      queued = {
        ...entry,
        ...(foldable.seq === undefined ? {} : { seq: foldable.seq }),
        baseVersion: foldable.baseVersion,
        queuedAt: foldable.queuedAt,
      };
      folded = foldable;
      delta = 0;
    } else if (result.kind === 'merged') {
      queued = result.entry;
      folded = foldable;
      delta = 0;
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
  return {
    outcome: { record: plan.kind === 'delete' ? undefined : plan.values, queued: delta === 1 },
    delta,
    row: next,
    entry: queued,
    folded,
    dropped: undefined,
  };
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

  const prepare = (row: StoredRow | undefined, plan: PlannedWrite, stored: StoredForm) =>
    prepareWrite(ctx, runtime, key, row, plan, stored);
  const noop = (values: RecordValues | undefined) => ({
    outcome: { record: values, queued: false },
    delta: 0,
  });

  // The transaction's work is chained on Dexie's own promises, without `await`: each native await
  // inside a Dexie transaction costs a round of zone switching, about as much as a request.

  /** Writes what a prepared write leaves; the writes are issued together, as one round of requests. */
  const persist = (row: StoredRow | undefined, prepared: PreparedWrite): Promise<Written> => {
    const pending = row?._p ?? 0;
    const last =
      pending > 0 && runtime.entity.sync.coalesce !== false
        ? outbox.last(prepared.entry.entity, key)
        : Dexie.Promise.resolve(undefined);
    return last.then((last) => {
      const step = stepWrite(runtime, id, row, prepared, last && outbox.mayFold(last) ? last : undefined);
      const writes: Promise<unknown>[] = [];
      if (step.dropped) writes.push(outbox.remove(step.dropped));
      writes.push(step.row ? rows.put(step.row) : rows.delete(id));
      if (step.entry) writes.push(outbox.enqueue(step.entry));
      return Dexie.Promise.all(writes).then(() => step);
    });
  };

  /**
   * A `put` of a key the device does not hold (the usual create) needs no read: its row is added
   * together with its entry, in one round of requests, and IndexedDB refuses the add when the key
   * is there after all (a record of this device, a deleted one waiting to be sent, or one another
   * tab wrote). Then the entry is taken back, in the same transaction, and the write goes the
   * usual way. Nothing outside the transaction is trusted, so it is as safe with several tabs as
   * the read. Undefined: not a create (or one that the usual way refuses with its own error): the
   * caller goes the usual way.
   */
  const createFresh = (relations: RelationContext | undefined): Promise<Written> | undefined => {
    let plan: WritePlan;
    try {
      plan = planWrite(runtime, key, undefined, intent, accessContext(ctx), relations);
    } catch {
      return undefined;
    }
    if (plan.kind !== 'upsert') return undefined;
    const step = stepWrite(runtime, id, undefined, prepare(undefined, plan, plainForm(plan)), undefined);
    const added = rows.add(step.row!).then(
      () => true,
      (error: unknown) => {
        if (isConstraintError(error)) return false;
        throw error;
      },
    );
    // Refused: the entry is taken back and the row read in the same round (requests run in the
    // order they are made, so the read, and any read of the queue after it, no longer sees it).
    return Dexie.Promise.all([added, outbox.append(step.entry!)]).then(([fresh, seq]) =>
      fresh
        ? step
        : Dexie.Promise.all([outbox.remove({ ...step.entry!, seq }), readAndWrite(relations)]).then(
            ([, written]) => written,
          ),
    );
  };

  /** Reads the record's row, then plans and writes on it (in the caller's transaction). */
  const readAndWrite = (relations: RelationContext | undefined): Promise<Written> =>
    rows.get(id).then((row) => {
      const plan = planWrite(runtime, key, visible(row), intent, accessContext(ctx), relations);
      return plan.kind === 'noop' ? noop(plan.values) : persist(row, prepare(row, plan, plainForm(plan)));
    });

  const run = async () => {
    let result: Written;
    // Relation scopes read other tables, which the write's transaction does not cover: read them
    // first, for the record as it is now (under the write lock nothing else changes it).
    const relations = writeFollowsRelations(runtime)
      ? await relationsForWrite(ctx, key, runtime.entity.name, intent, async () => {
          const row = await rows.get(id);
          return row && row._d !== 1 ? (codec.plain ? stripRow(row) : await codec.decode(row)) : undefined;
        })
      : undefined;
    if (codec.plain) {
      // Read, plan and both writes in one transaction, with nothing else in between.
      result = await ctx.db.transaction(
        'rw',
        [rows, outbox.table],
        () =>
          (intent.kind === 'put' && !ctx.knownRows.has(runtime.entity.name, key)
            ? createFresh(relations)
            : undefined) ?? readAndWrite(relations),
      );
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
    ctx.knownRows.note(runtime.entity.name, key, result.outcome.record !== undefined);
    return result.outcome;
  };
  return ctx.lock.run(run);
}
