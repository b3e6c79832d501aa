import { pendingTotal, type SyncStatus } from '@syncraft/runtime';
import { useSyncStatus } from '@syncraft/runtime/react';
import { PRIORITIES } from '@syncraft/runtime/spec';

/** The device's overall sync state in words: offline, syncing, synced — or what is waiting. */
export function overallState(status: SyncStatus): 'offline' | 'syncing' | 'synced' | 'waiting' {
  if (!status.online) return 'offline';
  if (status.inFlight || status.state === 'syncing') return 'syncing';
  return pendingTotal(status) === 0 ? 'synced' : 'waiting';
}

const WORDS = {
  offline: 'Offline',
  syncing: 'Syncing',
  synced: 'Synced',
  waiting: 'Waiting to sync',
} as const;

/** Global status: connection, what is pending per priority, problems, last sync. */
export function StatusBar() {
  const status = useSyncStatus();
  const state = overallState(status);
  const pending = pendingTotal(status);
  return (
    <section
      className={`status status--${state}`}
      aria-label="Sync status"
      data-testid="sync-status"
      data-state={state}
    >
      <p role="status" className="status__line">
        <strong>{WORDS[state]}</strong>
        {pending > 0 ? (
          <span data-testid="pending-count" data-pending={pending}>
            {' '}
            · {pending} {pending === 1 ? 'change' : 'changes'} saved on this device
          </span>
        ) : null}
        {status.lastSyncedAt ? (
          <span className="status__when">
            {' '}
            · last synced {new Date(status.lastSyncedAt).toLocaleTimeString()}
          </span>
        ) : null}
      </p>
      {pending > 0 ? (
        <ul className="status__priorities" aria-label="Waiting by priority">
          {PRIORITIES.filter((p) => status.pending[p] > 0).map((p) => (
            <li key={p} data-testid={`pending-${p}`}>
              {p}: {status.pending[p]}
            </li>
          ))}
        </ul>
      ) : null}
      {status.lastError ? (
        <p className="status__error" data-testid="last-error">
          Last problem: {status.lastError.message}
        </p>
      ) : null}
    </section>
  );
}
