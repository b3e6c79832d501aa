/**
 * Temporary stand-ins for the canvas, palette, inspector and problems panel, shown until those
 * components land. Replaced by the real components; nothing here reaches a release.
 */
function PendingPanel(props: { title: string; testId: string }) {
  return (
    <section className="sc-pending" aria-label={props.title} data-testid={props.testId}>
      <h2 className="sc-panel__title">{props.title}</h2>
      <p className="sc-pending__text">Loading…</p>
    </section>
  );
}

export const PendingPalette = () => <PendingPanel title="Palette" testId="pending-palette" />;
export const PendingCanvas = () => <PendingPanel title="Canvas" testId="pending-canvas" />;
export const PendingInspector = () => <PendingPanel title="Inspector" testId="pending-inspector" />;
export const PendingProblems = () => <PendingPanel title="Problems" testId="pending-problems" />;
