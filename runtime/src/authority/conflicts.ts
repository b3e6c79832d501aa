import { checkValues } from '../access/check-values';
import type { AccessContext } from '../access/context';
import { allows, permissionsFor } from '../access/permissions';
import { redact } from '../access/redact';
import { decideWrite } from '../access/write-rule';
import type { StoredRecord } from '../merge/record';
import { resolveManualConflict } from '../merge/resolve-conflict';
import type {
  Hlc,
  Operation,
  OperationResult,
  RecordValues,
  RejectReason,
  SettledConflict,
} from '../protocol/types';
import type { SyncSpec } from '../spec/types';
import type { AuthorityStore, KeptConflict } from './store';

/**
 * Whether the caller may see and settle a conflict: read and update the record in their scope, see
 * every conflicting field (none hidden from their role) and write each of them.
 */
export function mayDecide(
  spec: SyncSpec,
  caller: AccessContext,
  entity: string,
  values: RecordValues,
  fields: readonly string[],
): boolean {
  const perms = permissionsFor(spec, caller.roles, entity);
  const definition = spec.entities.find((e) => e.name === entity);
  return (
    definition !== undefined &&
    allows(perms, 'read', values, caller) &&
    !fields.some((f) => perms.hiddenFields.has(f)) &&
    // One update grant must cover the record and every conflicting field.
    decideWrite(definition, perms, { action: 'update', before: values, after: values, fields }, caller)
      .allowed
  );
}

/** Why a decision was not written. `settled`: someone decided first; their decision stands. */
export type DecisionRefusal = 'not-found' | 'settled' | 'forbidden' | 'invalid-value' | 'record-gone';

/** The outcome of {@link decideConflict}: the record as written, or why nothing was written. */
export type DecisionOutcome =
  | { readonly ok: true; readonly record: StoredRecord; readonly kept: KeptConflict }
  | {
      readonly ok: false;
      readonly refusal: DecisionRefusal;
      readonly message: string;
      /** The field the problem is in, when it is in one. */
      readonly field?: string;
    };

/** Who decides and how the decision is stamped. */
export interface Decider {
  readonly userId: string;
  /** The decider's access, checked with {@link mayDecide}; `undefined` for the server's own edits. */
  readonly access: AccessContext | undefined;
  /** The decision's timestamp, given the record it is written on. */
  readonly stamp: (current: StoredRecord) => Hlc;
  /** ISO 8601 time of the decision. */
  readonly at: string;
}

/**
 * A person's decision on a manual conflict, wherever it is made (the server's API, a device's push,
 * the in-memory server): the chosen value of every conflicting field becomes a new version of the
 * record and the conflict is marked resolved, in the caller's batch. A conflict is decided once: a
 * second decision is refused `settled` and writes nothing, so a late device never overwrites the
 * office's decision.
 */
export async function decideConflict(
  spec: SyncSpec,
  store: AuthorityStore,
  conflictId: string,
  chosen: RecordValues,
  decider: Decider,
): Promise<DecisionOutcome> {
  const kept = await store.getConflict(conflictId);
  if (!kept) return { ok: false, refusal: 'not-found', message: `There is no conflict “${conflictId}”.` };
  const { conflict } = kept;
  if (kept.status !== 'open') {
    return {
      ok: false,
      refusal: 'settled',
      message: `The conflict “${conflictId}” was already decided by ${kept.resolvedBy ?? 'someone'}${kept.resolvedAt === undefined ? '' : ` at ${kept.resolvedAt}`}; the record keeps that decision.`,
    };
  }
  const entity = spec.entities.find((e) => e.name === conflict.entity);
  if (!entity) {
    return {
      ok: false,
      refusal: 'record-gone',
      message: `The published spec no longer has entity “${conflict.entity}”.`,
    };
  }
  const current = await store.getRecord(conflict.entity, conflict.key);
  if (
    current &&
    !current.deleted &&
    decider.access !== undefined &&
    !mayDecide(spec, decider.access, conflict.entity, current.values, conflict.fields)
  ) {
    return {
      ok: false,
      refusal: 'forbidden',
      message: `Your roles may not read and update ${conflict.fields.join(', ')} of this ${conflict.entity}.`,
    };
  }
  const outcome = resolveManualConflict(current, conflict, chosen, {
    nextVersion: await store.nextVersion(),
    hlc: current ? decider.stamp(current) : '',
  });
  if (!outcome.ok) {
    const refusal = outcome.reason === 'record-gone' ? 'record-gone' : 'invalid-value';
    return {
      ok: false,
      refusal,
      message: outcome.message,
      ...(outcome.field === undefined ? {} : { field: outcome.field }),
    };
  }
  const problem = checkValues(entity, chosen, { create: false });
  if (problem) return { ok: false, refusal: 'invalid-value', message: problem.message, field: problem.field };
  await store.putRecord(conflict.entity, outcome.record);
  const decision = { by: decider.userId, at: decider.at, values: chosen };
  await store.markConflictResolved(conflictId, decision);
  return {
    ok: true,
    record: outcome.record,
    kept: {
      ...kept,
      status: 'resolved',
      resolvedBy: decision.by,
      resolvedAt: decision.at,
      resolution: decision.values,
    },
  };
}

