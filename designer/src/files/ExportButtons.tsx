import { appTypes, type SyncSpec } from '@syncraft/runtime/spec';
import { useState } from 'react';
import { Dialog } from '../app/Dialog';
import { useDesignerStore } from '../store';
import { downloadText, specFileName, specFileText } from './export-spec';

/**
 * "Export spec" downloads the compiled spec as `<app id>.sync.json`, the file `syncraft validate` and the
 * server accept; "Export types" downloads `<app id>.types.ts`, the record types for app code. When the
 * design still has errors, the person is told before exporting a spec that will be refused. Both compile
 * the drawing first, so an export right after an edit (within the compile debounce) includes it.
 * Test ids: `export-spec`, `export-types`, `export-anyway`.
 */
export function ExportButtons(props: { spec: SyncSpec | undefined; errorCount: number }) {
  const { spec, errorCount } = props;
  const store = useDesignerStore();
  const [confirming, setConfirming] = useState(false);
  const [confirmCount, setConfirmCount] = useState(errorCount);
  /** The spec of the drawing as it is now, not as the last debounced compile saw it. */
  const current = () => {
    store.getState().flushCompile();
    const { compiled } = store.getState();
    return { spec: compiled.spec, errors: compiled.diagnostics.filter((d) => d.severity === 'error').length };
  };
  const exportSpec = () => {
    const now = current().spec;
    if (now) downloadText(specFileName(now), specFileText(now), 'application/json');
  };
  return (
    <>
      <button
        type="button"
        className="sc-button"
        data-testid="export-spec"
        disabled={!spec}
        title={spec ? 'Download the spec as JSON' : 'Nothing to export yet'}
        onClick={() => {
          const { errors } = current();
          if (errors === 0) return exportSpec();
          setConfirmCount(errors);
          setConfirming(true);
        }}
      >
        Export spec
      </button>
      <button
        type="button"
        className="sc-button"
        data-testid="export-types"
        disabled={!spec}
        title={spec ? 'Download TypeScript types for app code' : 'Nothing to export yet'}
        onClick={() => {
          const now = current().spec;
          if (now) downloadText(specFileName(now, '.types.ts'), appTypes(now), 'text/plain');
        }}
      >
        Export types
      </button>
      <Dialog
        open={confirming}
        title="Export a spec with errors?"
        onClose={() => setConfirming(false)}
        footer={
          <>
            <button type="button" className="sc-button" onClick={() => setConfirming(false)}>
              Keep editing
            </button>
            <button
              type="button"
              className="sc-button sc-button--primary"
              data-testid="export-anyway"
              onClick={() => {
                setConfirming(false);
                exportSpec();
              }}
            >
              Export anyway
            </button>
          </>
        }
      >
        <p>
          The design has {confirmCount} {confirmCount === 1 ? 'error' : 'errors'} (see Problems). The server
          and <code>syncraft validate</code> will refuse this file until they are fixed.
        </p>
      </Dialog>
    </>
  );
}
