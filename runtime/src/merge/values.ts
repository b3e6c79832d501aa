import type { JsonValue } from '../protocol/types';

/** A field value as the merge rules see it: `undefined` means the field is not set. */
export type FieldValue = JsonValue | undefined;

/** Structural equality of JSON values (object key order does not matter). */
export function jsonEqual(a: FieldValue, b: FieldValue): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const key of aKeys) {
    if (!Object.hasOwn(b, key) || !jsonEqual(a[key], b[key])) return false;
  }
  return true;
}

/** The value as a finite number, or `undefined`. */
export function asNumber(value: FieldValue): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The value as a comparable instant: numbers as they are, ISO 8601 datetimes as epoch
 * milliseconds. `undefined` for anything else.
 */
export function asInstant(value: FieldValue): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATETIME.exec(value);
  if (!match) return undefined;
  // Date.parse reads a date-time without a zone as local time, which differs between a device and
  // the server: read it as UTC everywhere, so every side compares the same instants.
  const normalised = value.replace(' ', 'T');
  const ms = Date.parse(match[1] !== undefined && match[2] === undefined ? `${normalised}Z` : normalised);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * Date, or date and time with optional fraction and zone: `2026-11-22`, `2026-11-22T10:00:00.5+01:00`.
 * Group 1 is the time part, group 2 the zone; a time without a zone is read as UTC.
 */
export const ISO_DATETIME =
  /^\d{4}-\d{2}-\d{2}(?:([T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The value as a set of strings (a string-set field); non-string items and non-lists are ignored. */
export function asStringSet(value: FieldValue): Set<string> {
  const set = new Set<string>();
  if (!Array.isArray(value)) return set;
  for (const item of value) if (typeof item === 'string') set.add(item);
  return set;
}

/** A set as a sorted list, so the same members always serialise the same way. */
export function sortedList(set: ReadonlySet<string>): string[] {
  return [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** True for a JSON object (not null, not a list). */
export function isJsonObject(value: FieldValue): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
