import Papa from 'papaparse';
import { cellValue, inferColumn } from './infer-values';
import { entityNameFrom, fieldNames, type TableShape } from './shape';

type Row = Record<string, unknown>;

const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One table from sample records: every key seen in any record becomes a column. */
export function shapeFromRecords(source: string, rows: readonly Row[]): TableShape {
  const originals: string[] = [];
  const seen = new Set<string>();
  for (const row of rows)
    for (const key of Object.keys(row))
      if (!seen.has(key)) {
        seen.add(key);
        originals.push(key);
      }
  const names = fieldNames(originals);
  return {
    source,
    name: entityNameFrom(source),
    columns: originals.map((original, i) =>
      inferColumn(
        original,
        names[i]!,
        rows.map((row) => row[original]),
      ),
    ),
    foreignKeys: [],
  };
}

/**
 * Tables from a sample JSON file: an array of records is one table named after the file; an object
 * whose values are arrays of records is one table per key (`{ "jobs": [...], "sites": [...] }`).
 */
export function shapesFromJsonSamples(fileName: string, value: unknown): TableShape[] {
  if (Array.isArray(value)) {
    const rows = value.filter(isRow);
    if (rows.length === 0) throw new Error(`${fileName} holds no records: expected an array of objects.`);
    return [shapeFromRecords(fileName, rows)];
  }
  if (isRow(value)) {
    const tables = Object.entries(value).filter(
      (entry): entry is [string, Row[]] => Array.isArray(entry[1]) && entry[1].some(isRow),
    );
    if (tables.length > 0) return tables.map(([name, rows]) => shapeFromRecords(name, rows.filter(isRow)));
    return [shapeFromRecords(fileName, [value])];
  }
  throw new Error(`${fileName} holds no records: expected an array of objects or an object of arrays.`);
}

/** One table from a CSV file with a header row; cells become booleans, numbers or text. */
export function shapeFromCsv(fileName: string, text: string): TableShape {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, skipEmptyLines: true });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
  if (fatal) throw new Error(`${fileName}, row ${(fatal.row ?? 0) + 2}: ${fatal.message}.`);
  const header = parsed.meta.fields ?? [];
  if (header.length === 0) throw new Error(`${fileName} has no header row naming its columns.`);
  const rows = parsed.data.map((raw) =>
    Object.fromEntries(header.map((column) => [column, cellValue(raw[column] ?? '')])),
  );
  return shapeFromRecords(fileName, rows);
}
