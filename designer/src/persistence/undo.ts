import type { DesignerDocument } from '../graph/types';
import type { DesignerStore } from '../store';
import type { HistoryEntry, UndoSnapshot } from '../store/history';
import type { DesignerDatabase } from './database';
import { isDesignerDocument } from './document-guard';
import { createDocumentRepository } from './repository';

/** Most undo (and redo) steps kept on the device. */
export const SAVED_UNDO_STEPS = 30;
/** Most characters the saved steps may take; the oldest go first beyond it. */
export const SAVED_UNDO_CHARS = 2_000_000;

/** Undo steps as saved: with the fingerprint of the document they lead back from. */
export interface SavedUndo extends UndoSnapshot {
  readonly fingerprint: string;
}

/** A short fingerprint of a document's content (FNV-1a over its JSON, with its length). */
export function fingerprint(document: DesignerDocument): string {
  const text = JSON.stringify(document);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length}:${hash.toString(16)}`;
}

const isEntry = (value: unknown): value is HistoryEntry =>
  value !== null &&
  typeof value === 'object' &&
  typeof (value as HistoryEntry).label === 'string' &&
  isDesignerDocument((value as HistoryEntry).doc);

/** True for saved steps of the current shape (an older build's row, or a damaged one, is ignored). */
export function isSavedUndo(value: unknown): value is SavedUndo {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<SavedUndo>;
  return (
    typeof v.fingerprint === 'string' &&
    Array.isArray(v.past) &&
    Array.isArray(v.future) &&
    v.past.every(isEntry) &&
    v.future.every(isEntry)
  );
}

/** The newest steps that fit {@link SAVED_UNDO_CHARS}, oldest undo steps dropped first. */
export function boundedUndo(document: DesignerDocument, snapshot: UndoSnapshot): SavedUndo {
  let past = [...snapshot.past];
  let future = [...snapshot.future];
  const size = () => JSON.stringify(past).length + JSON.stringify(future).length;
  while (past.length + future.length > 0 && size() > SAVED_UNDO_CHARS) {
    if (past.length > 0) past = past.slice(1);
    else future = future.slice(1);
  }
  return { fingerprint: fingerprint(document), past, future };
}

/**
 * Keeps the undo history with the document in IndexedDB (slot `undo`, beside `current`): puts the
 * saved steps back when they belong to the document that was restored (same fingerprint; otherwise,
 * e.g. after a newer unsaved edit won, they are dropped), then saves the newest
 * {@link SAVED_UNDO_STEPS} steps a moment after each change. Returns a stop function.
 */
export async function keepUndoHistory(
  store: DesignerStore,
  database: DesignerDatabase,
  delayMs = 500,
): Promise<() => void> {
  const repository = createDocumentRepository(database, isSavedUndo, 'undo');
  try {
    const saved = await repository.load();
    if (saved && saved.document.fingerprint === fingerprint(store.getState().document))
      store.getState().restoreUndo(saved.document);
  } catch {
    // Nothing readable: the history starts empty, as it did before it was kept.
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = store.getState().document;
  const unsubscribe = store.subscribe((state) => {
    if (state.document === last) return;
    last = state.document;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const now = store.getState();
      void repository
        .save(boundedUndo(now.document, now.undoSnapshot(SAVED_UNDO_STEPS)), Date.now())
        .catch(() => {
          // Storage full or closed: undo still works in this page, it is only not kept.
        });
    }, delayMs);
  });
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    unsubscribe();
  };
}
