import { checkValues, defaultsFor } from '../access/check-values';
import type { RelationContext } from '../access/condition';
import type { AccessContext } from '../access/context';
import { loadRelated, RelatedRecordCache } from '../access/load-related';
import {
  type Action,
  allows,
  type EntityPermissions,
  permissionsFor,
  unwritableField,
} from '../access/permissions';
import { keyFieldValue, keyMatches, keyProblem } from '../access/record-key';
import { redact } from '../access/redact';
import { decideWrite, writeConditions } from '../access/write-rule';
import { applyOperation, missingTarget } from '../merge/apply-operation';
import type { StoredRecord } from '../merge/record';
import { tooDeep } from '../protocol/depth';
import { PROTOCOL_LIMITS } from '../protocol/limits';
import { type ApiFailure, parsePushRequest } from '../protocol/parse';
import {
  type Operation,
  type OperationResult,
  PROTOCOL_VERSION,
  type PushRequest,
  type PushResponse,
  type RecordValues,
  type RejectReason,
} from '../protocol/types';
import { FORBIDDEN_KEYS } from '../spec/document-guard';
import { usesRelations } from '../spec/relation-paths';
import type { Entity, SyncSpec } from '../spec/types';
import { settleByOperation } from './conflicts';
import { checkSpecVersion } from './handshake';
import { mergedValueProblem } from './merged-values';
import { planDeleteEffects } from './relations';
import type { AuthorityStore, StoredOpResult } from './store';

/** A successful answer of the authority, or the refusal of the whole request. */
export type AuthorityAnswer<T> = { readonly ok: true; readonly status: 200; readonly body: T } | ApiFailure;

const rejected = (opId: string, reason: RejectReason, message: string, field?: string): OperationResult =>
  field === undefined
    ? { opId, status: 'rejected', reason, message }
    : { opId, status: 'rejected', reason, message, field };

function roleList(caller: AccessContext): string {
  return caller.roles.length === 0 ? 'no role' : `role ${caller.roles.join(', ')}`;
}

/**
 * The refusal of a write to an entity devices only read (offline availability `read-only`, or sync
 * direction `pull`) by a caller whose roles grant no create, update or delete on it. Such entities
 * are never changed offline (the runtime sends their writes straight to the server), but they are
 * written: by the roles granted it (a dispatcher maintaining sites) and by integrations with such a
 * role's token. Those writes are decided by the grants like any other.
 */
function readOnly(
  entity: Entity,
  op: Operation,
  perms: EntityPermissions,
  caller: AccessContext,
): OperationResult | undefined {
  if (entity.sync.direction !== 'pull' && entity.offline.availability !== 'read-only') return undefined;
  if (WRITE_ACTIONS.some((action) => perms.actions.has(action))) return undefined;
  return rejected(
    op.id,
    'read-only',
    `${entity.name} is read-only for devices (${entity.offline.availability === 'read-only' ? 'offline availability read-only' : 'sync direction pull'}) and ${roleList(caller)} grants no create, update or delete on it.`,
  );
}

const WRITE_ACTIONS: readonly Action[] = ['create', 'update', 'delete'];

/** Refusals that need no stored state: nesting, size, action and field permissions, values. */
function precheck(
  entity: Entity,
  op: Operation,
  perms: EntityPermissions,
  caller: AccessContext,
  creating: boolean,
): OperationResult | undefined {
  for (const part of ['changes', 'base'] as const) {
    const deep = tooDeep(op[part], PROTOCOL_LIMITS.maxValueDepth);
    if (deep) {
      const field = deep.pointer.split('/')[1];
      return rejected(
        op.id,
        'invalid-value',
        `The operation's ${part} nest deeper than ${PROTOCOL_LIMITS.maxValueDepth} levels (at /${part}${deep.pointer.slice(0, 200)}); flatten the value.`,
        ...(field === undefined ? [] : [field.replaceAll('~1', '/').replaceAll('~0', '~')]),
      );
    }
  }
  // Safe now: the nesting is bounded, so JSON.stringify cannot overflow the stack.
  const size =
    JSON.stringify(op.changes).length +
    JSON.stringify(op.base).length +
    (op.sets === undefined ? 0 : JSON.stringify(op.sets).length);
  if (size > PROTOCOL_LIMITS.maxOperationChars) {
    return rejected(
      op.id,
      'too-large',
      `The operation is ${size} characters; the most is ${PROTOCOL_LIMITS.maxOperationChars}.`,
    );
  }
  const action = op.kind === 'delete' ? 'delete' : creating ? 'create' : 'update';
  if (!perms.actions.has(action)) {
    return rejected(
      op.id,
      'permission',
      `With ${roleList(caller)} you may not ${action} ${entity.name} records.`,
    );
  }
  const badKey = keyProblem(entity, op.key);
  if (badKey !== undefined) return rejected(op.id, 'invalid-value', `${badKey}.`, entity.key);
  if (op.kind === 'delete') return undefined;
  const keyValue = op.changes[entity.key];
  if (keyValue !== undefined && !keyMatches(entity, keyValue, op.key)) {
    return rejected(
      op.id,
      'invalid-value',
      `${entity.name}.${entity.key} is the key and must equal “${op.key}”.`,
      entity.key,
    );
  }
  const unknown = Object.keys(op.changes).find(
    (f) => FORBIDDEN_KEYS.has(f) || !entity.fields.some((d) => d.name === f),
  );
  if (unknown !== undefined) {
    return rejected(op.id, 'unknown-field', `${entity.name} has no field “${unknown}”.`, unknown);
  }
  const written = Object.keys(op.changes).filter((f) => f !== entity.key);
  const field = unwritableField(perms, written);
  if (field !== undefined) {
    return rejected(
      op.id,
      'permission',
      `With ${roleList(caller)} you may not change ${entity.name}.${field}.`,
      field,
    );
  }
  // The key field may come as its text (“7”): it is checked, and stored, as the key's own value.
  const values =
    keyValue === undefined ? op.changes : { ...op.changes, [entity.key]: keyFieldValue(entity, op.key) };
  const problem = checkValues(entity, values, { create: creating });
  return problem && rejected(op.id, problem.reason, problem.message, problem.field);
}

