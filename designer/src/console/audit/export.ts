import type { AuditEntry } from '@syncraft/runtime/protocol';

/** The columns of a CSV export, in order. */
export const AUDIT_COLUMNS = [
  'id',
  'at',
  'userId',
  'roles',
  'action',
  'appId',
  'hash',
  'comment',
  'details',
] as const;

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; a leading =+-@ is
 * prefixed with an apostrophe so a spreadsheet never runs a comment as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cell(entry: AuditEntry, column: (typeof AUDIT_COLUMNS)[number]): string {
  switch (column) {
    case 'id':
      return String(entry.id);
    case 'roles':
      return entry.roles.join(' ');
    case 'details':
      return JSON.stringify(entry.details);
    default:
      return entry[column] ?? '';
  }
}

/**
 * Audit entries as CSV with a header row and CRLF line ends; roles space-separated, details as JSON.
 *
 * @example
 * download(auditCsv(entries), 'audit.csv', 'text/csv');
 */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = [AUDIT_COLUMNS.join(',')];
  for (const entry of entries) rows.push(AUDIT_COLUMNS.map((c) => csvCell(cell(entry, c))).join(','));
  return `${rows.join('\r\n')}\r\n`;
}

/** Audit entries as JSON lines, as the server's export streams them. */
export function auditNdjson(entries: readonly AuditEntry[]): string {
  return entries.map((e) => `${JSON.stringify(e)}\n`).join('');
}

/** The file name of an export: `syncraft-audit-<app or all>-<date>.<ext>`. */
export function exportFileName(appId: string | undefined, at: Date, ext: 'csv' | 'ndjson'): string {
  const day = at.toISOString().slice(0, 10);
  return `syncraft-audit-${appId && appId !== '' ? appId : 'all'}-${day}.${ext}`;
}
