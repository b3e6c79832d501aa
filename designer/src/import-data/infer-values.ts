import type { ColumnShape } from './shape';

/** ISO 8601 dates and date-times, as JSON and CSV exports write them. */
const DATETIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** Integers named like tallies become counters (merged by adding increments, never lost). */
const COUNTER_NAME = /(count|qty|quantity|tally|used)$/i;
/** A text value this long, or with line breaks, is prose: a `text` field. */
const LONG_TEXT = 200;

/** The most distinct values an enum proposal may have. */
const ENUM_MAX_VALUES = 12;

/**
 * Proposes a field type from sampled values (nulls and empty strings mean "missing"):
 * booleans, integers (counters when named like one), numbers, date-times, enums (few values,
 * each repeated), text, string sets (arrays of strings), JSON for anything else.
 */
export function inferColumn(
  original: string,
  name: string,
  values: readonly unknown[],
): Omit<ColumnShape, 'description'> {
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  const required = values.length > 0 && present.length === values.length;
  const distinct = new Set(present.map((v) => (typeof v === 'object' ? JSON.stringify(v) : v)));
  const unique = required && distinct.size === present.length && present.length > 0;
  const base = { original, name, required, ...(unique && { unique }) };
  if (present.length === 0) return { ...base, type: 'string' };
  if (present.every((v) => typeof v === 'boolean')) return { ...base, type: 'boolean' };
  if (present.every((v) => typeof v === 'number')) {
    if (present.every((v) => Number.isInteger(v)))
      return { ...base, type: COUNTER_NAME.test(name) ? 'counter' : 'integer' };
    return { ...base, type: 'number' };
  }
  if (present.every((v) => Array.isArray(v) && v.every((item) => typeof item === 'string')))
    return { ...base, type: 'string-set' };
  if (!present.every((v) => typeof v === 'string')) return { ...base, type: 'json' };
  const strings = present as string[];
  if (strings.every((s) => DATETIME.test(s))) return { ...base, type: 'datetime' };
  if (strings.some((s) => s.length > LONG_TEXT || s.includes('\n'))) return { ...base, type: 'text' };
  // An enum: a handful of short values, each seen more than once on average (identifiers of other
  // records, `siteId`, repeat too but are references).
  if (
    !unique &&
    !/(id|Id|ID)$/.test(name) &&
    strings.length >= 4 &&
    distinct.size >= 2 &&
    distinct.size <= ENUM_MAX_VALUES &&
    distinct.size * 2 <= strings.length &&
    strings.every((s) => s.length <= 40)
  )
    return { ...base, type: 'enum', values: [...distinct] as string[] };
  return { ...base, type: 'string' };
}

/** A CSV cell as the value it spells: empty is missing, true/false, numbers, otherwise text. */
export function cellValue(cell: string): unknown {
  const text = cell.trim();
  if (text === '') return null;
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  // Leading zeros ("007", postcodes) are text, not numbers.
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return Number(text);
  return cell;
}