async function processOperation(
  spec: SyncSpec,
  caller: AccessContext,
  op: Operation,
  store: AuthorityStore,
): Promise<OperationResult> {
  const entity = spec.entities.find((e) => e.name === op.entity);
  if (!entity) return rejected(op.id, 'unknown-entity', `The app has no entity “${op.entity}”.`);
  const perms = permissionsFor(spec, caller.roles, entity.name);
  // Before reading the record: a caller who may not write the entity at all must not learn from
  // the answer whether the key exists or was deleted.
  const refusal = readOnly(entity, op, perms, caller);
  if (refusal) return refusal;
  if (op.settles !== undefined) {
    return settleByOperation(spec, caller, { ...op, settles: op.settles }, store, new Date().toISOString());
  }
  const possible: readonly Action[] = op.kind === 'delete' ? ['delete'] : ['create', 'update'];
  if (!possible.some((action) => perms.actions.has(action))) {
    return rejected(
      op.id,
      'permission',
      `With ${roleList(caller)} you may not ${possible.join(' or ')} ${entity.name} records.`,
    );
  }
  const current = await store.getRecord(entity.name, op.key);
  const live: StoredRecord | undefined = current && !current.deleted ? current : undefined;
  const missing = op.kind === 'upsert' ? missingTarget(entity, current, op) : undefined;
  if (missing !== undefined) return rejected(op.id, 'not-found', missing);
  const early = precheck(entity, op, perms, caller, live === undefined);
  if (early) return early;

  const action = op.kind === 'delete' ? 'delete' : live ? 'update' : 'create';
  // Conditions that follow relations read the related records first (one cache for every check).
  const related = new RelatedRecordCache();
  const conditions = writeConditions(perms, action);
  const relations = async (
    ...values: Array<RecordValues | undefined>
  ): Promise<RelationContext | undefined> => {
    if (!conditions.some(usesRelations)) return undefined;
    await loadRelated(spec, entity, conditions, values, caller, store, related);
    return { spec, entity, records: related };
  };
  if (live && !allows(perms, action, live.values, caller, await relations(live.values))) {
    return rejected(op.id, 'out-of-scope', `${entity.name} “${op.key}” is outside what you may ${action}.`);
  }
  const effective: Operation =
    op.kind === 'upsert' && !live
      ? { ...op, changes: { ...defaultsFor(entity, op.changes), ...op.changes } }
      : op;
  const outcome = applyOperation(entity, current, effective, { nextVersion: await store.nextVersion() });
  if (outcome.status === 'rejected') return rejected(op.id, outcome.reason, outcome.message, outcome.field);

  const { record } = outcome;
  // One grant must allow all of the write: its action, the stored record and the result, every field.
  if (live || !record.deleted) {
    const before = live?.values;
    const after = record.deleted ? undefined : record.values;
    const fields = Object.keys(op.changes).filter((f) => f !== entity.key);
    const context = await relations(before, after);
    const verdict = decideWrite(entity, perms, { action, before, after, fields }, caller, context);
    if (!verdict.allowed) {
      return rejected(
        op.id,
        verdict.reason,
        `With ${roleList(caller)}, ${verdict.message} (${entity.name} “${op.key}”).`,
        ...(verdict.field === undefined ? [] : [verdict.field]),
      );
    }
  }
  const broken = mergedValueProblem(entity, op, live, record);
  if (broken) return rejected(op.id, broken.reason, broken.message, broken.field);
  const recordChars = JSON.stringify(record.values).length;
  if (recordChars > PROTOCOL_LIMITS.maxRecordChars) {
    return rejected(
      op.id,
      'too-large',
      `${entity.name} “${op.key}” would be ${recordChars} characters; the most is ${PROTOCOL_LIMITS.maxRecordChars}.`,
    );
  }
  if (outcome.written && record.deleted) {
    const effects = await planDeleteEffects(spec, entity, op.key, op, store);
    if (!effects.ok) return rejected(op.id, effects.reason, effects.message);
    await store.putRecord(entity.name, record);
    for (const write of effects.writes) await store.putRecord(write.entity, write.record);
  } else if (outcome.written) await store.putRecord(entity.name, record);
  const shown = redact(record.values, perms.hiddenFields);
  switch (outcome.status) {
    case 'applied': {
      // The version the edit was made on is the one it met: the device knows the result already.
      // Otherwise others' changes landed in between, and the answer carries the whole record.
      const from = current?.version ?? 0;
      return from === op.baseVersion || record.deleted
        ? { opId: op.id, status: 'applied', version: record.version, from }
        : { opId: op.id, status: 'applied', version: record.version, from, record: shown };
    }
    case 'merged':
      return {
        opId: op.id,
        status: 'merged',
        version: record.version,
        record: shown,
        decisions: outcome.decisions,
      };
    case 'conflict':
      await store.saveConflict(outcome.conflict);
      return {
        opId: op.id,
        status: 'conflict',
        version: record.version,
        conflictId: outcome.conflict.id,
        record: shown,
        fields: outcome.conflict.fields,
        base: redact(outcome.conflict.base, perms.hiddenFields),
        server: redact(outcome.conflict.server, perms.hiddenFields),
        client: redact(outcome.conflict.client, perms.hiddenFields),
        ...(outcome.decisions.length > 0 ? { decisions: outcome.decisions } : {}),
      };
  }
}

