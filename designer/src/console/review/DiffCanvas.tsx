import { ReadOnlyCanvas } from '../../canvas/ReadOnlyCanvas';
import { DesignerStoreProvider } from '../../store';
import type { CanvasDiff, DrawingMarks } from './canvas-diff';
import type { LoadedDrawing } from './drawing';
import { OverlayCanvas } from './OverlayCanvas';
import type { Overlay } from './overlay';

/** Which node each drawing centres (and the overlaid one), asked again with a new `seq`. */
export interface CanvasFocus {
  readonly candidate: string | undefined;
  readonly published: string | undefined;
  readonly overlay: string | undefined;
  readonly seq: number;
}

/** How the two versions are shown: two drawings, or one with the removed parts ghosted on it. */
export type DiffView = 'side-by-side' | 'overlaid';

const VIEWS: readonly { readonly view: DiffView; readonly label: string }[] = [
  { view: 'side-by-side', label: 'Side by side' },
  { view: 'overlaid', label: 'Overlaid' },
];

/**
 * The change on the canvas, side by side (the published drawing and the candidate, changes outlined:
 * green added, red removed, amber changed) or overlaid (the candidate, with what it no longer has
 * ghosted). The words are in each node's accessible name and the legend too. The view is chosen with
 * a radio group, so Tab reaches it and the arrow keys switch.
 */
export function DiffCanvas(props: {
  published: LoadedDrawing | undefined;
  candidate: LoadedDrawing;
  diff: CanvasDiff | undefined;
  overlay: Overlay | undefined;
  focus: CanvasFocus | undefined;
  view: DiffView;
  onView: (view: DiffView) => void;
}) {
  const { published, candidate, diff, overlay, focus, view } = props;
  const overlaid = view === 'overlaid';
  return (
    <section className="sc-review__canvas" aria-labelledby="review-canvas-title">
      <h2 id="review-canvas-title">The change on the canvas</h2>
      <fieldset className="sc-review__views" data-testid="review-view">
        <legend>Show the versions</legend>
        {VIEWS.map((v) => (
          <label key={v.view}>
            <input
              type="radio"
              name="review-view"
              value={v.view}
              checked={view === v.view}
              onChange={() => props.onView(v.view)}
              data-testid={`review-view-${v.view}`}
            />{' '}
            {v.label}
          </label>
        ))}
      </fieldset>
      <p className="sc-review__legend" data-testid="review-legend">
        <span className="sc-review__key sc-review__key--added">added</span>
        <span className="sc-review__key sc-review__key--removed">
          {overlaid ? 'removed (ghosted)' : 'removed'}
        </span>
        <span className="sc-review__key sc-review__key--changed">changed</span>
        {overlaid
          ? 'The candidate, with what it no longer has ghosted beside or under it. Choose a change in the list to centre it.'
          : 'Choose a change in the list to centre it on both drawings.'}
      </p>
      {overlaid ? (
        <div className="sc-review__drawing sc-review__overlay">
          {!candidate.ok ? (
            <p className="sc-review__none">This version cannot be drawn: {candidate.reason}</p>
          ) : overlay ? (
            <OverlayCanvas
              overlay={overlay}
              focus={focus?.overlay ? { nodeId: focus.overlay, seq: focus.seq } : undefined}
            />
          ) : (
            <p className="sc-review__none">
              The published version cannot be drawn, so it cannot be overlaid: compare side by side.
            </p>
          )}
        </div>
      ) : (
        <div className="sc-review__drawings">
          <Side
            title="Published"
            loaded={published}
            label="Published drawing"
            testId="canvas-published"
            marks={diff?.published}
            focus={focus?.published ? { nodeId: focus.published, seq: focus.seq } : undefined}
            absent="Nothing is published yet: everything on the right is new."
            broken="The published spec cannot be drawn"
          />
          <Side
            title="Candidate"
            loaded={candidate}
            label="Candidate drawing"
            testId="canvas-candidate"
            marks={diff?.candidate}
            focus={focus?.candidate ? { nodeId: focus.candidate, seq: focus.seq } : undefined}
            absent=""
            broken="This version cannot be drawn"
          />
        </div>
      )}
    </section>
  );
}

/** One of the two drawings side by side, or why it is not drawn. */
function Side(props: {
  title: string;
  loaded: LoadedDrawing | undefined;
  label: string;
  testId: string;
  marks: DrawingMarks | undefined;
  focus: { nodeId: string; seq: number } | undefined;
  absent: string;
  broken: string;
}) {
  const { loaded } = props;
  return (
    <div className="sc-review__drawing">
      <h3>{props.title}</h3>
      {loaded === undefined ? (
        <p className="sc-review__none">{props.absent}</p>
      ) : loaded.ok ? (
        <DesignerStoreProvider store={loaded.store}>
          <ReadOnlyCanvas
            label={props.label}
            testId={props.testId}
            nodeMarks={props.marks?.nodes}
            edgeMarks={props.marks?.edges}
            focus={props.focus}
          />
        </DesignerStoreProvider>
      ) : (
        <p className="sc-review__none">
          {props.broken}: {loaded.reason}
        </p>
      )}
    </div>
  );
}
