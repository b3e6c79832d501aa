import { type SyncSpec, validate } from '../../spec';
import type { CliContext } from '../context';
import { readSpecFile } from '../files';
import { formatText } from '../report';

/**
 * Reads and validates one spec file (`-`: standard input); prints its problems to stderr and answers `undefined` when it
 * is not structurally valid. Throws a UsageError when the file cannot be read.
 */
export async function loadSpec(context: CliContext, file: string): Promise<SyncSpec | undefined> {
  const read = await readSpecFile(context, file);
  const result = validate(read.text);
  if (result.valid) return result.spec;
  context.err(formatText([{ file: read.file, valid: false, diagnostics: result.diagnostics }]));
  return undefined;
}
