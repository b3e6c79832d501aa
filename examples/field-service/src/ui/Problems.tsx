import type { DeadLetter, RejectedOperation, SyncClient } from '@syncraft/runtime';
import { useClient } from '../sync/hooks';
import { useStatusList } from './use-status-list';

const readRejected = (client: SyncClient) => client.rejected.list();
const readDead = (client: SyncClient) => client.deadLetters.list();

const what = (op: {
  entity: string;
  key: string;
  kind: string;
  changes: Readonly<Record<string, unknown>>;
}) =>
  op.kind === 'delete'
    ? `delete ${op.entity} ${op.key}`
    : `${op.entity} ${op.key}: ${Object.keys(op.changes).join(', ')}`;

/** Writes the server refused ("the server undid this") and writes that could not be delivered. */
export function Problems() {
  const client = useClient();
  const rejected = useStatusList<RejectedOperation>(readRejected);
  const dead = useStatusList<DeadLetter>(readDead);
  return (
    <section aria-labelledby="problems-heading">
      <h2 id="problems-heading">Changes that did not go through</h2>
      <h3>Undone by the server</h3>
      {rejected.items.length === 0 ? (
        <p data-testid="no-rejected">None.</p>
      ) : (
        <ul className="problems" data-testid="rejected">
          {rejected.items.map((r) => (
            <li key={r.id} data-testid="rejected-item">
              <p>
                <strong>{what(r.operation)}</strong> — the server undid this: {r.message}
              </p>
              <button type="button" onClick={() => void client.rejected.dismiss(r.id).then(rejected.reload)}>
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Not delivered</h3>
      {dead.items.length === 0 ? (
        <p data-testid="no-dead-letters">None.</p>
      ) : (
        <ul className="problems" data-testid="dead-letters">
          {dead.items.map((d) => (
            <li key={d.id} data-testid="dead-letter">
              <p>
                <strong>{what(d.operation)}</strong> — {d.attempts} attempts, last: {d.lastError}
              </p>
              <div className="row">
                <button type="button" onClick={() => void client.deadLetters.retry(d.id).then(dead.reload)}>
                  Retry
                </button>
                <button type="button" onClick={() => void client.deadLetters.discard(d.id).then(dead.reload)}>
                  Discard
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
