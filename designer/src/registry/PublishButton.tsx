import type { SyncSpec } from '@syncraft/runtime/spec';
import { useState } from 'react';
import { useDesignerStore } from '../store';
import { PublishDialog } from './PublishDialog';

/**
 * The top bar's "Publish" button and its dialog. Opening it compiles the drawing first, so an edit
 * made just before (within the compile debounce) is in what gets saved. Test id `open-publish`.
 */
export function PublishButton(props: { spec: SyncSpec | undefined; errorCount: number }) {
  const store = useDesignerStore();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="sc-button"
        data-testid="open-publish"
        onClick={() => {
          store.getState().flushCompile();
          setOpen(true);
        }}
      >
        Publish
      </button>
      {/* Always mounted: the saved draft's hash survives closing and reopening the dialog. */}
      <PublishDialog
        open={open}
        onClose={() => setOpen(false)}
        spec={props.spec}
        errorCount={props.errorCount}
      />
    </>
  );
}
