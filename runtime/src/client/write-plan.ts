import {
  type AccessContext,
  checkValues,
  decideWrite,
  defaultsFor,
  type RelationContext,
  type WriteVerdict,
} from '../access';
import { asStringSet, jsonEqual } from '../merge';
import type { JsonValue, RecordValues, SetEdit } from '../protocol';
import type { EntityRuntime } from './context';
import { WriteError } from './errors';

/** A change an app asks for, before it is turned into a delta. */
export type WriteIntent =
  | { readonly kind: 'put'; readonly values: RecordValues }
  | { readonly kind: 'update'; readonly changes: RecordValues }
  | { readonly kind: 'delete' }
  /** A person's decision on a manual conflict: every given field travels, even when unchanged. */
  | { readonly kind: 'settle'; readonly conflictId: string; readonly values: RecordValues }
  | { readonly kind: 'increment'; readonly field: string; readonly by: number }
  | {
      readonly kind: 'add-to-set' | 'remove-from-set';
      readonly field: string;
      readonly items: readonly string[];
    };

/** The delta a write makes: what the outbox carries and what the local row becomes. */
export type WritePlan =
  | { readonly kind: 'noop'; readonly values: RecordValues | undefined }
  | {
      readonly kind: 'upsert';
      readonly create: boolean;
      readonly changes: RecordValues;
      readonly base: RecordValues;
      readonly values: RecordValues;
      /** The conflict this write decides (a `settle` intent). */
      readonly settles?: string;
      /** Per string-set field in `changes` (not encrypted): the members added and removed. */
      readonly sets?: Readonly<Record<string, SetEdit>>;
    }
  | { readonly kind: 'delete'; readonly base: RecordValues };

const isSafeName = (name: string) => name !== '__proto__' && name !== 'constructor' && name !== 'prototype';

