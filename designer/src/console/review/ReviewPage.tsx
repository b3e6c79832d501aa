import type { Review, Session } from '@syncraft/runtime/protocol';
import type { RegistryClient, RegistryResult } from '@syncraft/runtime/registry';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { describeDiagnostic } from '../../registry/explain';
import { Failure } from '../Failure';
import { shortHash, when } from '../format';
import { routeHref } from '../route';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { Comments } from './Comments';
import { type ChangePlace, canvasDiff } from './canvas-diff';
import { Decision } from './Decision';
import { type CanvasFocus, DiffCanvas, type DiffView } from './DiffCanvas';
import { DiffList } from './DiffList';
import { changedEntities } from './diff-groups';
import { drawSpec, type LoadedDrawing, nodeTitle } from './drawing';
import { GHOST, type Overlay, overlayFocus, overlayModel } from './overlay';
import { Scenarios } from './Scenarios';

interface ReviewData {
  readonly review: Review;
  readonly candidate: SyncSpec;
  readonly published: SyncSpec | undefined;
}

async function loadReview(
  client: RegistryClient,
  appId: string,
  hash: string,
): Promise<RegistryResult<ReviewData>> {
  const [review, version] = await Promise.all([client.review(appId, hash), client.version(appId, hash)]);
  if (!review.ok) return review;
  if (!version.ok) return version;
  let published: SyncSpec | undefined;
  if (review.value.published) {
    const before = await client.version(appId, review.value.published.hash);
    if (!before.ok) return before;
    published = before.value.spec;
  }
  return { ok: true, status: 200, value: { review: review.value, candidate: version.value.spec, published } };
}

/** What choosing a change did to the overlaid drawing, in words, for the live region. */
function overlayText(overlay: Overlay | undefined, id: string | undefined): string {
  const node = overlay?.doc.nodes.find((n) => n.id === id);
  if (!overlay || !node)
    return 'This change is not drawn on the canvas (it concerns the app’s own settings).';
  const ghost = node.id.startsWith(GHOST) ? ', removed' : '';
  return `Centred on ${nodeTitle(overlay.doc, node)}${ghost} in the overlaid drawing.`;
}

/** What choosing a change did to the drawings, in words, for the live region. */
function placeText(place: ChangePlace | undefined, drawings: Drawings | undefined): string {
  const name = (loaded: LoadedDrawing | undefined, id: string | undefined) => {
    if (!loaded?.ok || id === undefined) return undefined;
    const node = loaded.drawing.doc.nodes.find((n) => n.id === id);
    return node ? nodeTitle(loaded.drawing.doc, node) : undefined;
  };
  const candidate = name(drawings?.candidate, place?.candidate);
  const published = name(drawings?.published, place?.published);
  if (candidate && published) return `Centred on ${candidate} in both drawings.`;
  if (candidate) return `Centred on ${candidate} in the candidate drawing.`;
  if (published) return `Centred on ${published} in the published drawing.`;
  return 'This change is not drawn on the canvas (it concerns the app’s own settings).';
}

function disposeDrawings(drawings: Drawings): void {
  for (const d of [drawings.candidate, drawings.published]) if (d?.ok) d.store.getState().dispose();
}

type Drawings = { readonly published: LoadedDrawing | undefined; readonly candidate: LoadedDrawing };

/**
 * One version's review: who and what, the semantic diff grouped by risk beside the two drawings
 * (side by side or overlaid),
 * the findings, the conflict scenarios, the comments and the decision.
 */
