import type { RegistryDiagnostic } from '@syncraft/runtime/protocol';
import type { RegistryFailure } from '@syncraft/runtime/registry';
import { describePointer } from '@syncraft/runtime/spec';
import { diagnosticTitle } from '../problems/titles';

/** A failure in plain language: a headline, what happened, and what to do. */
export interface Explanation {
  readonly title: string;
  readonly detail: string;
  readonly hint?: string;
}

/** Policy names of the policy findings, in order, without repeats. */
export function policyNames(diagnostics: readonly RegistryDiagnostic[]): string[] {
  return [...new Set(diagnostics.flatMap((d) => (d.code === 'POLICY' ? [d.policy] : [])))];
}

/** Explains a {@link RegistryFailure} for the person in front of the designer. */
export function describeFailure(failure: RegistryFailure): Explanation {
  switch (failure.kind) {
    case 'no-token':
      return {
        title: 'An access token is needed',
        detail:
          'Sign in above: choose a dev user on your own computer, or paste the access token from your identity provider (it stays with this browser’s open tabs of this server).',
      };
    case 'unreachable':
      return {
        title: 'The Syncraft server could not be reached',
        detail: `${failure.url}: ${failure.message}.`,
        hint: 'The designer keeps working without it. Try again when the server is up, or export the spec and run “pnpm syncraft push” later.',
      };
    case 'not-a-server':
      return {
        title: 'This designer is not served by a Syncraft server',
        detail: `${failure.url} answered ${failure.status} without the Syncraft API.`,
        hint: 'Open the designer from your Syncraft server to publish from here, or export the spec and run “pnpm syncraft push”.',
      };
    case 'bad-answer':
      return {
        title: 'The server’s answer was not understood',
        detail: `${failure.status}: ${failure.message}. The server may run another Syncraft version.`,
      };
    case 'refused': {
      const said = `${failure.message}${failure.pointer ? ` (at ${failure.pointer})` : ''}`;
      const hint = failure.hint === undefined ? {} : { hint: failure.hint };
      if (failure.status === 401)
        return {
          title: 'The server did not accept your token',
          detail: said,
          hint: failure.hint ?? 'Paste a fresh token (for example the one “syncraft login” uses).',
        };
      if (failure.status === 403) return { title: 'Your role may not do this', detail: said, ...hint };
      if (failure.status === 409)
        return { title: 'Not possible in the version’s current state', detail: said, ...hint };
      if (failure.code === 'policy-violation') {
        // The title names the policies that block; warnings are listed with the findings.
        const blocking = policyNames(failure.diagnostics.filter((d) => d.severity === 'error'));
        const names = blocking.length > 0 ? blocking : policyNames(failure.diagnostics);
        return {
          title: `The spec breaks the organisation’s policies${names.length > 0 ? `: ${names.join(', ')}` : ''}`,
          detail: said,
          hint:
            failure.hint ?? 'Each finding below names the policy and how to comply; fix them and save again.',
        };
      }
      if (failure.code === 'invalid-spec')
        return {
          title: 'The server found errors in the spec',
          detail: said,
          hint: failure.hint ?? 'Fix the findings below and save again.',
        };
      return {
        title: `The server refused the request (${failure.status} ${failure.code})`,
        detail: said,
        ...hint,
      };
    }
  }
}

/**
 * One finding as a sentence: who says it (a policy, or the catalogue's kind of problem with its code),
 * where, what, and how to fix it. Given the spec the finding is about, the place reads as a person
 * finds it (`entity “Job” › field “status”`); without it, as the JSON pointer.
 */
export function describeDiagnostic(d: RegistryDiagnostic, spec?: unknown): string {
  const source =
    d.code === 'POLICY'
      ? `Policy “${d.policy}” (${d.severity})`
      : `${diagnosticTitle(d.code)} (${d.code}, ${d.severity})`;
  const where = d.pointer ? ` at ${spec === undefined ? d.pointer : describePointer(spec, d.pointer)}` : '';
  return `${source}${where}: ${d.message}${d.hint ? ` — ${d.hint}` : ''}`;
}
