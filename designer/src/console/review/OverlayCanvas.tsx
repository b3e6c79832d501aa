import { useEffect, useState } from 'react';
import { ReadOnlyCanvas } from '../../canvas/ReadOnlyCanvas';
import { createDesignerStore, type DesignerStore, DesignerStoreProvider } from '../../store';
import type { Overlay } from './overlay';

/**
 * The candidate drawn with the published version's removed cards and connections ghosted beside or
 * under it (`overlay.ts`): one drawing to read the whole change on. The overlay gets a read-only store
 * of its own, disposed when the overlay changes or the view closes.
 * An entity still there shows its removed fields struck through in its card, added and changed ones
 * highlighted. Test id: `canvas-overlay`; a ghost's wrapper has `data-mark="removed"`, a marked
 * field row `data-field-mark`.
 */
export function OverlayCanvas(props: {
  overlay: Overlay;
  focus: { nodeId: string; seq: number } | undefined;
}) {
  const { overlay, focus } = props;
  const [store, setStore] = useState<DesignerStore | undefined>(undefined);
  useEffect(() => {
    const made = createDesignerStore(overlay.doc, { compileDelayMs: 0, background: 'off' });
    setStore(made);
    return () => {
      setStore(undefined);
      made.getState().dispose();
    };
  }, [overlay]);
  if (!store) return <p role="status">Drawing the overlay…</p>;
  return (
    <DesignerStoreProvider store={store}>
      <ReadOnlyCanvas
        label="Candidate with the published version overlaid"
        testId="canvas-overlay"
        nodeMarks={overlay.nodes}
        edgeMarks={overlay.edges}
        fieldMarks={overlay.fields}
        focus={focus}
      />
    </DesignerStoreProvider>
  );
}
