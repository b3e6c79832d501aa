import type { Diagnostic } from '../../spec';
import { type CliContext, EXIT, type ExitCode, UsageError } from '../context';
import { expandFiles, readSpecFile } from '../files';
import type { OutputFormat } from '../options';
import { type FileReport, formatJson, formatText } from '../report';

/** How `validate` and `lint` check each file and when the run fails. */
export interface CheckRun {
  readonly files: readonly string[];
  readonly format: OutputFormat;
  readonly check: (text: string) => { valid: boolean; diagnostics: readonly Diagnostic[] };
  /** Fail when the warnings of all files together exceed this many. */
  readonly maxWarnings?: number;
}

/**
 * Checks every file (patterns expanded, `-` read from standard input), prints the findings, and answers the exit code: 2 when a file cannot be read,
 * 1 when any is invalid (or has too many warnings), else 0. Readable files are reported either way.
 */
export async function checkFiles(context: CliContext, run: CheckRun): Promise<ExitCode> {
  const reports: FileReport[] = [];
  let unreadable = false;
  for (const file of await expandFiles(context, run.files)) {
    try {
      const read = await readSpecFile(context, file);
      const { valid, diagnostics } = run.check(read.text);
      reports.push({ file: read.file, valid, diagnostics });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      context.err(`syncraft: ${error.message}\n`);
      unreadable = true;
    }
  }
  context.out(run.format === 'json' ? formatJson(reports) : formatText(reports));
  if (unreadable) return EXIT.usage;
  if (reports.some((r) => !r.valid)) return EXIT.failed;
  if (run.maxWarnings !== undefined) {
    const warnings = reports.flatMap((r) => r.diagnostics).filter((d) => d.severity === 'warning').length;
    if (warnings > run.maxWarnings) {
      context.err(
        `syncraft: ${warnings} warnings, more than the ${run.maxWarnings} allowed by --max-warnings\n`,
      );
      return EXIT.failed;
    }
  }
  return EXIT.ok;
}
