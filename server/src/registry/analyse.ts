import { check, type Diagnostic, type SyncSpec } from '@syncraft/runtime/spec';
import { evaluatePolicies } from './policies/evaluate';
import type { PolicyDiagnostic, PolicySet, RegistryDiagnostic } from './policies/types';

/** What the registry knows about a spec: the typed spec when it is structurally valid, and findings. */
export interface SpecAnalysis {
  readonly spec: SyncSpec | undefined;
  /** Spec diagnostics (structure and meaning). */
  readonly specDiagnostics: readonly Diagnostic[];
  /** Organisation policy violations (only evaluated on a structurally valid spec). */
  readonly policyDiagnostics: readonly PolicyDiagnostic[];
}

/**
 * Checks a spec as the registry does at every step: the spec module's `check` (structure and
 * meaning), then the
 * organisation's policies. Never throws.
 */
export function analyseSpec(input: unknown, policies: PolicySet): SpecAnalysis {
  const result = check(input);
  if (result.spec === undefined)
    return { spec: undefined, specDiagnostics: result.diagnostics, policyDiagnostics: [] };
  return {
    spec: result.spec,
    specDiagnostics: result.diagnostics,
    policyDiagnostics: evaluatePolicies(result.spec, policies),
  };
}

/** Spec and policy findings in one list, errors first. */
export function allDiagnostics(analysis: SpecAnalysis): RegistryDiagnostic[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...analysis.specDiagnostics, ...analysis.policyDiagnostics].sort(
    (a, b) => rank[a.severity] - rank[b.severity],
  );
}

/** True when any spec diagnostic is an error. */
export function hasSpecErrors(analysis: SpecAnalysis): boolean {
  return analysis.spec === undefined || analysis.specDiagnostics.some((d) => d.severity === 'error');
}

/** True when any policy diagnostic is an error. */
export function hasPolicyErrors(analysis: SpecAnalysis): boolean {
  return analysis.policyDiagnostics.some((d) => d.severity === 'error');
}

/** The warnings a reviewer should see (spec and policy). */
export function warningsOf(analysis: SpecAnalysis): RegistryDiagnostic[] {
  return allDiagnostics(analysis).filter((d) => d.severity !== 'error');
}
