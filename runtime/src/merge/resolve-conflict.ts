import type { Hlc, JsonValue, RecordValues } from '../protocol/types';
import { maxHlc } from './hlc';
import type { ManualConflict, StoredRecord } from './record';

/** What {@link resolveManualConflict} needs besides the conflict: the new version and the decider's timestamp. */
export interface ResolveContext {
  readonly nextVersion: number;
  readonly hlc: Hlc;
}

/** The record with the decision written into it, or why the decision cannot be applied. */
export type ResolveOutcome =
  | { readonly ok: true; readonly record: StoredRecord }
  | {
      readonly ok: false;
      readonly reason: 'missing-value' | 'not-in-conflict' | 'record-gone';
      readonly message: string;
      readonly field?: string;
    };

/**
 * Writes a person's decision on a manual conflict: the chosen value of every conflicting field
 * becomes a new version of the record (which devices then pull), stamped with the decider's
 * timestamp. Every field of the conflict needs a value, and only those fields may be set.
 * Pure; checking the values against the spec is the caller's part (`checkValues`).
 *
 * @example
 * resolveManualConflict(record, conflict, { notes: 'Gas smell near meter. Valve replaced.' }, { nextVersion, hlc })
 */
export function resolveManualConflict(
  current: StoredRecord | undefined,
  conflict: ManualConflict,
  chosen: RecordValues,
  ctx: ResolveContext,
): ResolveOutcome {
  const missing = conflict.fields.find((f) => !Object.hasOwn(chosen, f));
  if (missing !== undefined) {
    return {
      ok: false,
      reason: 'missing-value',
      field: missing,
      message: `Choose a value for “${missing}”.`,
    };
  }
  const extra = Object.keys(chosen).find((f) => !conflict.fields.includes(f));
  if (extra !== undefined) {
    return {
      ok: false,
      reason: 'not-in-conflict',
      field: extra,
      message: `“${extra}” is not part of this conflict (${conflict.fields.join(', ')}).`,
    };
  }
  if (!current || current.deleted) {
    return {
      ok: false,
      reason: 'record-gone',
      message: `${conflict.entity} “${conflict.key}” was deleted since the conflict arose.`,
    };
  }
  if (ctx.nextVersion <= current.version) {
    throw new RangeError(
      `nextVersion ${ctx.nextVersion} must be above the record's version ${current.version}`,
    );
  }
  const values: Record<string, JsonValue> = { ...current.values };
  const fieldVersions: Record<string, number> = { ...current.fieldVersions };
  const fieldHlc: Record<string, Hlc> = { ...current.fieldHlc };
  for (const field of conflict.fields) {
    values[field] = chosen[field] as JsonValue;
    fieldVersions[field] = ctx.nextVersion;
    fieldHlc[field] = ctx.hlc;
  }
  return {
    ok: true,
    record: {
      ...current,
      version: ctx.nextVersion,
      values,
      fieldVersions,
      fieldHlc,
      hlc: maxHlc(current.hlc, ctx.hlc),
    },
  };
}
