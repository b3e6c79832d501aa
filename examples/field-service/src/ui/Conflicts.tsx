import type { ConflictRecord } from '@syncraft/runtime';
import { useConflicts } from '@syncraft/runtime/react';
import { useId, useState } from 'react';
import { ReadFailed } from './ReadFailed';

const shown = (value: unknown) =>
  value === undefined || value === null || value === ''
    ? '(empty)'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

function ConflictCard(props: {
  readonly conflict: ConflictRecord;
  readonly resolve: ReturnType<typeof useConflicts>['resolve'];
}) {
  const { conflict } = props;
  const ids = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A single text field (the job's notes) can also be merged by hand: both versions to start from.
  const own = conflict.fields.length === 1 ? conflict.fields[0] : undefined;
  const [merged, setMerged] = useState(() =>
    own
      ? [conflict.server[own], conflict.client[own]]
          .filter((v) => typeof v === 'string' && v !== '')
          .join('\n')
      : '',
  );
  const pick = (choice: 'server' | 'client' | { values: Record<string, string> }) => {
    setBusy(true);
    setError(null);
    props.resolve(conflict.id, choice).catch((e: unknown) => {
      setBusy(false);
      setError(e instanceof Error ? e.message : String(e));
    });
  };
  return (
    <li
      className="conflict"
      data-testid="conflict"
      data-conflict={conflict.id}
      aria-labelledby={`${ids}-title`}
    >
      <h3 id={`${ids}-title`}>
        {conflict.entity} {conflict.key}: {conflict.fields.join(', ')}
      </h3>
      <p data-testid="conflict-prompt">
        {conflict.prompt ?? 'Two people changed this. Pick the version to keep.'}
      </p>
      <div className="versions">
        <figure>
          <figcaption>Their version</figcaption>
          {conflict.fields.map((f) => (
            <pre key={f} data-testid="conflict-server">
              {shown(conflict.server[f])}
            </pre>
          ))}
          <button type="button" disabled={busy} onClick={() => pick('server')} data-testid="keep-server">
            Keep their version
          </button>
        </figure>
        <figure>
          <figcaption>Your version</figcaption>
          {conflict.fields.map((f) => (
            <pre key={f} data-testid="conflict-client">
              {shown(conflict.client[f])}
            </pre>
          ))}
          <button type="button" disabled={busy} onClick={() => pick('client')} data-testid="keep-client">
            Keep your version
          </button>
        </figure>
      </div>
      {own ? (
        <div className="field">
          <label htmlFor={`${ids}-own`}>Or write the version to keep</label>
          <textarea id={`${ids}-own`} rows={3} value={merged} onChange={(e) => setMerged(e.target.value)} />
          <button
            type="button"
            disabled={busy}
            data-testid="keep-own"
            onClick={() => pick({ values: { [own]: merged } })}
          >
            Keep this version
          </button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </li>
  );
}

/** Manual conflicts waiting for a person, with both versions and the rule's prompt. */
export function Conflicts() {
  const { conflicts, resolve, status, error, retry } = useConflicts();
  return (
    <section aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">Conflicts to decide</h2>
      {status === 'error' ? <ReadFailed what="conflicts" error={error} retry={retry} /> : null}
      {status === 'loading' ? (
        <p role="status">Loading…</p>
      ) : conflicts.length === 0 ? (
        <p data-testid="no-conflicts">Nothing to decide.</p>
      ) : (
        <ul className="conflicts" data-testid="conflicts">
          {conflicts.map((c) => (
            <ConflictCard key={c.id} conflict={c} resolve={resolve} />
          ))}
        </ul>
      )}
    </section>
  );
}
