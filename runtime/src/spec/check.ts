import { type Diagnostic, hasErrors, sortDiagnostics } from './diagnostics';
import { lint } from './lint';
import type { SyncSpec } from './types';
import { validate } from './validate';

/** The outcome of {@link check}: `valid` is false when any diagnostic is an error. */
export interface CheckResult {
  readonly valid: boolean;
  /** The spec, when it is structurally valid (even if lint found errors in its meaning). */
  readonly spec?: SyncSpec;
  readonly diagnostics: Diagnostic[];
}

/**
 * Validates the structure of any input (object or JSON text) and, when it is structurally valid,
 * lints its meaning. Never throws. Diagnostics are sorted errors first, then by pointer.
 *
 * @example
 * const { valid, diagnostics } = check(readFileSync('app.sync.json', 'utf8'));
 */
export function check(input: unknown): CheckResult {
  const result = validate(input);
  if (!result.valid) return { valid: false, diagnostics: sortDiagnostics(result.diagnostics) };
  const diagnostics = sortDiagnostics([...result.diagnostics, ...lint(result.spec)]);
  return { valid: !hasErrors(diagnostics), spec: result.spec, diagnostics };
}
