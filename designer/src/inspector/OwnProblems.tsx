import { useOwnDiagnostics } from './hooks';

/** The problems of the selected node or edge, listed at the top of its inspector. */
export function OwnProblems(props: { id: string }) {
  const diagnostics = useOwnDiagnostics(props.id);
  if (diagnostics.length === 0) return null;
  return (
    <ul className="sc-inspector__problems" aria-label="Problems here">
      {diagnostics.map((d) => (
        <li
          key={`${d.code}${d.pointer}${d.message}`}
          className={`sc-inspector__problem sc-inspector__problem--${d.severity}`}
        >
          <strong>{d.message}</strong> {d.hint}
        </li>
      ))}
    </ul>
  );
}
