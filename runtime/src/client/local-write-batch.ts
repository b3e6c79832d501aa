import { Dexie } from 'dexie';
import type { StoredRow } from '../local-store';
import type { OutboxEntry } from '../outbox/entry';
import { PRIORITIES } from '../spec';
import { accessContext, type EngineContext, type EntityRuntime, rowsOf, storedKey } from './context';
import { WriteError } from './errors';
import { plainForm, prepareWrite, stepWrite, visible, type WriteOutcome, writeLocal } from './local-write';
import { planWrite, type WriteIntent } from './write-plan';
import { writeFollowsRelations } from './write-relations';

/** One write of a batch: the record's key and what to do with it. */
export interface BatchedWrite {
  readonly key: string;
  readonly intent: WriteIntent;
}

/** Runs `plan` for the batch's write `i`; a refusal names the record: its position leads the pointer. */
function planned<T>(i: number, key: string, plan: () => T): T {
  try {
    return plan();
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    throw new WriteError(
      error.reason,
      error.entity,
      `record ${i} (key "${key}"): ${error.message}`,
      `${i}${error.pointer}`,
    );
  }
}

/** What a batch leaves: its outcomes, the change in queued entries, and what to store. */
interface BatchPlan {
  readonly outcomes: WriteOutcome[];
  readonly delta: number;
  /** Rows to write, and their keys (same order). */
  readonly puts: StoredRow[];
  readonly putKeys: (string | number)[];
  readonly deletes: (string | number)[];
  /** Stored entries removed, by position, and stored entries replaced (folded into). */
  readonly removed: number[];
  readonly replaced: OutboxEntry[];
  /** Entries this batch appends, in order. */
  readonly fresh: OutboxEntry[];
}

/**
 * Plans the batch's writes in order on the records' rows as `found` (for each of `unique`), each
 * write building on what the earlier ones left. Reads a record's last queued entry only when the
 * record already has pending edits.
 */
async function planBatch(
  ctx: EngineContext,
  runtime: EntityRuntime,
  writes: readonly BatchedWrite[],
  ids: readonly (string | number)[],
  unique: readonly (string | number)[],
  found: readonly (StoredRow | undefined)[],
): Promise<BatchPlan> {
  const { outbox } = ctx;
  const coalesces = runtime.entity.sync.coalesce !== false;
  /** Each record's row as the batch has left it so far. */
  const state = new Map<string | number, StoredRow | undefined>(unique.map((id, i) => [id, found[i]]));
  /** Each record's last queued entry as the batch has left it (null: none); read when first needed. */
  const lastOf = new Map<string | number, OutboxEntry | null>();
  /** Entries this batch queues, in order (null: cancelled again within the batch), by id. */
  const added: (OutboxEntry | null)[] = [];
  const addedAt = new Map<string, number>();
  /** Stored entries replaced (folded into) or removed, by position. */
  const replaced = new Map<number, OutboxEntry>();
  const removed = new Set<number>();
  const outcomes: WriteOutcome[] = [];
  const changed = new Set<string | number>();
  let delta = 0;
  for (const [i, { key, intent }] of writes.entries()) {
    const id = ids[i]!;
    const row = state.get(id);
    const plan = planned(i, key, () => planWrite(runtime, key, visible(row), intent, accessContext(ctx)));
    if (plan.kind === 'noop') {
      outcomes.push({ record: plan.values, queued: false });
      continue;
    }
    const prepared = prepareWrite(ctx, runtime, key, row, plan, plainForm(plan));
    let foldable: OutboxEntry | undefined;
    if ((row?._p ?? 0) > 0 && coalesces) {
      if (!lastOf.has(id)) {
        const stored = await outbox.last(runtime.entity.name, key);
        lastOf.set(id, stored && outbox.mayFold(stored) ? stored : null);
      }
      foldable = lastOf.get(id) ?? undefined;
    }
    const step = stepWrite(runtime, id, row, prepared, foldable);
    if (step.dropped) {
      const at = addedAt.get(step.dropped.id);
      if (at !== undefined) added[at] = null;
      else {
        removed.add(step.dropped.seq!);
        replaced.delete(step.dropped.seq!);
      }
      lastOf.set(id, null);
    }
    if (step.entry) {
      const into = step.folded;
      const at = into ? addedAt.get(into.id) : undefined;
      if (at !== undefined) {
        // Folded into an entry of this same batch: it is not stored yet, so it is simply replaced.
        const { seq: _none, ...entry } = step.entry;
        added[at] = entry;
        addedAt.set(entry.id, at);
        lastOf.set(id, entry);
      } else if (into) {
        replaced.set(into.seq!, { ...step.entry, seq: into.seq! });
        lastOf.set(id, { ...step.entry, seq: into.seq! });
      } else {
        addedAt.set(step.entry.id, added.length);
        added.push(step.entry);
        lastOf.set(id, step.entry);
      }
    }
    state.set(id, step.row);
    changed.add(id);
    delta += step.delta;
    outcomes.push(step.outcome);
  }
  const puts: StoredRow[] = [];
  const putKeys: (string | number)[] = [];
  const deletes: (string | number)[] = [];
  const existed = new Set(unique.filter((_, i) => found[i] !== undefined));
  for (const id of changed) {
    const row = state.get(id);
    if (row) {
      puts.push(row);
      putKeys.push(id);
    } else if (existed.has(id)) deletes.push(id);
  }
  const fresh = added.filter((e): e is OutboxEntry => e !== null);
  return {
    outcomes,
    delta,
    puts,
    putKeys,
    deletes,
    removed: [...removed],
    replaced: [...replaced.values()],
    fresh,
  };
}

