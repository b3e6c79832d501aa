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
  /**
   * Synchronous storage for what is not written yet when the page goes away (defaults to the page's
   * `localStorage`). An IndexedDB write started while a page unloads may never finish; a
   * `localStorage` write does, so a reload right after an edit keeps it.
   */
  readonly backup?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
}

const BACKUP_KEY = 'syncraft-designer:unwritten';

/** A running persistence session. */
export interface PersistenceSession<D = unknown> {
  /** Whether a saved document was found and restored. */
  readonly restored: boolean;
  readonly autosave: Autosave<D>;
  /** Writes what is pending and stops. */
  stop(): Promise<void>;
}

/**
 * Restores the last working document saved on this device, then saves every change (debounced), and
 * writes at once when the page is hidden or closed so a reload loses nothing. Restoring happens
 * before watching starts, so the restored document is not written straight back.
 */
export async function startPersistence<D>(options: PersistenceOptions<D>): Promise<PersistenceSession<D>> {
  const { repository, source, restore, onStatus } = options;
  const page = options.page ?? (typeof window === 'undefined' ? undefined : window);
  const backup = 'backup' in options ? options.backup : localStorageOf(page);
  let restored = false;
  try {
    const stored = await repository.load();
    const unwritten = readBackup<D>(backup);
    if (unwritten && (!stored || unwritten.savedAt > stored.savedAt) && restore(unwritten.document)) {
      // The page went away before its last change reached the database: that change wins.
      restored = true;
      await repository.save(unwritten.document, unwritten.savedAt);
      onStatus({ kind: 'saved', at: unwritten.savedAt });
    } else if (stored) {
      restored = restore(stored.document);
      if (restored) onStatus({ kind: 'saved', at: stored.savedAt });
    }
    backup?.removeItem(BACKUP_KEY);
  } catch (error) {
    onStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
  const autosave = createAutosave({
    source,
    repository,
    onStatus,
    ...(options.delayMs === undefined ? {} : { delayMs: options.delayMs }),
  });
  const flushNow = () => {
    const document = autosave.unwritten();
    if (document !== undefined) {
      try {
        backup?.setItem(BACKUP_KEY, JSON.stringify({ savedAt: Date.now(), document }));
      } catch {
        // Storage full or disabled: the database write below is the only chance left.
      }
    }
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

function localStorageOf(page: unknown): Storage | undefined {
  try {
    return (page as { localStorage?: Storage } | undefined)?.localStorage;
  } catch {
    return undefined; // Access denied (storage disabled for the site).
  }
}

function readBackup<D>(
  backup: PersistenceOptions<D>['backup'],
): { savedAt: number; document: D } | undefined {
  const text = backup?.getItem(BACKUP_KEY);
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as { savedAt?: unknown; document?: unknown };
    if (typeof value.savedAt !== 'number' || typeof value.document !== 'object' || value.document === null)
      return undefined;
    return { savedAt: value.savedAt, document: value.document as D };
  } catch {
    return undefined;
  }
}
