import { type Autosave, createAutosave, type DocumentSource, type SaveStatus } from './autosave';
import type { DocumentRepository } from './repository';

/** Options of {@link startPersistence}. */
export interface PersistenceOptions<D> {
  readonly repository: DocumentRepository<D>;
  readonly source: DocumentSource<D>;
  /**
   * Puts a restored document into the editor (the store's `loadDocument`: not an undo step) and says
   * whether the editor took it; a refused document counts as nothing restored.
   */
  readonly restore: (document: D) => boolean;
  readonly onStatus: (status: SaveStatus) => void;
  readonly delayMs?: number;
  /** Where to listen for the page being hidden or closed; defaults to `window` when there is one. */
  readonly page?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: Document };
}

/** A running persistence session. */
export interface PersistenceSession {
  /** Whether a saved document was found and restored. */
  readonly restored: boolean;
  readonly autosave: Autosave;
  /** Writes what is pending and stops. */
  stop(): Promise<void>;
}

/**
 * Restores the last working document saved on this device, then saves every change (debounced), and
 * writes at once when the page is hidden or closed so a reload loses nothing. Restoring happens
 * before watching starts, so the restored document is not written straight back.
 */
export async function startPersistence<D>(options: PersistenceOptions<D>): Promise<PersistenceSession> {
  const { repository, source, restore, onStatus } = options;
  let restored = false;
  try {
    const stored = await repository.load();
    if (stored) {
      restored = restore(stored.document);
      if (restored) onStatus({ kind: 'saved', at: stored.savedAt });
    }
  } catch (error) {
    onStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
  const autosave = createAutosave({
    source,
    repository,
    onStatus,
    ...(options.delayMs === undefined ? {} : { delayMs: options.delayMs }),
  });
  const page = options.page ?? (typeof window === 'undefined' ? undefined : window);
  const flushNow = () => {
    void autosave.flush();
  };
  const onVisibility = () => {
    if (page?.document?.visibilityState === 'hidden') flushNow();
  };
  page?.addEventListener('pagehide', flushNow);
  page?.addEventListener('visibilitychange', onVisibility);
  return {
    restored,
    autosave,
    async stop() {
      page?.removeEventListener('pagehide', flushNow);
      page?.removeEventListener('visibilitychange', onVisibility);
      await autosave.dispose();
    },
  };
}
