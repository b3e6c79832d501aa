/**
 * The numbered catalogue of spec diagnostics. The CLI, the server and the designer all show these
 * words, so a code means the same thing everywhere. Codes are stable: never reuse or renumber one.
 *
 * - SPEC0xx: the document itself (parse, size, forbidden keys) and its structure (JSON Schema).
 * - SPEC1xx: meaning (lint): references, rules that cannot apply, unreachable states, ...
 */

export type Severity = 'error' | 'warning' | 'info';

/** One finding about a spec. `pointer` is a JSON Pointer (RFC 6901) into the spec document. */
export interface Diagnostic {
  /** Stable catalogue code, e.g. `SPEC012`. */
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** Where: a JSON Pointer such as `/entities/0/fields/2/type`; `''` is the whole document. */
  readonly pointer: string;
  /** What is wrong, in words a citizen developer understands. */
  readonly message: string;
  /** How to fix it. */
  readonly hint: string;
}

interface CatalogueEntry {
  readonly severity: Severity;
  /** A short name for the problem, used in docs and in the designer's problems panel filter. */
  readonly title: string;
}

/** Every diagnostic code with its default severity and title. */
export const diagnosticCatalogue = {
  SPEC001: { severity: 'error', title: 'Not valid JSON' },
  SPEC002: { severity: 'error', title: 'Spec too large' },
  SPEC003: { severity: 'error', title: 'Forbidden key' },
  SPEC004: { severity: 'error', title: 'Not a spec object' },
  SPEC005: { severity: 'error', title: 'Unsupported spec format version' },
  SPEC010: { severity: 'error', title: 'Missing property' },
  SPEC011: { severity: 'error', title: 'Unknown property' },
  SPEC012: { severity: 'error', title: 'Wrong type' },
  SPEC013: { severity: 'error', title: 'Value not allowed' },
  SPEC014: { severity: 'error', title: 'Badly formatted value' },
  SPEC015: { severity: 'error', title: 'Value out of range' },
  SPEC016: { severity: 'error', title: 'Repeated value' },
  SPEC017: { severity: 'error', title: 'Unknown kind' },
  SPEC018: { severity: 'error', title: 'Condition not understood' },
  SPEC019: { severity: 'error', title: 'Structure not valid' },
  // Lint: names and references.
  SPEC100: { severity: 'error', title: 'Unknown entity' },
  SPEC101: { severity: 'error', title: 'Unknown field' },
  SPEC102: { severity: 'error', title: 'Unknown parameter' },
  SPEC103: { severity: 'error', title: 'Unknown role' },
  SPEC104: { severity: 'error', title: 'Unknown offline state' },
  SPEC105: { severity: 'error', title: 'Duplicate name' },
  // Lint: keys and entity settings.
  SPEC110: { severity: 'error', title: 'Key field missing' },
  SPEC111: { severity: 'error', title: 'Key field not required' },
  SPEC112: { severity: 'error', title: 'Key field of the wrong type' },
  SPEC113: { severity: 'error', title: 'Key field encrypted' },
  SPEC114: { severity: 'error', title: 'Critical entity is online-only' },
  SPEC115: { severity: 'warning', title: 'Read-only entity pushes changes' },
  SPEC116: { severity: 'error', title: 'Default value not allowed' },
  SPEC117: { severity: 'error', title: 'Minimum above maximum' },
  SPEC118: { severity: 'error', title: 'Unsafe or invalid pattern' },
  // Lint: conflict rules.
  SPEC120: { severity: 'error', title: 'Conflict rule does not fit the field type' },
  SPEC121: { severity: 'error', title: 'Enum order names an unknown value' },
  SPEC122: { severity: 'warning', title: 'Enum order leaves values out' },
  SPEC123: { severity: 'warning', title: 'Field merge on a single field' },
  SPEC124: { severity: 'warning', title: 'Manual rule without a prompt' },
  SPEC125: { severity: 'error', title: 'Whole-record rule on a field' },
  // Lint: offline states.
  SPEC130: { severity: 'error', title: 'No online state' },
  SPEC131: { severity: 'error', title: 'State cannot return online' },
  SPEC132: { severity: 'warning', title: 'State unreachable' },
  SPEC133: { severity: 'error', title: 'User action without a name' },
  SPEC134: { severity: 'warning', title: 'Action name on a non-user event' },
  // Lint: scopes.
  SPEC140: { severity: 'warning', title: 'Comparison of mismatched types' },
  SPEC141: { severity: 'error', title: 'Time window over a non-date field' },
  SPEC142: { severity: 'warning', title: 'Compared value not among the enum values' },
  SPEC143: { severity: 'error', title: 'Relation in a condition does not resolve' },
  SPEC144: { severity: 'error', title: 'Condition follows too many relations' },
  SPEC145: { severity: 'info', title: 'Related records looked up without an index' },
  SPEC146: { severity: 'error', title: 'Calendar window never matches' },
  SPEC147: { severity: 'warning', title: 'Key compared with the user id' },
  // Lint: retry policy.
  SPEC150: { severity: 'error', title: 'Retry delays reversed' },
  // Lint: schedules.
  SPEC155: { severity: 'warning', title: 'Schedule that never pulls' },
  SPEC156: { severity: 'warning', title: 'Schedule with no effect' },
  SPEC157: { severity: 'warning', title: 'Schedule interval very short' },
  // Lint: relations.
  SPEC160: { severity: 'error', title: 'Relation field does not link the entities' },
  SPEC161: { severity: 'warning', title: 'Cascading deletes form a cycle' },
  // Lint: permissions.
  SPEC170: { severity: 'warning', title: 'Entity nobody can read' },
  SPEC171: { severity: 'warning', title: 'Grant shadowed by a broader grant' },
  SPEC172: { severity: 'warning', title: 'Write condition that never applies' },
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticCode = keyof typeof diagnosticCatalogue;

/** Builds a diagnostic with the catalogue's default severity unless one is given. */
export function diagnostic(
  code: DiagnosticCode,
  pointer: string,
  message: string,
  hint: string,
  severity: Severity = diagnosticCatalogue[code].severity,
): Diagnostic {
  return { code, severity, pointer, message, hint };
}

/** True when any diagnostic is an error (warnings and infos do not make a spec invalid). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts errors first, then by pointer, so output is stable across runs. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      severityOrder[a.severity] - severityOrder[b.severity] ||
      (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
