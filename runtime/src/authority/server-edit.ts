import { checkValues, defaultsFor } from '../access/check-values';
import { applyOperation } from '../merge/apply-operation';
import type { StoredRecord } from '../merge/record';
import type { Operation, RecordValues } from '../protocol/types';
import type { SyncSpec } from '../spec/types';
import { planDeleteEffects } from './relations';
import type { AuthorityStore } from './store';

/** An edit made on the server itself: an office user, an integration, the simulator's seeding. */
export interface ServerEdit {
  readonly entity: string;
  readonly key: string;
  readonly kind: Operation['kind'];
  /** The fields to set (an upsert); `{}` for a delete. */
  readonly changes: RecordValues;
}

/** The outcome of a {@link applyServerEdit}: the record as stored, or why the edit was refused. */
export type ServerEditOutcome =
  | { readonly ok: true; readonly record: StoredRecord }
  | { readonly ok: false; readonly message: string };

/**
 * Applies an edit made on the server itself, bypassing device permissions: the values are checked
 * against the entity (defaults filled on create), the change follows the same merge as a push made
 * on the current version, and a delete follows the spec's relations. One semantics for the
 * in-memory server (`write`, `remove`) and the HTTP server (a sandbox's seeding): the caller runs it
 * inside its batch or transaction and stamps it with its own clock.
 *
 * @example
 * const outcome = await applyServerEdit(spec, store, { entity: 'Job', key: 'j1', kind: 'upsert', changes }, stamp);
 * if (!outcome.ok) answer400(outcome.message);
 */
export async function applyServerEdit(
  spec: SyncSpec,
  store: AuthorityStore,
  edit: ServerEdit,
  stamp: { readonly opId: string; readonly hlc: string; readonly clientId: string },
): Promise<ServerEditOutcome> {
  const entity = spec.entities.find((e) => e.name === edit.entity);
  if (!entity) return { ok: false, message: `The app has no entity “${edit.entity}”.` };
  const current = await store.getRecord(edit.entity, edit.key);
  const creating = !current || current.deleted;
  let changes = edit.changes;
  const problem = edit.kind === 'upsert' ? checkValues(entity, changes, { create: creating }) : undefined;
  if (problem) return { ok: false, message: problem.message };
  if (creating && edit.kind === 'upsert') changes = { ...defaultsFor(entity, changes), ...changes };
  const base: Record<string, RecordValues[string]> = {};
  for (const field of Object.keys(changes)) {
    const value = current?.values[field];
    if (value !== undefined) base[field] = value;
  }
  const op: Operation = {
    id: stamp.opId,
    entity: edit.entity,
    key: edit.key,
    kind: edit.kind,
    changes,
    base,
    baseVersion: current?.deleted ? 0 : (current?.version ?? 0),
    hlc: stamp.hlc,
    clientId: stamp.clientId,
  };
  const outcome = applyOperation(entity, current, op, { nextVersion: await store.nextVersion() });
  if (outcome.status === 'rejected') return { ok: false, message: outcome.message };
  if (outcome.written && outcome.record.deleted) {
    const effects = await planDeleteEffects(spec, entity, edit.key, op, store);
    if (!effects.ok) return { ok: false, message: effects.message };
    await store.putRecord(edit.entity, outcome.record);
    for (const write of effects.writes) await store.putRecord(write.entity, write.record);
  } else if (outcome.written) await store.putRecord(edit.entity, outcome.record);
  return { ok: true, record: outcome.record };
}