/** Positions of a `bulkAdd` refused because their keys exist; other failures are thrown. */
function takenPositions(error: unknown): number[] {
  if (!(error instanceof Dexie.BulkError)) throw error;
  const positions = Object.keys(error.failuresByPos).map(Number);
  if (!positions.every((at) => error.failuresByPos[at]?.name === 'ConstraintError')) throw error;
  return positions;
}

/**
 * Performs many local writes of one entity in ONE IndexedDB transaction: each write is planned and
 * checked in order (a later write of the same record builds on the earlier one, and folds into its
 * queued entry), then every row and every outbox entry is written at once. When every key is new
 * to the device (an import), nothing is read: the rows are added, and if IndexedDB refuses any
 * because its key exists after all, what was added is taken back in the same transaction and the
 * batch is planned again on the rows read with one request (as `writeLocal` does for one `put`).
 * All or nothing: a write the spec or the user's grants refuse throws its `WriteError` (its pointer
 * led by the write's position, `/3/title`) and nothing of the batch is stored. Entities with
 * encrypted fields, or whose write conditions follow relations, are written one by one (each in
 * its own transaction) instead.
 */
export async function writeLocalBatch(
  ctx: EngineContext,
  runtime: EntityRuntime,
  writes: readonly BatchedWrite[],
): Promise<WriteOutcome[]> {
  if (!runtime.codec.plain || writeFollowsRelations(runtime)) {
    const out: WriteOutcome[] = [];
    for (const { key, intent } of writes) out.push(await writeLocal(ctx, runtime, key, intent));
    return out;
  }
  const rows = rowsOf(ctx, runtime.entity.name);
  const { outbox } = ctx;
  const ids = writes.map((w) => storedKey(runtime, w.key));
  const unique = [...new Set(ids)];

  /**
   * The batch planned as if no key existed and stored with adds; when that was wrong, the requests
   * taking the adds back (the rows are read after them, in the same round).
   */
  const createAll = async (): Promise<{ plan: BatchPlan } | { undo: Promise<unknown> } | undefined> => {
    if (writes.some((w) => w.intent.kind !== 'put' || ctx.knownRows.has(runtime.entity.name, w.key))) {
      return undefined;
    }
    let plan: BatchPlan;
    try {
      plan = await planBatch(
        ctx,
        runtime,
        writes,
        ids,
        unique,
        unique.map(() => undefined),
      );
    } catch (error) {
      // Refused as a create: the usual way decides, on the rows as they are.
      if (error instanceof WriteError) return undefined;
      throw error;
    }
    const [taken, seqs] = await Dexie.Promise.all([
      rows.bulkAdd(plan.puts).then(() => [], takenPositions),
      outbox.table.bulkAdd(plan.fresh, { allKeys: true }),
    ]);
    if (taken.length === 0) return { plan };
    const refused = new Set(taken);
    return {
      undo: Dexie.Promise.all([
        rows.bulkDelete(plan.putKeys.filter((_, at) => !refused.has(at))),
        outbox.table.bulkDelete(seqs),
      ]),
    };
  };

  return ctx.lock.run(async () => {
    const { outcomes, delta } = await ctx.db.transaction('rw', [rows, outbox.table], async () => {
      const created = await createAll();
      if (created && 'plan' in created) return created.plan;
      const [, found] = await Promise.all([created?.undo, rows.bulkGet(unique)]);
      const plan = await planBatch(ctx, runtime, writes, ids, unique, found);
      const requests: Promise<unknown>[] = [];
      if (plan.puts.length > 0) requests.push(rows.bulkPut(plan.puts));
      if (plan.deletes.length > 0) requests.push(rows.bulkDelete(plan.deletes));
      if (plan.removed.length > 0) requests.push(outbox.table.bulkDelete(plan.removed));
      if (plan.replaced.length > 0) requests.push(outbox.table.bulkPut(plan.replaced));
      if (plan.fresh.length > 0) requests.push(outbox.table.bulkAdd(plan.fresh));
      await Promise.all(requests);
      return plan;
    });
    ctx.status.addPending(PRIORITIES[runtime.rank]!, delta);
    for (const [i, { key }] of writes.entries()) {
      ctx.knownRows.note(runtime.entity.name, key, outcomes[i]!.record !== undefined);
    }
    return outcomes;
  });
}
