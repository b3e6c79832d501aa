import { ReadOnlyCanvas } from '../../canvas/ReadOnlyCanvas';
import { DesignerStoreProvider } from '../../store';
import type { CanvasDiff } from './canvas-diff';
import type { LoadedDrawing } from './drawing';

/** Which node each drawing centres, asked again with a new `seq`. */
export interface CanvasFocus {
  readonly candidate: string | undefined;
  readonly published: string | undefined;
  readonly seq: number;
}

/**
 * The published drawing and the candidate side by side, changes outlined: green added, red removed,
 * amber changed (the words are in each node's accessible name and the legend too).
 */
export function DiffCanvas(props: {
  published: LoadedDrawing | undefined;
  candidate: LoadedDrawing;
  diff: CanvasDiff | undefined;
  focus: CanvasFocus | undefined;
}) {
  const { published, candidate, diff, focus } = props;
  return (
    <section className="sc-review__canvas" aria-labelledby="review-canvas-title">
      <h2 id="review-canvas-title">The change on the canvas</h2>
      <p className="sc-review__legend">
        <span className="sc-review__key sc-review__key--added">added</span>
        <span className="sc-review__key sc-review__key--removed">removed</span>
        <span className="sc-review__key sc-review__key--changed">changed</span>
        Choose a change in the list to centre it on both drawings.
      </p>
      <div className="sc-review__drawings">
        <div className="sc-review__drawing">
          <h3>Published</h3>
          {published === undefined ? (
            <p className="sc-review__none">Nothing is published yet: everything on the right is new.</p>
          ) : published.ok ? (
            <DesignerStoreProvider store={published.store}>
              <ReadOnlyCanvas
                label="Published drawing"
                testId="canvas-published"
                nodeMarks={diff?.published.nodes}
                edgeMarks={diff?.published.edges}
                focus={focus?.published ? { nodeId: focus.published, seq: focus.seq } : undefined}
              />
            </DesignerStoreProvider>
          ) : (
            <p className="sc-review__none">The published spec cannot be drawn: {published.reason}</p>
          )}
        </div>
        <div className="sc-review__drawing">
          <h3>Candidate</h3>
          {candidate.ok ? (
            <DesignerStoreProvider store={candidate.store}>
              <ReadOnlyCanvas
                label="Candidate drawing"
                testId="canvas-candidate"
                nodeMarks={diff?.candidate.nodes}
                edgeMarks={diff?.candidate.edges}
                focus={focus?.candidate ? { nodeId: focus.candidate, seq: focus.seq } : undefined}
              />
            </DesignerStoreProvider>
          ) : (
            <p className="sc-review__none">This version cannot be drawn: {candidate.reason}</p>
          )}
        </div>
      </div>
    </section>
  );
}
