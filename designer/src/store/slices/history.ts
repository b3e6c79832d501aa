import type { StoreApi } from 'zustand/vanilla';
import type { StoreInternals } from '../internals';
import type { DesignerState, HistorySlice } from '../types';
import { pruneSelection } from './selection';

export function createHistorySlice(
  set: StoreApi<DesignerState>['setState'],
  get: StoreApi<DesignerState>['getState'],
  internals: StoreInternals,
): HistorySlice {
  const step = (direction: 'undo' | 'redo') => {
    const { document, selection } = get();
    const entry = internals.history[direction](document);
    if (!entry) return;
    set({
      document: entry.doc,
      selection: pruneSelection(entry.doc, selection),
      ...internals.history.status,
    });
    internals.scheduleCompile();
  };
  return {
    ...internals.history.status,
    undo: () => step('undo'),
    redo: () => step('redo'),
    undoSnapshot: (max) => internals.history.snapshot(max),
    restoreUndo: (snapshot) => {
      internals.history.load(snapshot);
      set({ ...internals.history.status });
    },
  };
}
