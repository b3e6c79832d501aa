import { createStore } from 'zustand/vanilla';
import type { DesignerDocument } from '../graph/types';
import { blankDocument } from './blank';
import { History } from './history';
import type { StoreInternals } from './internals';
import { createDiagnosticsSlice } from './slices/diagnostics';
import { createDocumentSlice } from './slices/document';
import { createHistorySlice } from './slices/history';
import { createSelectionSlice } from './slices/selection';
import type { DesignerState, DesignerStore, DesignerStoreOptions } from './types';

/**
 * Creates one designer store: the document, its undo history, the selection and the diagnostics.
 * Each designer on a page gets its own store (there is no module-level store).
 *
 * @example
 * const store = createDesignerStore();
 * await store.getState().loadSpec(template);
 * store.getState().undo();
 */
export function createDesignerStore(
  initial?: DesignerDocument,
  options: DesignerStoreOptions = {},
): DesignerStore {
  const delay = options.compileDelayMs ?? 150;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const store = createStore<DesignerState>()((set, get) => {
    const internals: StoreInternals = {
      history: new History(options.historyLimit ?? 200),
      scheduleCompile: () => {
        if (delay <= 0) {
          get().flushCompile();
          return;
        }
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          get().flushCompile();
        }, delay);
      },
      clipboard: undefined,
      pasteCount: 0,
      focusSeq: 0,
    };
    const doc = initial ?? blankDocument();
    return {
      ...createDocumentSlice(set, get, internals, doc),
      ...createHistorySlice(set, get, internals),
      ...createSelectionSlice(set, get, internals),
      ...createDiagnosticsSlice(set, get, doc),
    };
  });
  return store;
}
