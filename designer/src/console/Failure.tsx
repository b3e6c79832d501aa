import type { RegistryFailure } from '@syncraft/runtime/registry';
import { describeDiagnostic, describeFailure } from '../registry/explain';

/** A refused or failed call in plain words: what happened, the server's reason, what to do. */
export function Failure(props: { failure: RegistryFailure; testId?: string }) {
  const text = describeFailure(props.failure);
  const diagnostics = props.failure.kind === 'refused' ? props.failure.diagnostics : [];
  return (
    <div className="sc-console__failure" role="alert" data-testid={props.testId ?? 'console-failure'}>
      <strong>{text.title}</strong>
      <p>{text.detail}</p>
      {text.hint ? <p className="sc-console__hint">{text.hint}</p> : null}
      {diagnostics.length > 0 ? (
        <ul>
          {diagnostics.map((d) => (
            <li key={`${d.code}:${d.pointer}:${d.message}`}>{describeDiagnostic(d)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
