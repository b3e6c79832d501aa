import type { DocumentRepository } from './repository';

/** What the autosave shows the user. */
export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'failed'; readonly message: string };

/** The slice of a store the autosave watches: the current document and change notifications. */
export interface DocumentSource<D> {
  getDocument(): D;
  subscribe(listener: () => void): () => void;
}

/** Options of {@link createAutosave}. */
export interface AutosaveOptions<D> {
  readonly source: DocumentSource<D>;
  readonly repository: DocumentRepository<D>;
  /** Quiet time after the last change before writing, in ms. Default 400. */
  readonly delayMs?: number;
  readonly onStatus?: (status: SaveStatus) => void;
  /** Clock for `savedAt`; tests pass a fixed one. */
  readonly now?: () => number;
}

/** A running autosave. */
export interface Autosave<D = unknown> {
  /** Writes a pending change now (e.g. when the page is being hidden). Resolves when written. */
  flush(): Promise<void>;
  /** The newest document when it has not been written yet (a change is waiting or being written). */
  unwritten(): D | undefined;
  /** Stops watching; a pending change is written first. */
  dispose(): Promise<void>;
}

/**
 * Saves the working document to the device a short while after it stops changing.
 *
 * Writes are serialised (never two at once) and coalesced: however many edits happen during a write,
 * one more write follows with the newest document. A document identical (by reference) to the last
 * one written is not written again.
 *
 * @example
 * const autosave = createAutosave({
 *   source: { getDocument: () => store.getState().document, subscribe: store.subscribe },
 *   repository,
 *   onStatus: setStatus,
 * });
 */
export function createAutosave<D>(options: AutosaveOptions<D>): Autosave<D> {
  const { source, repository, delayMs = 400, now = Date.now } = options;
  const report = options.onStatus ?? (() => {});
  let last: SaveStatus['kind'] | undefined;
  // Reported on change only: a drag fires a change per frame, and each report may re-render the page.
  const onStatus = (status: SaveStatus) => {
    if (status.kind === 'pending' && last === 'pending') return;
    last = status.kind;
    report(status);
  };
  let lastWritten: D = source.getDocument();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | undefined;

  const write = async (): Promise<void> => {
    // Loop: another caller may have started a write while this one waited.
    while (writing) await writing;
    const document = source.getDocument();
    if (document === lastWritten) return;
    onStatus({ kind: 'saving' });
    const at = now();
    writing = repository.save(document, at).then(
      () => {
        lastWritten = document;
        // A change made while this write ran is still to be written: "saved" would be a lie.
        onStatus(source.getDocument() === document ? { kind: 'saved', at } : { kind: 'pending' });
      },
      (error: unknown) => {
        onStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    try {
      await writing;
    } finally {
      writing = undefined;
    }
  };

  const flush = async () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    await write();
  };

  const unsubscribe = source.subscribe(() => {
    if (source.getDocument() === lastWritten) return;
    onStatus({ kind: 'pending' });
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void write();
    }, delayMs);
  });

  return {
    flush,
    unwritten: () => {
      const document = source.getDocument();
      return document === lastWritten ? undefined : document;
    },
    async dispose() {
      unsubscribe();
      await flush();
    },
  };
}
