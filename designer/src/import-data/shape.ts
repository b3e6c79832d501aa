import type { Field } from '@syncraft/runtime/spec';

/**
 * What every data source is read into before it becomes entities: a table of named, typed columns.
 * Sample files, OpenAPI schemas and database tables all land here, so the step from shapes to
 * entities (keys, references, default conflict rules) is written once.
 */
export interface TableShape {
  /** Where the table came from, as the person knows it: a file, a schema or a table name. */
  source: string;
  /** The entity name proposed for it (already a valid spec name). */
  name: string;
  description?: string;
  columns: ColumnShape[];
  /** The column the source declares as the identity (a primary key), when it declares one. */
  primaryKey?: string;
  /** Columns the source declares as pointing at another table (foreign keys). */
  foreignKeys: { column: string; table: string }[];
}

/** One column with the field type proposed for it. */
export interface ColumnShape {
  /** The column as the source spells it. */
  original: string;
  /** A valid field name for it (the same as `original` whenever that is already valid). */
  name: string;
  type: Field['type'];
  required: boolean;
  /** Allowed values of an enum column, in the order they were first seen. */
  values?: string[];
  description?: string;
  /** Every sampled value is distinct and present: a candidate key. */
  unique?: boolean;
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Words of a name: "due date", "order-id", "WorkOrder" and "work_orders" all split sensibly. */
function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * A valid field name for a column: kept as is when valid, otherwise camelCased from its words
 * ("due date" → "dueDate", "order-id" → "orderId"), prefixed when it starts with a digit.
 */
export function fieldNameFrom(text: string): string {
  if (IDENTIFIER.test(text)) return text;
  const parts = words(text).map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1)));
  let name = parts.join('') || 'field';
  if (!/^[A-Za-z]/.test(name)) name = `f${name}`;
  return name.slice(0, 64);
}

/** Singular of an English plural, for the common shapes only ("jobs", "categories", "addresses"). */
function singular(word: string): string {
  if (/ies$/i.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/i.test(word)) return word;
  if (/(ches|shes|sses|xes)$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/**
 * An entity name for a table or file: PascalCase and singular ("work_orders.csv" → "WorkOrder",
 * "site" → "Site").
 */
export function entityNameFrom(text: string): string {
  const base = text.replace(/\.[A-Za-z0-9]+$/, '');
  const parts = words(base);
  if (parts.length === 0) return 'Record';
  parts[parts.length - 1] = singular(parts[parts.length - 1]!);
  let name = parts.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('');
  if (!/^[A-Za-z]/.test(name)) name = `T${name}`;
  return name.slice(0, 64);
}

/** `name`, or `name2`, `name3`… when taken. */
export function unique(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let i = 2; taken.has(candidate); i++) candidate = `${name.slice(0, 62)}${i}`;
  taken.add(candidate);
  return candidate;
}

/** Field names for a row of column names: valid and distinct, in order. */
export function fieldNames(originals: readonly string[]): string[] {
  const taken = new Set<string>();
  return originals.map((o) => unique(fieldNameFrom(o), taken));
}
