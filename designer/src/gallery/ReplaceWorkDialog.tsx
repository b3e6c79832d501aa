import { Dialog } from '../app/Dialog';
import type { GalleryChoice } from './GalleryDialog';

/** What a gallery choice starts from, in words. */
function startingPoint(choice: GalleryChoice): string {
  switch (choice.kind) {
    case 'blank':
      return 'a blank app';
    case 'data':
      return 'your data';
    case 'template':
      return `the “${choice.spec.app.name}” template`;
  }
}

/**
 * Asks before a gallery choice replaces a drawing that has entities. "Keep working" (and Escape, and
 * Enter on the dialog's first control, its Close button) leaves everything as it is; "Replace" goes ahead (Undo still brings the work back).
 * Test ids: `replace-work`, `replace-work-keep`, `replace-work-confirm`.
 */
export function ReplaceWorkDialog(props: {
  choice: GalleryChoice | undefined;
  appName: string;
  entities: readonly string[];
  onKeep: () => void;
  onReplace: (choice: GalleryChoice) => void;
}) {
  const { choice, entities } = props;
  const listed = entities.slice(0, 5).join(', ') + (entities.length > 5 ? ', …' : '');
  return (
    <Dialog
      open={choice !== undefined}
      title="Replace your work?"
      onClose={props.onKeep}
      testId="replace-work"
      footer={
        <>
          <button
            type="button"
            className="sc-button sc-button--primary"
            data-testid="replace-work-keep"
            onClick={props.onKeep}
          >
            Keep working
          </button>
          <button
            type="button"
            className="sc-button"
            data-testid="replace-work-confirm"
            onClick={() => choice && props.onReplace(choice)}
          >
            Replace
          </button>
        </>
      }
    >
      {choice ? (
        <p>
          “{props.appName}” has {entities.length === 1 ? 'an entity' : `${entities.length} entities`} (
          {listed}). Starting from {startingPoint(choice)} replaces the whole drawing. Export the spec first
          to keep a copy; Undo also brings it back until the page is reloaded.
        </p>
      ) : null}
    </Dialog>
  );
}
