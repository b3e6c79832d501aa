import { keyFieldValue } from '../access/record-key';
import type { FieldDecision, Hlc, JsonValue, Operation, RecordValues, RejectReason } from '../protocol/types';
import { FORBIDDEN_KEYS } from '../spec/document-guard';
import type { ConflictRule, Entity, Field } from '../spec/types';
import { effectiveRule, isDeltaRule } from './effective-rule';
import { compareHlc, isHlc, maxHlc, parseHlc } from './hlc';
import { type FieldStep, manualConflict } from './manual-conflict';
import type { ManualConflict, StoredRecord } from './record';
import { fieldRules } from './rules';
import { pickLater } from './rules/last-writer-wins';
import { setUnionEdit } from './rules/set-union';
import type { RuleOutcome } from './rules/types';
import { type FieldValue, jsonEqual } from './values';

/** What {@link applyOperation} needs besides the operation. */
export interface ApplyContext {
  /** The version the record gets if this operation writes it; must be above the current version. */
  readonly nextVersion: number;
}

/**
 * The outcome of applying one operation to one record. `written` says whether `record` differs from
 * the current one and must be stored (with a change-log entry); a losing or repeated edit writes
 * nothing.
 */
export type ApplyOutcome =
  | {
      /** Every field holds what the client wrote. */
      readonly status: 'applied';
      readonly record: StoredRecord;
      readonly written: boolean;
    }
  | {
      /** Some field holds something other than what the client wrote: `decisions` says which and why. */
      readonly status: 'merged';
      readonly record: StoredRecord;
      readonly written: boolean;
      readonly decisions: readonly FieldDecision[];
    }
  | {
      /** A `manual` rule met a concurrent edit: both versions are kept in `conflict`, the record shows the interim. */
      readonly status: 'conflict';
      readonly record: StoredRecord;
      readonly written: boolean;
      readonly decisions: readonly FieldDecision[];
      readonly conflict: ManualConflict;
    }
  | {
      readonly status: 'rejected';
      readonly reason: RejectReason;
      readonly message: string;
      readonly field?: string;
    };

const reject = (reason: RejectReason, message: string, field?: string): ApplyOutcome =>
  field === undefined
    ? { status: 'rejected', reason, message }
    : { status: 'rejected', reason, message, field };

function fieldValue(values: RecordValues, field: string): FieldValue {
  return Object.hasOwn(values, field) ? values[field] : undefined;
}

/**
 * Applies a pushed operation to the current stored record: the one merge both the server and the
 * in-memory server run, so every authority decides the same way. Pure and deterministic.
 *
 * - **No concurrency** (the record is new, or no field the operation sets changed on the server
 *   after `op.baseVersion`): the delta is applied as written. Counter and set-union fields still
 *   use their formulas (`server + (client − base)`, add-wins), so a stale base never loses an
 *   increment.
 * - **Concurrent fields** (`fieldVersions[f] > op.baseVersion`, unless the field's value came from
 *   an earlier write of the same device) go through the effective rule
 *   (the field's own, else the entity's; see `effectiveRule`). Entity-level last-writer-wins,
 *   server-wins and client-wins thus decide field by field: fields only one side changed always
 *   keep that side's value.
 * - **Deletes**: a delete wins over concurrent updates, except on an entity whose rule is
 *   server-wins when the server changed the record after the client's base: then the record stays.
 *   An update of a record deleted on the server is rejected with `not-found` (the delete wins),
 *   and so is an update (`baseVersion` > 0) of a record the server does not have. An upsert with
 *   `baseVersion` 0 on a deleted record creates it afresh.
 */
export function applyOperation(
  entity: Entity,
  current: StoredRecord | undefined,
  op: Operation,
  ctx: ApplyContext,
): ApplyOutcome {
  if (current && ctx.nextVersion <= current.version) {
    throw new RangeError(
      `nextVersion ${ctx.nextVersion} must be above the record's version ${current.version}`,
    );
  }
  if (!isHlc(op.hlc))
    return reject('invalid-value', `The operation's timestamp ${JSON.stringify(op.hlc)} is malformed.`);
  return op.kind === 'delete' ? applyDelete(entity, current, op, ctx) : applyUpsert(entity, current, op, ctx);
}