/**
 * The answer to an operation id seen before: its stored result when the same user pushed it (for
 * results stored without a user, the same device), else a `permission` rejection. Never the stored
 * result for someone else: it may carry the merged record, which that caller might not see.
 */
function replayed(
  prior: StoredOpResult,
  op: Operation,
  caller: AccessContext,
  clientId: string,
): OperationResult {
  const owner = prior.userId === null ? prior.clientId === clientId : prior.userId === caller.userId;
  if (owner) return prior.result;
  return rejected(
    op.id,
    'permission',
    `The operation id “${op.id}” was already used by another ${prior.userId === null ? 'device' : 'user'}; give every operation a fresh, unguessable id (e.g. a UUID).`,
  );
}

/**
 * Applies a push batch, operation by operation in the order sent, and answers each with an
 * explicit outcome (applied, merged, conflict or rejected); it never throws for bad operations.
 *
 * Idempotent: an operation id seen before gets its stored result again and is not re-applied;
 * a replay by another user is rejected `permission` (the stored result is never shown to them).
 * Per operation, in this order: known entity; for an entity devices only read (sync direction
 * `pull` or offline availability `read-only`), some write action granted on it (else `read-only`); size; the caller's roles allow the action
 * (create when the record does not exist or is deleted, else update; delete) and every written
 * field; values fit the fields; for updates and deletes the current record lies in the caller's
 * role scope for that action, and after an upsert the result still does (`out-of-scope`);
 * then `applyOperation` decides the merge. Run it with exclusive access to `store` (one
 * transaction per batch).
 */
export async function processPush(
  spec: SyncSpec,
  caller: AccessContext,
  request: PushRequest,
  store: AuthorityStore,
): Promise<PushResponse> {
  const results: OperationResult[] = [];
  for (const op of request.operations) {
    const prior = await store.getOpResult(op.id);
    if (prior) {
      results.push(replayed(prior, op, caller, request.clientId));
      continue;
    }
    const result = await processOperation(spec, caller, op, store);
    await store.putOpResult(op.id, {
      result,
      userId: caller.userId,
      clientId: request.clientId,
      subject: { entity: op.entity, key: op.key, kind: op.kind },
    });
    results.push(result);
  }
  return { protocol: PROTOCOL_VERSION, results };
}

/**
 * The whole push endpoint minus HTTP: checks the body's shape and protocol version, the spec
 * version (409 `spec-upgrade-required`), then runs {@link processPush}. The server maps the
 * answer to a status and JSON body.
 *
 * @example
 * const answer = await db.transaction(() => handlePush(spec, caller, req.body, sqlStore));
 * res.status(answer.status).json(answer.body);
 */
export async function handlePush(
  spec: SyncSpec,
  caller: AccessContext,
  body: unknown,
  store: AuthorityStore,
): Promise<AuthorityAnswer<PushResponse>> {
  const parsed = parsePushRequest(body);
  if (!parsed.ok) return parsed;
  const stale = checkSpecVersion(spec, parsed.value.specVersion);
  if (stale) return stale;
  return { ok: true, status: 200, body: await processPush(spec, caller, parsed.value, store) };
}
