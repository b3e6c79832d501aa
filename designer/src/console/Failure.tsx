import type { RegistryFailure } from '@syncraft/runtime/registry';
import { describeDiagnostic, describeFailure } from '../registry/explain';

/** A refused or failed call in plain words: what happened, the server's reason, what to do. */
export function Failure(props: { failure: RegistryFailure; testId?: string }) {
  const described = describeFailure(props.failure);
  // The console is always served by the server: an answer that is not the API means a proxy or an
  // older server sits in between, not a designer opened from a file.
  const text =
    props.failure.kind === 'not-a-server'
      ? {
          ...described,
          title: 'The server did not answer as the Syncraft API',
          hint: 'Check that /api reaches the Syncraft server (a proxy in between may answer instead).',
        }
      : described;
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