function applyDelete(
  entity: Entity,
  current: StoredRecord | undefined,
  op: Operation,
  ctx: ApplyContext,
): ApplyOutcome {
  if (!current) return reject('not-found', `${entity.name} “${op.key}” does not exist on the server.`);
  if (current.deleted) return { status: 'applied', record: current, written: false };
  const serverChangedSinceBase = current.version > op.baseVersion;
  if (serverChangedSinceBase && entity.conflict.strategy === 'server-wins') {
    return { status: 'merged', record: current, written: false, decisions: [] };
  }
  if (serverChangedSinceBase && wholeRecordRule(entity)?.strategy === 'manual') {
    return reject(
      'stale',
      `${entity.name} “${op.key}” changed on the server (version ${current.version}) after the version this delete was made on (${op.baseVersion}); look at the record again and decide.`,
    );
  }
  const tombstone: StoredRecord = {
    key: current.key,
    version: ctx.nextVersion,
    deleted: true,
    values: {},
    fieldVersions: {},
    hlc: maxHlc(current.hlc, op.hlc),
    fieldHlc: {},
  };
  return { status: 'applied', record: tombstone, written: true };
}

/**
 * True when the field's current value came from an earlier write of the same device: its
 * timestamp has the operation's node id and is older. A device's consecutive edits of a field are
 * ordered, not concurrent, even when they travel with the same `baseVersion`.
 */
function ownEarlierWrite(fieldHlc: Hlc | undefined, opHlc: Hlc): boolean {
  if (fieldHlc === undefined) return false;
  const field = parseHlc(fieldHlc);
  const op = parseHlc(opHlc);
  return (
    field !== undefined && op !== undefined && field.nodeId === op.nodeId && compareHlc(opHlc, fieldHlc) > 0
  );
}

/**
 * True when an upsert on a deleted record creates it afresh: the operation was made as a create
 * (`baseVersion` 0) or after the device saw the delete. Otherwise it is an update the delete beat.
 */
export function recreates(current: StoredRecord, op: Operation): boolean {
  return current.deleted && (op.baseVersion === 0 || op.baseVersion >= current.version);
}

/**
 * Why an upsert has no record to apply to, if it has none: the record was deleted after the edit's
 * base (a delete wins over a concurrent update), or the server never had the version the device
 * edited. `undefined` when the upsert can go ahead (as an update, a create or a re-create).
 */
export function missingTarget(
  entity: Entity,
  current: StoredRecord | undefined,
  op: Operation,
): string | undefined {
  if (current === undefined) {
    return op.baseVersion > 0
      ? `${entity.name} “${op.key}” does not exist on the server (the change was made on version ${op.baseVersion}).`
      : undefined;
  }
  if (current.deleted && !recreates(current, op)) {
    return `${entity.name} “${op.key}” was deleted on the server (version ${current.version}); a delete wins over a concurrent update.`;
  }
  return undefined;
}

/** The entity's rule when it decides whole records (`unit: "record"`), else `undefined`. */
function wholeRecordRule(entity: Entity): ConflictRule | undefined {
  const rule = entity.conflict;
  return 'unit' in rule && rule.unit === 'record' ? rule : undefined;
}

/** True when some field of the record changed on the server after the operation's base (not by this device). */
function recordChangedSinceBase(record: StoredRecord, op: Operation): boolean {
  return Object.entries(record.fieldVersions).some(
    ([name, version]) => version > op.baseVersion && !ownEarlierWrite(record.fieldHlc[name], op.hlc),
  );
}

