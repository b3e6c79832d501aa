import type { Diagnostic } from '../spec';

/** The result of checking one file, as printed by `validate` and `lint`. */
export interface FileReport {
  readonly file: string;
  readonly valid: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/** `file:pointer  CODE severity  message` with the hint indented below, one block per finding. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const { file, diagnostics } of reports) {
    for (const d of diagnostics) {
      lines.push(`${file}${d.pointer === '' ? '' : `:${d.pointer}`}  ${d.code} ${d.severity}  ${d.message}`);
      lines.push(`    ${d.hint}`);
    }
  }
  lines.push(summaryLine(reports));
  return `${lines.join('\n')}\n`;
}

/** `2 files checked: 1 valid, 1 invalid (3 errors, 1 warning)`. */
export function summaryLine(reports: readonly FileReport[]): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const valid = reports.filter((r) => r.valid).length;
  const all = reports.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  return `${count(reports.length, 'file')} checked: ${valid} valid, ${reports.length - valid} invalid (${count(errors, 'error')}, ${count(warnings, 'warning')})`;
}

/** The machine-readable form: one object listing every file. */
export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify({ files: reports }, null, 2)}\n`;
}