/** Copies caller-supplied values into a clean object, refusing prototype-polluting keys. */
function ownValues(runtime: EntityRuntime, input: RecordValues, what: string): RecordValues {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new WriteError('invalid-value', runtime.entity.name, `${what} must be an object of field values`);
  }
  const out: Record<string, JsonValue> = {};
  for (const name of Object.keys(input)) {
    if (!isSafeName(name)) {
      throw new WriteError(
        'unknown-field',
        runtime.entity.name,
        `"${name}" is not allowed as a field name`,
        name,
      );
    }
    const value = input[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}

function numberField(runtime: EntityRuntime, field: string): void {
  const def = runtime.fields.get(field);
  if (!def || !['counter', 'number', 'integer'].includes(def.type)) {
    throw new WriteError(
      def ? 'invalid-value' : 'unknown-field',
      runtime.entity.name,
      `increment needs a counter, number or integer field; ${runtime.entity.name}.${field} is ${def ? def.type : 'not a field'}`,
      field,
    );
  }
}

function setField(runtime: EntityRuntime, field: string): void {
  const def = runtime.fields.get(field);
  if (def?.type !== 'string-set') {
    throw new WriteError(
      def ? 'invalid-value' : 'unknown-field',
      runtime.entity.name,
      `set operations need a string-set field; ${runtime.entity.name}.${field} is ${def ? def.type : 'not a field'}`,
      field,
    );
  }
}

/** The fields the intent sets, given the current values (before permission and value checks). */
function requestedChanges(
  runtime: EntityRuntime,
  current: RecordValues | undefined,
  intent: WriteIntent,
): RecordValues {
  switch (intent.kind) {
    case 'put':
      return ownValues(runtime, intent.values, 'put(record)');
    case 'update':
      return ownValues(runtime, intent.changes, 'update(key, changes)');
    case 'settle':
      return ownValues(runtime, intent.values, 'resolve(id, { values })');
    case 'increment': {
      numberField(runtime, intent.field);
      if (typeof intent.by !== 'number' || !Number.isFinite(intent.by)) {
        throw new WriteError(
          'invalid-value',
          runtime.entity.name,
          `increment by ${String(intent.by)}: not a finite number`,
          intent.field,
        );
      }
      const now = current?.[intent.field];
      const def = runtime.fields.get(intent.field);
      const start =
        typeof now === 'number'
          ? now
          : def && 'default' in def && typeof def.default === 'number'
            ? def.default
            : 0;
      return { [intent.field]: start + intent.by };
    }
    case 'add-to-set':
    case 'remove-from-set': {
      setField(runtime, intent.field);
      const now = current?.[intent.field];
      const set = new Set(Array.isArray(now) ? now.filter((v): v is string => typeof v === 'string') : []);
      for (const item of intent.items) {
        if (typeof item !== 'string') {
          throw new WriteError(
            'invalid-value',
            runtime.entity.name,
            'set items must be strings',
            intent.field,
          );
        }
        if (intent.kind === 'add-to-set') set.add(item);
        else set.delete(item);
      }
      return { [intent.field]: [...set].sort() };
    }
    case 'delete':
      return {};
  }
}

/**
 * Turns an app's write into a delta against the current local values, after checking the user's
 * permissions and the values against the spec (the same `access` rules the server enforces), so a
 * write the server would refuse fails here with a clear error before anything is stored.
 */
export function planWrite(
  runtime: EntityRuntime,
  key: string,
  current: RecordValues | undefined,
  intent: WriteIntent,
  access: AccessContext,
  /** Related records, when the entity's scopes follow relations (see `relationsForWrite`). */
  relations?: RelationContext,
): WritePlan {
  const { entity, permissions: specPermissions } = runtime;
  if (intent.kind === 'delete') {
    if (!current)
      throw new WriteError('not-found', entity.name, `${entity.name} "${key}" is not on this device`);
    refuseUnless(
      runtime,
      decideWrite(
        entity,
        specPermissions,
        { action: 'delete', before: current, fields: [] },
        access,
        relations,
      ),
      access,
    );
    return { kind: 'delete', base: current };
  }
  if (intent.kind !== 'put' && !current) {
    throw new WriteError(
      'not-found',
      entity.name,
      `${entity.name} "${key}" is not on this device; create it with put()`,
    );
  }
  const requested = requestedChanges(runtime, current, intent);
  const keyValue = requested[entity.key];
  if (keyValue !== undefined && String(keyValue) !== key) {
    throw new WriteError(
      'invalid-value',
      entity.name,
      `the key field ${entity.key} cannot change (record "${key}")`,
      entity.key,
    );
  }
  const create = current === undefined;
  const defaults = create ? defaultsFor(entity, requested) : {};
  const changes: Record<string, JsonValue> = {};
  for (const [name, value] of Object.entries({ ...defaults, ...requested })) {
    if (!current || intent.kind === 'settle' || !jsonEqual(current[name], value)) changes[name] = value;
  }
  if (create) changes[entity.key] = runtime.numericKey ? Number(key) : key;
  if (Object.keys(changes).length === 0) return { kind: 'noop', values: current };

  const values = { ...(current ?? {}), ...changes };
  // Every field the operation carries counts (defaults included), exactly as the server checks it.
  const written = Object.keys(changes).filter((f) => f !== entity.key);
  const attempt = create
    ? ({ action: 'create', after: values, fields: written } as const)
    : ({ action: 'update', before: current, after: values, fields: written } as const);
  refuseUnless(runtime, decideWrite(entity, specPermissions, attempt, access, relations), access);
  const problem = checkValues(entity, changes, { create });
  if (problem) {
    const reason = problem.reason === 'unknown-field' ? 'unknown-field' : 'invalid-value';
    throw new WriteError(reason, entity.name, problem.message, problem.field);
  }
  const base: Record<string, JsonValue> = {};
  if (current) {
    for (const name of Object.keys(changes)) {
      const was = current[name];
      if (was !== undefined) base[name] = was;
    }
  }
  const settles = intent.kind === 'settle' ? { settles: intent.conflictId } : {};
  const sets = create ? undefined : setEdits(runtime, current, changes);
  return { kind: 'upsert', create, changes, base, values, ...settles, ...(sets ? { sets } : {}) };
}

/** Throws the refusal of a write the caller's grants do not allow (the words the server uses). */
function refuseUnless(runtime: EntityRuntime, verdict: WriteVerdict, access: AccessContext): void {
  if (verdict.allowed) return;
  const { entity } = runtime;
  throw new WriteError(
    'permission',
    entity.name,
    `your roles (${access.roles.join(', ') || 'none'}): ${verdict.message}`,
    verdict.field,
  );
}

/**
 * The adds and removes of each string-set field a write changes, so the server merges what this
 * edit did rather than diffing the whole set against a base. Encrypted fields are left out (their
 * members would sit in the outbox unsealed); they travel in the whole-set form.
 */
function setEdits(
  runtime: EntityRuntime,
  current: RecordValues | undefined,
  changes: RecordValues,
): Record<string, SetEdit> | undefined {
  let out: Record<string, SetEdit> | undefined;
  for (const [name, value] of Object.entries(changes)) {
    if (runtime.fields.get(name)?.type !== 'string-set' || runtime.codec.isSealed(name)) continue;
    const before = asStringSet(current?.[name]);
    const after = asStringSet(value);
    out ??= {};
    out[name] = {
      add: [...after].filter((m) => !before.has(m)),
      remove: [...before].filter((m) => !after.has(m)),
    };
  }
  return out;
}
