import type { Table } from 'dexie';
import type { EngineContext } from '../client/context';
import { rowsOf, storedKey } from '../client/context';
import type { StoredRow } from '../local-store';
import { META_TABLES } from '../local-store';
import { jsonEqual, maxHlc } from '../merge';
import type { OutboxEntry } from '../outbox/entry';
import type { JsonValue, Operation, OperationResult, RecordValues } from '../protocol';
import { PRIORITIES } from '../spec';
import type { ConflictRecord, StoredConflict } from './conflict-record';
import { appendTo, recordId } from './group';
import type { RejectedOperation, StoredRejection } from './lost-writes';
import { toOperation } from './operations';
import { EVICT_WHEN_SETTLED } from './pull-apply';
import type { ServerState } from './rebase';
import { rowFor, serverStateOf, withChanges } from './record-state';

/** Counts of what one push's answers did, for events and status. */
export interface PushTally {
  readonly applied: number;
  readonly merged: number;
  readonly conflicts: number;
  readonly rejected: number;
}

/**
 * Applies the server's answers to one push, under the client's write lock and in one transaction:
 * answered entries leave the outbox; each touched record's row becomes the server's state with the
 * remaining pending edits rebased on top; conflicts and rejections are kept for the person to see.
 */
export async function applyPushResults(
  ctx: EngineContext,
  batch: readonly OutboxEntry[],
  results: readonly OperationResult[],
): Promise<PushTally> {
  const byOp = new Map(results.map((r) => [r.opId, r]));
  const now = ctx.scheduler.now();
  const outbox = ctx.outbox.table;
  const answered = batch.filter((e) => byOp.has(e.id));
  const records = [
    ...new Map(answered.map((e) => [recordId(e.entity, e.key), [e.entity, e.key] as const])).values(),
  ];
  const tally = { applied: 0, merged: 0, conflicts: 0, rejected: 0 };
  const afterCommit: (() => void)[] = [];

  return ctx.lock.run(async () => {
    const touched = [...new Set(records.map((r) => r[0]))].map((name) => rowsOf(ctx, name));
    const meta = ctx.db.table(META_TABLES.meta);
    const { pendingEntries, currentRows, waiting } = await ctx.db.transaction(
      'r',
      [outbox, meta, ...touched],
      async () => {
        // Records that left this device's scope while these edits waited: gone once nothing is pending.
        const evictable = meta.get(EVICT_WHEN_SETTLED);
        const currentRows = new Map<string, StoredRow | undefined>();
        for (const name of new Set(records.map((r) => r[0]))) {
          const runtime = ctx.entities.get(name)!;
          const keys = records.filter((r) => r[0] === name).map((r) => r[1]);
          const found = await rowsOf(ctx, name).bulkGet(keys.map((k) => storedKey(runtime, k)));
          for (const [i, k] of keys.entries()) currentRows.set(recordId(name, k), found[i]);
        }
        // Only records with edits beyond this batch need the outbox read.
        const sent = new Map<string, number>();
        for (const e of answered)
          sent.set(recordId(e.entity, e.key), (sent.get(recordId(e.entity, e.key)) ?? 0) + 1);
        const more = records.filter(
          (r) => (currentRows.get(recordId(r[0], r[1]))?._p ?? 0) > (sent.get(recordId(r[0], r[1])) ?? 0),
        );
        const others = await ctx.outbox.entriesFor(more);
        const seen = new Set(others.map((e) => e.id));
        const pendingEntries = [...others, ...answered.filter((e) => !seen.has(e.id))].sort(
          (a, b) => a.seq! - b.seq!,
        );
        const waiting = new Set(((await evictable)?.value ?? []) as string[]);
        return { pendingEntries, currentRows, waiting };
      },
    );
    const pendingBy = new Map<string, OutboxEntry[]>();
    for (const entry of pendingEntries) {
      const id = recordId(entry.entity, entry.key);
      appendTo(pendingBy, id, entry);
    }
    const rowsToPut = new Map<string, StoredRow[]>();
    const rowsToDelete = new Map<string, (string | number)[]>();
    const evicted: string[] = [];
    const conflicts: StoredConflict[] = [];
    const rejections: StoredRejection[] = [];
    const rebased: OutboxEntry[] = [];
    for (const [entityName, key] of records) {
      const runtime = ctx.entities.get(entityName)!;
      const row = currentRows.get(recordId(entityName, key));
      const server: { -readonly [K in keyof ServerState]: ServerState[K] } = {
        ...(await serverStateOf(runtime, row)),
      };
      const mine = pendingBy.get(recordId(entityName, key)) ?? [];
      const done = new Set<string>();
      /** Whether the answers tell the record's server state exactly, so its echo in the next pull can be skipped. */
      let exact = true;
      for (const entry of mine) {
        const result = byOp.get(entry.id);
        if (!result) continue;
        done.add(entry.id);
        const op = await toOperation(entry, runtime.codec);
        switch (result.status) {
          case 'applied':
            tally.applied++;
            // An answer older than the version the device holds (the replayed answer of a dead
            // letter that reached the server before later edits did): that version already holds
            // its effect, and rewriting it would undo the later edits on this device.
            if (result.version < server.version) break;
            server.values = result.record ?? withChanges(server.values, op);
            server.version = Math.max(server.version, result.version);
            server.hlc = server.hlc === undefined ? op.hlc : maxHlc(server.hlc, op.hlc);
            // Without `from` (an older server) the device cannot tell whether others' changes landed.
            if (result.record === undefined && result.from !== entry.baseVersion) exact = false;
            break;
          case 'merged':
            tally.merged++;
            if (server.hlc !== undefined) server.hlc = maxHlc(server.hlc, op.hlc);
            if (result.version >= server.version) {
              server.values = op.kind === 'delete' && result.record === undefined ? null : result.record;
              server.version = result.version;
            }
            afterCommit.push(() =>
              ctx.events.emit('operation-merged', { operation: op, decisions: result.decisions }),
            );
            ctx.notices.add({ operation: op, decisions: result.decisions, at: now });
            break;
          case 'conflict': {
            tally.conflicts++;
            const before = server.values;
            if (result.version >= server.version) {
              server.values = result.record;
              server.version = result.version;
            }
            const stored = await conflictRecord(ctx, op, result, before, now);
            conflicts.push(stored.stored);
            afterCommit.push(() => ctx.events.emit('conflict', { conflict: stored.plain }));
            // Fields of the same operation that other rules decided are reported as for `merged`.
            const decisions = result.decisions ?? [];
            if (decisions.length > 0) {
              afterCommit.push(() => ctx.events.emit('operation-merged', { operation: op, decisions }));
              ctx.notices.add({ operation: op, decisions, at: now });
            }
            break;
          }
          case 'rejected': {
            tally.rejected++;
            const rejection: RejectedOperation = {
              id: op.id,
              operation: op,
              reason: result.reason,
              message: result.message,
              ...(result.field === undefined ? {} : { field: result.field }),
              at: now,
            };
            const { operation: _omit, ...rest } = rejection;
            rejections.push({ ...rest, entry });
            afterCommit.push(() =>
              ctx.events.emit('operation-rejected', {
                operation: op,
                reason: result.reason,
                message: result.message,
                ...(result.field === undefined ? {} : { field: result.field }),
                rejected: rejection,
              }),
            );
            break;
          }
        }
        if (result.status !== 'rejected') {
          // Later edits of this record were made on top of this one: they now build on its version.
          for (const later of mine) {
            if (
              !done.has(later.id) &&
              later.baseVersion === entry.baseVersion &&
              later.baseVersion < result.version
            ) {
              const bumped = { ...later, baseVersion: result.version };
              mine[mine.indexOf(later)] = bumped;
              if (!byOp.has(later.id)) rebased.push(bumped);
            }
          }
        }
      }
      const remaining = mine.filter((e) => !done.has(e.id));
      const ops: Operation[] = [];
      for (const e of remaining) ops.push(await toOperation(e, runtime.codec));
      const next = await rowFor(runtime, key, server, ops, now);
      if (next && next._p === 0 && waiting.has(recordId(entityName, key))) {
        evicted.push(recordId(entityName, key));
        appendTo(rowsToDelete, entityName, storedKey(runtime, key));
      } else if (next) {
        if (next._p > 0 && row) next._t = row._t;
        else if (exact) afterCommit.push(() => ctx.outbox.expectEcho(entityName, key, next._v));
        appendTo(rowsToPut, entityName, next);
      } else appendTo(rowsToDelete, entityName, storedKey(runtime, key));
    }
    const tables: Table[] = [
      outbox,
      meta,
      ctx.db.table(META_TABLES.conflicts),
      ctx.db.table(META_TABLES.rejected),
    ];
    for (const name of new Set([...rowsToPut.keys(), ...rowsToDelete.keys()])) tables.push(rowsOf(ctx, name));
    await ctx.db.transaction('rw', tables, async () => {
      await ctx.outbox.settle(answered);
      if (rebased.length > 0) await outbox.bulkPut(rebased);
      for (const [name, list] of rowsToPut) await rowsOf(ctx, name).bulkPut(list);
      for (const [name, keys] of rowsToDelete) await rowsOf(ctx, name).bulkDelete(keys);
      if (conflicts.length > 0) await ctx.db.table(META_TABLES.conflicts).bulkPut(conflicts);
      if (rejections.length > 0) await ctx.db.table(META_TABLES.rejected).bulkPut(rejections);
      if (evicted.length > 0) {
        for (const id of evicted) waiting.delete(id);
        await meta.put({ name: EVICT_WHEN_SETTLED, value: [...waiting] });
      }
    });
    // One status change per priority, not one per answered entry (listeners hear of it once).
    const settled = new Map<number, number>();
    for (const entry of answered) settled.set(entry.rank, (settled.get(entry.rank) ?? 0) + 1);
    for (const [rank, count] of settled) ctx.status.addPending(PRIORITIES[rank]!, -count);
    const status = ctx.status.get();
    ctx.status.update({
      conflicts: status.conflicts + conflicts.length,
      rejected: status.rejected + rejections.length,
    });
    for (const emit of afterCommit) emit();
    return tally;
  });
}

