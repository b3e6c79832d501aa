import { type Diagnostic, type SyncSpec, validate } from '@syncraft/runtime/spec';

/** The outcome of reading a spec file chosen by the person. */
export type ReadSpecResult =
  | { readonly ok: true; readonly spec: SyncSpec }
  | {
      readonly ok: false;
      readonly fileName: string;
      readonly diagnostics: readonly Diagnostic[];
      /** The file as parsed, when it is JSON: names the places of the problems (entity “Job” › …). */
      readonly document?: unknown;
    };

/**
 * Parses and validates the text of an imported spec file. Never throws: bad JSON, forbidden keys and
 * schema violations all come back as catalogue diagnostics with a JSON pointer and a hint.
 */
export function readSpecText(fileName: string, text: string): ReadSpecResult {
  const result = validate(text);
  if (result.valid) return { ok: true, spec: result.spec };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    document = undefined; // the diagnostics say where the JSON breaks
  }
  return { ok: false, fileName, diagnostics: result.diagnostics, document };
}

/** Reads a `File` from an `<input type="file">` or a drop, then {@link readSpecText}. */
export async function readSpecFile(file: File): Promise<ReadSpecResult> {
  return readSpecText(file.name, await file.text());
}
