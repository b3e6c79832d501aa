import type { RegistryDiagnostic } from '@syncraft/runtime/protocol';
import { describePointer } from '@syncraft/runtime/spec';
import { diagnosticTitle } from '../problems/titles';

/**
 * Spec and policy findings in plain language: errors first; a policy finding names its policy, a
 * spec finding its kind of problem ("Missing property") before its code, and the place reads as a
 * person finds it in the drawing ("entity “Job” › field “status”"), named from `spec` (the spec that
 * was sent). The JSON pointer stays for tools: in `data-pointer` and the place's tooltip.
 * Test ids `publish-findings`, `finding-place`.
 */
export function FindingList({ findings, spec }: { findings: readonly RegistryDiagnostic[]; spec?: unknown }) {
  const sorted = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <ul className="sc-publish__findings" data-testid="publish-findings">
      {sorted.map((d) => (
        <li
          key={`${d.code}|${d.pointer}|${d.message}`}
          className={`sc-publish__finding sc-publish__finding--${d.severity}`}
          data-pointer={d.pointer}
        >
          <p>
            <strong>{d.code === 'POLICY' ? `Policy “${d.policy}”` : diagnosticTitle(d.code)}</strong>{' '}
            <span className="sc-publish__severity">{d.severity}</span>{' '}
            {d.pointer ? (
              <span className="sc-publish__place" title={d.pointer} data-testid="finding-place">
                {describePointer(spec, d.pointer)}
              </span>
            ) : null}{' '}
            {d.code === 'POLICY' ? null : <span className="sc-publish__code">{d.code}</span>}
          </p>
          <p>{d.message}</p>
          {d.hint ? <p className="sc-publish__hint">{d.hint}</p> : null}
        </li>
      ))}
    </ul>
  );
}
