import type { JsonValue, RecordValues } from '../protocol/types';

/** A copy of the record's values without the hidden fields. */
export function redact(values: RecordValues, hiddenFields: ReadonlySet<string>): RecordValues {
  if (hiddenFields.size === 0) return values;
  const out: Record<string, JsonValue> = {};
  for (const [field, value] of Object.entries(values)) if (!hiddenFields.has(field)) out[field] = value;
  return out;
}
