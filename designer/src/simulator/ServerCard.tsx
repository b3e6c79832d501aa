import type { Entity } from '@syncraft/runtime/spec';
import type { Simulation } from './engine';
import { RecordsTable } from './RecordsTable';
import type { ServerView } from './server/server-side';

/**
 * The server column: the records of the chosen entity as the server holds them, read from the
 * server the devices sync with (on the Syncraft server, its sandbox's records endpoint).
 * Test ids: `server-place` (with `data-sandbox` naming the sandbox), `server-records`, `server-problem`.
 */
export function ServerCard(props: { simulation: Simulation; view: ServerView; entity: Entity | undefined }) {
  const { view, entity } = props;
  const { place } = props.simulation.server;
  return (
    <section className="sc-sim__card sc-sim__card--server" aria-label="Server">
      <header className="sc-sim__card-header">
        <h3>Server</h3>
        {view.conflicts !== undefined && (
          <span className="sc-sim__state" data-testid="server-conflicts">
            {view.conflicts} conflicts recorded
          </span>
        )}
      </header>
      <p
        className="sc-sim__hint"
        data-testid="server-place"
        {...(place.kind === 'sandbox' ? { 'data-sandbox': place.id } : {})}
      >
        {place.kind === 'sandbox' ? (
          <>
            Sandbox <code>{place.id}</code> on {place.origin}, until{' '}
            {new Date(place.expiresAt).toLocaleTimeString()}
          </>
        ) : (
          'In this browser'
        )}
      </p>
      {view.problem && (
        <p className="sc-sim__error" role="alert" data-testid="server-problem">
          {view.problem}
        </p>
      )}
      {entity && (
        <RecordsTable
          entity={entity}
          records={view.records.get(entity.name) ?? []}
          caption={`${entity.name} on the server`}
          testId="server-records"
        />
      )}
    </section>
  );
}
