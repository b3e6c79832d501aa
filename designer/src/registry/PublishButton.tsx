import type { SyncSpec } from '@syncraft/runtime/spec';
import { useState } from 'react';
import { PublishDialog } from './PublishDialog';

/** The top bar's "Publish" button and its dialog. Test id `open-publish`. */
export function PublishButton(props: { spec: SyncSpec | undefined; errorCount: number }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="sc-button" data-testid="open-publish" onClick={() => setOpen(true)}>
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
