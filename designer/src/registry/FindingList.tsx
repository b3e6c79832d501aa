import type { RegistryDiagnostic } from '@syncraft/runtime/protocol';

/**
 * Spec and policy findings in plain language: errors first; a policy finding names its policy.
 * Test id `publish-findings`.
 */
export function FindingList({ findings }: { findings: readonly RegistryDiagnostic[] }) {
  const sorted = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <ul className="sc-publish__findings" data-testid="publish-findings">
      {sorted.map((d) => (
        <li
          key={`${d.code}|${d.pointer}|${d.message}`}
          className={`sc-publish__finding sc-publish__finding--${d.severity}`}
        >
          <p>
            <strong>{d.code === 'POLICY' ? `Policy “${d.policy}”` : d.code}</strong>{' '}
            <span className="sc-publish__severity">{d.severity}</span>{' '}
            {d.pointer ? <code>{d.pointer}</code> : null}
          </p>
          <p>{d.message}</p>
          {d.hint ? <p className="sc-publish__hint">{d.hint}</p> : null}
        </li>
      ))}
    </ul>
  );
}
