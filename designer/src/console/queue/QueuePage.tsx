import type { QueuedSubmission, Session } from '@syncraft/runtime/protocol';
import type { RegistryClient, RegistryResult } from '@syncraft/runtime/registry';
import { Failure } from '../Failure';
import { count, shortHash, when } from '../format';
import { routeHref } from '../route';
import { useLoad } from '../useLoad';
import { type AppQueue, groupByApp, waitingRelease, whoSubmitted } from './group';

async function loadQueue(client: RegistryClient): Promise<RegistryResult<AppQueue[]>> {
  const [pending, approved, apps] = await Promise.all([
    client.reviews('pending'),
    client.reviews('approved'),
    client.apps(),
  ]);
  if (!pending.ok) return pending;
  if (!approved.ok) return approved;
  if (!apps.ok) return apps;
  return {
    ok: true,
    status: 200,
    value: groupByApp(pending.value.reviews, waitingRelease(approved.value.reviews, apps.value.apps)),
  };
}

/** The review queue: per app, the versions waiting for a decision and those waiting to be published. */
export function QueuePage(props: { client: RegistryClient; session: Session }) {
  const { state, reload } = useLoad('queue', () => loadQueue(props.client));
  return (
    <main className="sc-console__page" aria-labelledby="queue-title" data-testid="queue-page">
      <div className="sc-console__heading">
        <h1 id="queue-title">Review queue</h1>
        <button type="button" className="sc-button" onClick={() => void reload()}>
          Refresh
        </button>
      </div>
      {state.kind === 'loading' ? <p role="status">Loading the queue…</p> : null}
      {state.kind === 'failed' ? <Failure failure={state.failure} /> : null}
      {state.kind === 'ok' && state.value.length === 0 ? (
        <p data-testid="queue-empty">
          Nothing waits for review. Versions appear here when a builder submits them.
        </p>
      ) : null}
      {state.kind === 'ok' ? state.value.map((app) => <AppSection key={app.appId} app={app} />) : null}
    </main>
  );
}

function AppSection({ app }: { app: AppQueue }) {
  const titleId = `queue-app-${app.appId}`;
  return (
    <section className="sc-console__card" aria-labelledby={titleId} data-testid={`queue-app-${app.appId}`}>
      <h2 id={titleId}>
        <a href={routeHref({ page: 'app', appId: app.appId })}>{app.appId}</a>
      </h2>
      <p className="sc-console__counts">
        {count(app.pending.length, 'version')} waiting · {count(app.findings.errors, 'policy error')} ·{' '}
        {count(app.findings.warnings, 'warning')} · {count(app.breaking, 'breaking change')} ·{' '}
        {count(app.highRisk, 'high-risk change')}
      </p>
      {app.pending.length > 0 ? <Table caption="Waiting for review" rows={app.pending} /> : null}
      {app.approved.length > 0 ? (
        <Table caption="Approved, waiting to be published" rows={app.approved} />
      ) : null}
    </section>
  );
}

function Table(props: { caption: string; rows: readonly QueuedSubmission[] }) {
  return (
    <table className="sc-console__table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Who</th>
          <th scope="col">Submitted</th>
          <th scope="col">Findings</th>
          <th scope="col">Changes against published</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((s) => {
          const errors = s.warnings.filter((d) => d.severity === 'error').length;
          const warnings = s.warnings.length - errors;
          return (
            <tr key={s.id} data-testid={`queue-row-${s.hash}`}>
              <th scope="row">
                <a
                  href={routeHref({ page: 'review', appId: s.appId, hash: s.hash })}
                  data-testid="queue-open"
                >
                  {s.appVersion} <span className="sc-console__hash">{shortHash(s.hash)}</span>
                </a>
                {s.round > 1 ? <span className="sc-console__tag">round {s.round}</span> : null}
              </th>
              <td>{whoSubmitted(s)}</td>
              <td>
                <time dateTime={s.submittedAt}>{when(s.submittedAt)}</time>
              </td>
              <td>
                {errors + warnings === 0
                  ? 'none'
                  : [errors > 0 ? count(errors, 'error') : '', warnings > 0 ? count(warnings, 'warning') : '']
                      .filter(Boolean)
                      .join(', ')}
              </td>
              <td>
                {s.diff.against === null ? (
                  'first publication'
                ) : (
                  <>
                    {count(s.diff.changes, 'change')}
                    {s.diff.breaking > 0 ? (
                      <span className="sc-console__tag sc-console__tag--breaking">
                        {s.diff.breaking} breaking
                      </span>
                    ) : null}
                    {s.diff.highRisk > 0 ? (
                      <span className="sc-console__tag sc-console__tag--high">
                        {s.diff.highRisk} high risk
                      </span>
                    ) : null}
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
