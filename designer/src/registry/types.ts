import type { Diagnostic, SpecChange } from '@syncraft/runtime/spec';

/**
 * The registry's answers, as documented in docs/governance.md. The server is not a dependency of
 * the designer, so these mirror its JSON; every answer is checked by `parse.ts` before use.
 */

/** A policy violation: a diagnostic with the code `POLICY` and the name of the broken policy. */
export interface PolicyDiagnostic extends Omit<Diagnostic, 'code' | 'severity'> {
  readonly code: 'POLICY';
  readonly severity: 'error' | 'warning';
  readonly policy: string;
}

/** A spec finding (`SPEC0xx`) or a policy finding, side by side. */
export type RegistryDiagnostic = Diagnostic | PolicyDiagnostic;

/** Where a version is in review. */
export type VersionStatus = 'draft' | 'pending' | 'approved' | 'rejected';

/** `POST /api/specs/validate`. */
export interface ValidateAnswer {
  readonly valid: boolean;
  readonly diagnostics: readonly RegistryDiagnostic[];
}

/** A version as listed (no spec). */
export interface VersionSummary {
  readonly appId: string;
  readonly hash: string;
  readonly appVersion: string;
  readonly status: VersionStatus;
  readonly published: boolean;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** `POST /api/apps/:appId/versions`: 201 when created, 200 when that content was saved before. */
export interface SaveAnswer extends VersionSummary {
  readonly created: boolean;
  readonly diagnostics: readonly RegistryDiagnostic[];
}

/** A submission for review (`POST …/versions/:hash/submit`, and in a review). */
export interface Submission {
  readonly id: string;
  readonly round: number;
  readonly status: 'pending' | 'approved' | 'rejected';
  readonly submittedBy: string;
  readonly submittedAt: string;
  readonly warnings: readonly RegistryDiagnostic[];
  readonly decidedBy: string | null;
  readonly decisionComment: string | null;
}

/** A reviewer's or author's comment on a version. */
export interface ReviewComment {
  readonly id: string;
  readonly author: string;
  readonly body: string;
  readonly createdAt: string;
}

/** `GET /api/apps/:appId/versions/:hash/review`: everything a reviewer needs on one page. */
export interface ReviewAnswer {
  readonly version: VersionSummary;
  readonly submission: Submission | null;
  readonly published: { readonly hash: string; readonly appVersion: string | null } | null;
  readonly diff: {
    readonly changes: readonly SpecChange[];
    readonly summary: { readonly changes: number; readonly breaking: number; readonly highRisk: number };
  };
  readonly warnings: readonly RegistryDiagnostic[];
  readonly comments: readonly ReviewComment[];
}