function applyUpsert(
  entity: Entity,
  current: StoredRecord | undefined,
  op: Operation,
  ctx: ApplyContext,
): ApplyOutcome {
  const missing = missingTarget(entity, current, op);
  if (missing !== undefined) return reject('not-found', missing);
  const recreate = current !== undefined && recreates(current, op);
  const isCreate = current === undefined || recreate;
  const prev: StoredRecord = isCreate
    ? { key: op.key, version: 0, deleted: false, values: {}, fieldVersions: {}, hlc: op.hlc, fieldHlc: {} }
    : current;

  const fieldsByName = new Map<string, Field>(entity.fields.map((f) => [f.name, f]));
  // A whole-record rule decides every written field alike once the server changed any field.
  const recordRule = isCreate ? undefined : wholeRecordRule(entity);
  const wholeRecord = recordRule !== undefined && recordChangedSinceBase(prev, op) ? recordRule : undefined;
  const steps: FieldStep[] = [];
  for (const name of Object.keys(op.changes).sort()) {
    const field = fieldsByName.get(name);
    if (FORBIDDEN_KEYS.has(name) || !field) {
      return reject('unknown-field', `${entity.name} has no field “${name}”.`, name);
    }
    // The key field holds the key's own value (a number for an integer key), however it was sent.
    const client = name === entity.key ? keyFieldValue(entity, op.key) : (op.changes[name] as JsonValue);
    const base = fieldValue(op.base, name);
    const server = fieldValue(prev.values, name);
    const serverHlc = prev.fieldHlc[name] ?? prev.hlc;
    const rule = wholeRecord ?? effectiveRule(entity, field);
    const concurrent =
      !isCreate &&
      (prev.fieldVersions[name] ?? 0) > op.baseVersion &&
      !ownEarlierWrite(prev.fieldHlc[name], op.hlc);
    let outcome: RuleOutcome;
    const delta = wholeRecord === undefined && isDeltaRule(rule);
    // A create has nothing to merge with; a delta rule merges even without concurrency (stale bases).
    if (wholeRecord && !jsonEqual(server, client)) {
      outcome = fieldRules[wholeRecord.strategy]({
        base,
        server,
        client,
        serverHlc,
        clientHlc: op.hlc,
        field,
        rule,
      });
    } else if (concurrent && !delta && jsonEqual(server, client)) {
      // Both sides wrote the same value: nothing to decide (and no manual conflict to raise).
      outcome = pickLater({ serverHlc, clientHlc: op.hlc, server, client, base, field, rule });
    } else if (!isCreate && (concurrent || delta)) {
      const args = { base, server, client, serverHlc, clientHlc: op.hlc, field, rule };
      const setEdit = rule.strategy === 'set-union' ? op.sets?.[name] : undefined;
      // An edit sent as adds and removes merges by them, never by a possibly stale base.
      outcome = setEdit ? setUnionEdit(args, setEdit) : fieldRules[rule.strategy](args);
    } else {
      outcome = { value: client, winner: 'client' };
    }
    steps.push({ name, outcome, strategy: rule.strategy, delta, base, server, client, serverHlc });
  }

  const values: Record<string, JsonValue> = { ...prev.values };
  const fieldVersions: Record<string, number> = { ...prev.fieldVersions };
  const fieldHlc: Record<string, Hlc> = { ...prev.fieldHlc };
  const decisions: FieldDecision[] = [];
  const manual: FieldStep[] = [];
  let changed = isCreate;
  if (isCreate && !Object.hasOwn(values, entity.key)) {
    values[entity.key] = keyFieldValue(entity, op.key);
    fieldVersions[entity.key] = ctx.nextVersion;
    fieldHlc[entity.key] = op.hlc;
  }
  for (const step of steps) {
    const { value, winner } = step.outcome;
    // The field keeps the timestamp of the write it holds; a combined value holds both, so the later
    // one. Either way the timestamp depends only on the set of writes, not on their arrival order.
    const hlc =
      step.delta || winner === 'merged'
        ? maxHlc(op.hlc, step.serverHlc)
        : winner === 'client'
          ? op.hlc
          : step.serverHlc;
    const valueChanged = !jsonEqual(value, step.server);
    // A device edit a whole-record rule dropped leaves the field exactly as the server has it.
    const dropped = wholeRecord !== undefined && winner === 'server';
    if (!dropped && (valueChanged || hlc !== fieldHlc[step.name])) {
      changed = true;
      if (value === undefined) delete values[step.name];
      else values[step.name] = value;
      fieldVersions[step.name] = ctx.nextVersion;
      fieldHlc[step.name] = hlc;
    }
    if (step.outcome.manual) manual.push(step);
    else if (!jsonEqual(value, step.client)) {
      decisions.push({ field: step.name, strategy: step.strategy, client: step.client, kept: value ?? null });
    }
  }

  const record: StoredRecord = changed
    ? {
        key: op.key,
        version: ctx.nextVersion,
        deleted: false,
        values,
        fieldVersions,
        hlc: current ? maxHlc(current.hlc, op.hlc) : op.hlc,
        fieldHlc,
      }
    : prev;
  if (manual.length > 0) {
    return {
      status: 'conflict',
      record,
      written: changed,
      decisions,
      conflict: manualConflict(entity, op, record, manual),
    };
  }
  if (decisions.length > 0) return { status: 'merged', record, written: changed, decisions };
  return { status: 'applied', record, written: changed };
}