async function conflictRecord(
  ctx: EngineContext,
  op: Operation,
  result: Extract<OperationResult, { status: 'conflict' }>,
  serverBefore: RecordValues | null,
  at: number,
): Promise<{ stored: StoredConflict; plain: ConflictRecord }> {
  const runtime = ctx.entities.get(op.entity)!;
  const codec = runtime.codec;
  const pick = (values: Record<string, unknown> | null) => {
    const out: Record<string, JsonValue> = {};
    for (const f of result.fields) if (values && values[f] !== undefined) out[f] = values[f] as never;
    return out;
  };
  const field = result.fields
    .map((f) => runtime.fields.get(f))
    .find((f) => f?.conflict?.strategy === 'manual');
  const rule = field?.conflict ?? runtime.entity.conflict;
  const prompt = rule.strategy === 'manual' ? rule.prompt : undefined;
  const plain: ConflictRecord = {
    id: result.conflictId,
    entity: op.entity,
    key: op.key,
    fields: result.fields,
    // The server's three versions when it sends them (the ones its conflict list shows).
    base: result.base ?? pick(op.base),
    server: result.server ?? serverSide(result, pick(op.changes), pick(serverBefore)),
    client: result.client ?? pick(op.changes),
    interim: pick(result.record),
    ...(prompt === undefined ? {} : { prompt }),
    opId: op.id,
    version: result.version,
    at,
  };
  const stored: StoredConflict = {
    ...plain,
    base: await codec.encode(plain.base),
    server: await codec.encode(plain.server),
    client: await codec.encode(plain.client),
    interim: await codec.encode(plain.interim),
  };
  return { stored, plain };
}

/**
 * The other side's values of a conflict, for servers that do not send them. Such an answer carries
 * the interim record, not the server's values: where the interim differs from what this device wrote, it is the server's value;
 * where it equals it, the last server state this device knew stands in.
 */
function serverSide(
  result: Extract<OperationResult, { status: 'conflict' }>,
  client: RecordValues,
  known: RecordValues,
): RecordValues {
  const out: Record<string, JsonValue> = {};
  for (const field of result.fields) {
    const interim = result.record[field];
    const value = interim !== undefined && !jsonEqual(interim, client[field]) ? interim : known[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}
