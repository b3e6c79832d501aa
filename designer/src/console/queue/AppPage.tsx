import type { PublicationList, Session, VersionList } from '@syncraft/runtime/protocol';
import type { RegistryClient, RegistryResult } from '@syncraft/runtime/registry';
import { STANDING_TEXT, versionStanding } from '../../registry/version-state';
import { ActionResult } from '../ActionResult';
import { Failure } from '../Failure';
import { shortHash, when } from '../format';
import { routeHref } from '../route';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { rollbackTargets } from './rollback';

type AppData = { versions: VersionList['versions']; publications: PublicationList['publications'] };

async function loadApp(client: RegistryClient, appId: string): Promise<RegistryResult<AppData>> {
  const [versions, publications] = await Promise.all([client.versions(appId), client.publications(appId)]);
  if (!versions.ok) return versions;
  if (!publications.ok) return publications;
  return {
    ok: true,
    status: 200,
    value: { versions: versions.value.versions, publications: publications.value.publications },
  };
}

/** One app: its versions and states, its publications, and rolling back to an earlier approved version. */
export function AppPage(props: { client: RegistryClient; session: Session; appId: string }) {
  const { client, appId } = props;
  const { state, reload } = useLoad(`app:${appId}`, () => loadApp(client, appId));
  const action = useAction(() => void reload());
  const mayRollBack = props.session.permissions.includes('app.rollback');
  return (
    <main className="sc-console__page" aria-labelledby="app-title" data-testid="app-page">
      <h1 id="app-title">{appId}</h1>
      {state.kind === 'loading' ? <p role="status">Loading…</p> : null}
      {state.kind === 'failed' ? <Failure failure={state.failure} /> : null}
      <ActionResult state={action.state} />
      {state.kind === 'ok' ? (
        <>
          <table className="sc-console__table">
            <caption>Versions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">State</th>
                <th scope="col">Saved</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {state.value.versions.map((v) => {
                const canRollBack = rollbackTargets(state.value.versions, state.value.publications).has(
                  v.hash,
                );
                return (
                  <tr key={v.hash}>
                    <th scope="row">
                      <a href={routeHref({ page: 'review', appId, hash: v.hash })}>
                        {v.appVersion} <span className="sc-console__hash">{shortHash(v.hash)}</span>
                      </a>
                    </th>
                    <td data-testid={`standing-${v.hash}`}>
                      {STANDING_TEXT[versionStanding(v, state.value.publications)]}
                    </td>
                    <td>
                      {when(v.createdAt)} by {v.createdBy}
                    </td>
                    <td>
                      {canRollBack && mayRollBack ? (
                        <button
                          type="button"
                          className="sc-button"
                          data-testid={`rollback-${v.hash}`}
                          disabled={action.state.kind === 'running'}
                          onClick={() =>
                            void action.run(
                              `Rolling back to ${v.appVersion}`,
                              () => client.rollback(appId, v.hash),
                              (p) =>
                                `Rolled back: ${v.appVersion} is published again (publication ${p.seq}).`,
                            )
                          }
                        >
                          Roll back to this version
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <table className="sc-console__table">
            <caption>Publications, newest first</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Version</th>
                <th scope="col">Kind</th>
                <th scope="col">By</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {state.value.publications.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.seq}</th>
                  <td className="sc-console__hash">{shortHash(p.hash)}</td>
                  <td>{p.kind}</td>
                  <td>{p.publishedBy}</td>
                  <td>{when(p.publishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </main>
  );
}
