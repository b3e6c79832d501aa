import { Dialog } from '../app/Dialog';
import { DiagnosticList } from './DiagnosticList';
import type { ImportFailure } from './ImportButton';

/**
 * Explains why an imported file was not loaded; the current work is left untouched.
 * Test id: `import-error-dialog`.
 */
export function ImportErrorDialog(props: { failure: ImportFailure | undefined; onClose: () => void }) {
  const { failure } = props;
  return (
    <Dialog
      open={failure !== undefined}
      title="This file could not be imported"
      onClose={props.onClose}
      testId="import-error-dialog"
      footer={
        <button type="button" className="sc-button sc-button--primary" onClick={props.onClose}>
          OK
        </button>
      }
    >
      {failure ? (
        <>
          <p>
            <strong>{failure.fileName}</strong> was not loaded, so your current work was kept as it is. Fix
            the points below and import it again.
          </p>
          <DiagnosticList
            diagnostics={failure.diagnostics}
            doc={'document' in failure ? failure.document : undefined}
          />
        </>
      ) : null}
    </Dialog>
  );
}