export function ReviewPage(props: { client: RegistryClient; session: Session; appId: string; hash: string }) {
  const { client, session, appId, hash } = props;
  const { state, reload } = useLoad(`review:${appId}:${hash}`, () => loadReview(client, appId, hash));
  const after = useCallback(() => void reload(), [reload]);
  const action = useAction(after);
  const [drawings, setDrawings] = useState<Drawings | undefined>(undefined);
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [focus, setFocus] = useState<CanvasFocus | undefined>(undefined);
  const [view, setView] = useState<DiffView>('side-by-side');
  const [announced, setAnnounced] = useState('');

  const data = state.kind === 'ok' ? state.value : undefined;
  // Drawn once per pair of versions: reloading after an action keeps the drawings unless what is
  // published changed. Each drawing's store is disposed when it is replaced or the page closes.
  const drawingKey = data ? `${hash}:${data.review.published?.hash ?? '-'}` : undefined;
  const specs = useRef(data);
  specs.current = data;
  // `drawingKey` names the pair of specs `specs` holds: a new pair, new drawings.
  useEffect(() => {
    const current = specs.current;
    if (!current) return;
    let live = true;
    let made: Drawings | undefined;
    void Promise.all([
      drawSpec(current.candidate),
      current.published ? drawSpec(current.published) : undefined,
    ]).then(([candidate, published]) => {
      made = { candidate, published };
      if (live) setDrawings(made);
      else disposeDrawings(made);
    });
    return () => {
      live = false;
      if (made) disposeDrawings(made);
    };
  }, [drawingKey]);

  const changes = data?.review.diff.changes;
  const diff = useMemo(() => {
    if (!drawings?.candidate.ok || !changes) return undefined;
    const published = drawings.published?.ok ? drawings.published.drawing : undefined;
    if (drawings.published && !published) return undefined;
    return canvasDiff(published, drawings.candidate.drawing, changes);
  }, [drawings, changes]);
  const overlay = useMemo(() => {
    if (!diff || !drawings?.candidate.ok) return undefined;
    const published = drawings.published?.ok ? drawings.published.drawing : undefined;
    return overlayModel(published, drawings.candidate.drawing, diff);
  }, [drawings, diff]);

  const choose = (index: number) => {
    setChosen(index);
    const place = diff?.places[index];
    const inOverlay = overlay ? overlayFocus(overlay, place) : undefined;
    setFocus((old) => ({
      candidate: place?.candidate,
      published: place?.published,
      overlay: inOverlay,
      seq: (old?.seq ?? 0) + 1,
    }));
    setAnnounced(view === 'overlaid' ? overlayText(overlay, inOverlay) : placeText(place, drawings));
  };

  return (
    <main className="sc-console__page sc-review" aria-labelledby="review-title" data-testid="review-page">
      <p>
        <a href={routeHref({ page: 'queue' })}>Review queue</a> ›{' '}
        <a href={routeHref({ page: 'app', appId })}>{appId}</a>
      </p>
      {state.kind === 'loading' ? <p role="status">Loading the review…</p> : null}
      {state.kind === 'failed' ? <Failure failure={state.failure} /> : null}
      {data ? (
        <>
          <h1 id="review-title">
            {appId} {data.review.version.appVersion}{' '}
            <span className="sc-console__hash">{shortHash(hash)}</span>
          </h1>
          <p data-testid="review-who">
            Saved by {data.review.version.createdBy} on {when(data.review.version.createdAt)}
            {data.review.submission
              ? `; submitted by ${data.review.submission.submittedBy} on ${when(data.review.submission.submittedAt)} (round ${data.review.submission.round})`
              : '; not submitted'}
            . Compared with{' '}
            {data.review.published
              ? `published ${data.review.published.appVersion ?? ''} (${shortHash(data.review.published.hash)})`
              : 'nothing (first publication)'}
            .
          </p>
          <Decision client={client} session={session} review={data.review} action={action} />
          <div className="sc-review__columns">
            <DiffList
              changes={data.review.diff.changes}
              firstPublication={data.review.published === null}
              spec={data.candidate}
              selected={chosen}
              onChoose={choose}
            />
            <p className="sc-visually-hidden" aria-live="polite" data-testid="review-focus-status">
              {announced}
            </p>
            {drawings ? (
              <DiffCanvas
                published={drawings.published}
                candidate={drawings.candidate}
                diff={diff}
                overlay={overlay}
                focus={focus}
                view={view}
                onView={setView}
              />
            ) : (
              <p role="status">Drawing both versions…</p>
            )}
          </div>
          <section aria-labelledby="review-findings-title" data-testid="review-findings">
            <h2 id="review-findings-title">Policy and spec findings (evaluated now)</h2>
            {data.review.warnings.length === 0 ? (
              <p>No finding: the version meets every policy in force.</p>
            ) : (
              <ul>
                {data.review.warnings.map((d) => (
                  <li key={`${d.code}:${d.pointer}:${d.message}`}>{describeDiagnostic(d, data.candidate)}</li>
                ))}
              </ul>
            )}
          </section>
          <Scenarios
            entities={changedEntities(data.review.diff.changes, data.candidate)}
            candidate={data.candidate}
            published={data.published}
          />
          <Comments
            client={client}
            session={session}
            appId={appId}
            hash={hash}
            comments={data.review.comments}
            action={action}
          />
        </>
      ) : null}
    </main>
  );
}
