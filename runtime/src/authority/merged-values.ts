import { checkValues, type ValueProblem } from '../access/check-values';
import type { StoredRecord } from '../merge/record';
import { jsonEqual } from '../merge/values';
import type { JsonValue, Operation, RecordValues } from '../protocol/types';
import type { Entity } from '../spec/types';

/**
 * A value constraint that merging broke. Every value a write sends is checked before the merge; a
 * merge can still combine two valid edits into an invalid value: two devices each remove a member
 * of a set with `minItems` (the union keeps neither), two add past `maxItems`, concurrent
 * increments carry a number past its `maximum`. Each field the write carries is checked again as
 * the merge left it, unless it holds what the device sent or what the server held (both checked
 * already); the first problem is returned, its message saying that the merge produced the value.
 *
 * The server refuses such a write (the first of the two edits stays, acknowledged; the second is
 * refused, so no acknowledged write is lost) rather than picking members to keep on its own.
 */
export function mergedValueProblem(
  entity: Entity,
  op: Operation,
  stored: StoredRecord | undefined,
  result: StoredRecord,
): ValueProblem | undefined {
  if (result.deleted || !stored || stored.deleted) return undefined;
  const merged: Record<string, JsonValue> = {};
  for (const name of Object.keys(op.changes)) {
    const value = result.values[name] as JsonValue | undefined;
    if (value === undefined || value === null) continue;
    if (jsonEqual(value, op.changes[name] as JsonValue)) continue;
    if (jsonEqual(value, stored.values[name] as JsonValue | undefined)) continue;
    merged[name] = value;
  }
  const problem = checkValues(entity, merged as RecordValues, { create: false });
  if (!problem) return undefined;
  return {
    ...problem,
    message: `Merged with a change made meanwhile on the server (version ${stored.version}): ${problem.message} The change is refused and the record keeps the server's value: load it again and redo the change.`,
  };
}
