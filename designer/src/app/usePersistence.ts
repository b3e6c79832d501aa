import { useEffect, useState } from 'react';
import type { SaveStatus } from '../persistence/autosave';
import type { DesignerDatabase } from '../persistence/database';
import { isDesignerDocument } from '../persistence/document-guard';
import { createDocumentRepository } from '../persistence/repository';
import { startPersistence } from '../persistence/session';
import { keepUndoHistory } from '../persistence/undo';
import type { DesignerStore } from '../store';

/** Where the restore stands: still reading, or done (and whether something was restored). */
export type RestoreState =
  | { readonly kind: 'restoring' }
  | { readonly kind: 'ready'; readonly restored: boolean };

/**
 * Restores the working document saved on this device into the store, then autosaves it.
 * Returns the restore state and the save status for the indicator.
 */
export function usePersistence(store: DesignerStore, database: DesignerDatabase) {
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [restore, setRestore] = useState<RestoreState>({ kind: 'restoring' });

  useEffect(() => {
    let cancelled = false;
    let stop: (() => Promise<void>) | undefined;
    void startPersistence({
      repository: createDocumentRepository(database, isDesignerDocument),
      source: {
        getDocument: () => store.getState().document,
        subscribe: (listener) => store.subscribe(listener),
      },
      restore: (document) => store.getState().loadDocument(document).ok,
      onStatus: (status) => {
        if (!cancelled) setSaveStatus(status);
      },
    }).then(async (session) => {
      // Undo steps come back with the document they belong to, before the designer says it is ready.
      const stopUndo = await keepUndoHistory(store, database);
      if (cancelled) {
        stopUndo();
        void session.stop();
        return;
      }
      stop = async () => {
        stopUndo();
        await session.stop();
      };
      setRestore({ kind: 'ready', restored: session.restored });
    });
    return () => {
      cancelled = true;
      void stop?.();
    };
  }, [store, database]);

  return { saveStatus, restore };
}
