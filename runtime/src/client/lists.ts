import { META_TABLES, type StoredRow } from '../local-store';
import type { OutboxEntry } from '../outbox/entry';
import type { JsonValue, RecordValues } from '../protocol';
import { PRIORITIES } from '../spec';
import type { ConflictChoice, ConflictRecord, StoredConflict } from '../sync/conflict-record';
import type { DeadLetter, RejectedOperation, StoredRejection } from '../sync/lost-writes';
import { toOperation } from '../sync/operations';
import { rowFor, serverStateOf } from '../sync/record-state';
import { type EngineContext, rowsOf, storedKey } from './context';

/** Manual conflicts waiting for a person. */
export interface ConflictList {
  /** Every open conflict, oldest first. */
  list(): Promise<ConflictRecord[]>;
  /**
   * Settles a conflict: keep the `server` or `client` value of each conflicting field, or write
   * `{ values }` of your own. The choice is saved as a local edit marked as this conflict's decision
   * and synced; the conflict leaves the list. The server settles it for every device, or refuses
   * (`operation-rejected` with reason `conflict-settled`) when someone decided first: their decision
   * then stays on the record.
   */
  resolve(id: string, choice: ConflictChoice): Promise<void>;
}

/** Operations that ran out of delivery attempts. */
export interface DeadLetterList {
  list(): Promise<DeadLetter[]>;
  /** Puts the operation back in the outbox with a fresh attempt count. */
  retry(id: string): Promise<void>;
  /** Drops the operation for good; the record goes back to the server's version of it. */
  discard(id: string): Promise<void>;
}

/** Operations the server refused for good. */
export interface RejectedList {
  list(): Promise<RejectedOperation[]>;
  /** Removes an entry once the person has seen it. */
  dismiss(id: string): Promise<void>;
}

/** Builds the conflict list of a client. `settle` writes the decision through the normal write path. */
export function conflictList(
  ctx: EngineContext,
  settle: (entity: string, key: string, conflictId: string, values: RecordValues) => Promise<unknown>,
): ConflictList {
  const table = () => ctx.db.table<StoredConflict, string>(META_TABLES.conflicts);
  const decode = async (stored: StoredConflict): Promise<ConflictRecord> => {
    const codec = ctx.entities.get(stored.entity)!.codec;
    return {
      ...stored,
      base: await codec.decode(stored.base),
      server: await codec.decode(stored.server),
      client: await codec.decode(stored.client),
      interim: await codec.decode(stored.interim),
    };
  };
  return {
    async list() {
      const all = await table().toArray();
      const out: ConflictRecord[] = [];
      for (const c of all.sort((a, b) => a.at - b.at)) out.push(await decode(c));
      return out;
    },
    async resolve(id, choice) {
      const stored = await table().get(id);
      if (!stored) throw new Error(`no open conflict "${id}" (already resolved?)`);
      const conflict = await decode(stored);
      const values: Record<string, JsonValue> = {};
      for (const field of conflict.fields) {
        const side =
          choice === 'server' ? conflict.server : choice === 'client' ? conflict.client : choice.values;
        if (typeof choice === 'object' && !Object.hasOwn(choice.values, field)) {
          throw new Error(
            `resolve(${id}): values must give "${field}" (the conflicting fields are ${conflict.fields.join(', ')})`,
          );
        }
        values[field] = side[field] ?? null;
      }
      await settle(conflict.entity, conflict.key, id, values);
      await table().delete(id);
      ctx.status.update({ conflicts: Math.max(0, ctx.status.get().conflicts - 1) });
    },
  };
}

/** Builds the dead-letter list of a client; `afterRetry` asks the engine for a cycle. */
export function deadLetterList(ctx: EngineContext, afterRetry: () => void): DeadLetterList {
  const outbox = ctx.outbox;
  const find = async (id: string) => {
    const entry = await outbox.deadLetter(id);
    if (!entry) throw new Error(`no dead letter "${id}"`);
    return entry;
  };
  return {
    async list() {
      const entries = await outbox.deadLetters();
      const out: DeadLetter[] = [];
      for (const e of entries) {
        out.push({
          id: e.id,
          operation: await toOperation(e, ctx.entities.get(e.entity)!.codec),
          attempts: e.attempts,
          lastError: e.lastError ?? '',
          at: e.deadAt ?? e.queuedAt,
        });
      }
      return out;
    },
    async retry(id) {
      const entry = await find(id);
      await outbox.revive(entry);
      const priority = PRIORITIES[entry.rank]!;
      ctx.status.addPending(priority, 1);
      ctx.status.update({ deadLetters: Math.max(0, ctx.status.get().deadLetters - 1) });
      afterRetry();
    },
    async discard(id) {
      const entry = await find(id);
      await dropEntry(ctx, entry);
      ctx.status.update({ deadLetters: Math.max(0, ctx.status.get().deadLetters - 1) });
    },
  };
}

/** Removes one outbox entry and rebuilds its record's row from the server state and what remains. */
async function dropEntry(ctx: EngineContext, entry: OutboxEntry): Promise<void> {
  const runtime = ctx.entities.get(entry.entity)!;
  const outbox = ctx.outbox;
  const rows = rowsOf(ctx, entry.entity);
  const key = storedKey(runtime, entry.key);
  await ctx.lock.run(async () => {
    const row = await rows.get(key);
    const server = await serverStateOf(runtime, row);
    const rest = (await outbox.entriesOf(entry.entity, entry.key)).filter((e) => e.id !== entry.id);
    const ops = [];
    for (const e of rest) ops.push(await toOperation(e, runtime.codec));
    const next: StoredRow | undefined = await rowFor(runtime, entry.key, server, ops, row?._t ?? 0);
    await ctx.db.transaction('rw', [outbox.table, rows], async () => {
      await outbox.remove(entry);
      if (next) await rows.put(next);
      else await rows.delete(key);
    });
  });
}

/** Builds the rejected-operations list of a client. */
export function rejectedList(ctx: EngineContext): RejectedList {
  const table = () => ctx.db.table<StoredRejection, string>(META_TABLES.rejected);
  return {
    async list() {
      const all = (await table().toArray()).sort((a, b) => a.at - b.at || a.entry.seq! - b.entry.seq!);
      const out: RejectedOperation[] = [];
      for (const { entry, ...rest } of all) {
        out.push({ ...rest, operation: await toOperation(entry, ctx.entities.get(entry.entity)!.codec) });
      }
      return out;
    },
    async dismiss(id) {
      await table().delete(id);
      ctx.status.update({ rejected: Math.max(0, ctx.status.get().rejected - 1) });
    },
  };
}