const REFUSAL_REASONS: Record<DecisionRefusal, RejectReason> = {
  'not-found': 'not-found',
  settled: 'conflict-settled',
  forbidden: 'permission',
  'invalid-value': 'invalid-value',
  'record-gone': 'not-found',
};

/**
 * A pushed decision (an upsert with `settles`): settles the conflict with the operation's changes
 * as the chosen values, stamped with the operation's timestamp. Answers `applied`, or `rejected`
 * (`conflict-settled` when someone decided first, `not-found`, `permission`, `invalid-value`).
 */
export async function settleByOperation(
  spec: SyncSpec,
  caller: AccessContext,
  op: Operation & { readonly settles: string },
  store: AuthorityStore,
  at: string,
): Promise<OperationResult> {
  const kept = await store.getConflict(op.settles);
  if (kept && (kept.conflict.entity !== op.entity || kept.conflict.key !== op.key)) {
    return {
      opId: op.id,
      status: 'rejected',
      reason: 'invalid-value',
      message: `The conflict “${op.settles}” is about ${kept.conflict.entity} “${kept.conflict.key}”, not ${op.entity} “${op.key}”.`,
    };
  }
  const outcome = await decideConflict(spec, store, op.settles, op.changes, {
    userId: caller.userId,
    access: caller,
    stamp: () => op.hlc,
    at,
  });
  if (outcome.ok) return { opId: op.id, status: 'applied', version: outcome.record.version };
  return {
    opId: op.id,
    status: 'rejected',
    reason: REFUSAL_REASONS[outcome.refusal],
    message: outcome.message,
    ...(outcome.field === undefined ? {} : { field: outcome.field }),
  };
}

/**
 * Of the conflicts a device says it holds open, those that are over, for the pull's `settled`:
 * decided since (each resolution without the fields the caller may not see), or open still but
 * with their record deleted, which closes them (`record-deleted`). Only conflicts this device's own
 * operations met (its `clientId`).
 */
export async function settledConflicts(
  spec: SyncSpec,
  caller: AccessContext,
  clientId: string,
  ids: readonly string[],
  store: AuthorityStore,
): Promise<SettledConflict[]> {
  const settled: SettledConflict[] = [];
  for (const id of new Set(ids)) {
    const kept = await store.getConflict(id);
    if (!kept || kept.conflict.clientId !== clientId) continue;
    if (kept.status === 'open') {
      const record = await store.getRecord(kept.conflict.entity, kept.conflict.key);
      if (!record || record.deleted) settled.push({ id, outcome: 'record-deleted' });
      continue;
    }
    const hidden = permissionsFor(spec, caller.roles, kept.conflict.entity).hiddenFields;
    settled.push({
      id,
      outcome: 'decided',
      resolvedBy: kept.resolvedBy ?? '',
      resolvedAt: kept.resolvedAt ?? '',
      resolution: redact(kept.resolution ?? {}, hidden),
    });
  }
  return settled;
}
