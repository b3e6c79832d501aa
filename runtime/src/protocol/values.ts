/** Values carried by the wire format: field values and clock timestamps. */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Field name → value of one record. */
export type RecordValues = Record<string, JsonValue>;

/**
 * A hybrid-logical-clock timestamp, written so that string order is time order:
 * `<wall ms, 13 digits>-<counter, 6 digits>-<node id>`, e.g. `1732252800000-000003-dev42`.
 */
export type Hlc = string;
