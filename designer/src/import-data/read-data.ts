import { isOpenApi, shapesFromOpenApi } from './from-openapi';
import { shapeFromCsv, shapesFromJsonSamples } from './from-samples';
import { isDescribedTables, shapesFromTables } from './from-tables';
import type { TableShape } from './shape';

/** Where a file's tables came from, for the preview. */
export type DataKind = 'csv' | 'json-samples' | 'openapi' | 'postgres-tables';

/**
 * Reads one file a person picked into tables, recognising its kind by name and content: CSV with a
 * header row, an OpenAPI document (JSON), the answer of the PostgreSQL describe query, or sample
 * JSON records. Throws an Error whose message says what is wrong and where.
 */
export function readDataFile(fileName: string, text: string): { kind: DataKind; shapes: TableShape[] } {
  if (/\.(csv|tsv)$/i.test(fileName)) return { kind: 'csv', shapes: [shapeFromCsv(fileName, text)] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (/^\s*(openapi|swagger)\s*:/m.test(text))
      throw new Error(`${fileName} is an OpenAPI document in YAML: save it as JSON and open that.`);
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${fileName} is neither CSV nor JSON (${detail}). Open a .csv file with a header row or a .json file.`,
    );
  }
  if (isOpenApi(value)) return { kind: 'openapi', shapes: shapesFromOpenApi(value) };
  if (isDescribedTables(value)) return { kind: 'postgres-tables', shapes: shapesFromTables(value) };
  return { kind: 'json-samples', shapes: shapesFromJsonSamples(fileName, value) };
}
