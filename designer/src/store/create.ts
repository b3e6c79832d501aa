import { createStore } from 'zustand/vanilla';
import type { DesignerDocument } from '../graph/types';
import { BACKGROUND_THRESHOLD, type BackgroundCompiler, createWorkerCompiler } from './background';
import { blankDocument } from './blank';
import { History } from './history';
import type { StoreInternals } from './internals';
import { createDiagnosticsSlice, toCompiled } from './slices/diagnostics';
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
  let background: BackgroundCompiler | undefined =
    typeof options.background === 'object' ? options.background : undefined;
  const wantsBackground = (doc: DesignerDocument) => {
    if (options.background === 'off' || doc.nodes.length < BACKGROUND_THRESHOLD) return undefined;
    // Created on first need, per store: small documents never start a worker.
    if (!background && typeof Worker !== 'undefined') background = createWorkerCompiler();
    return background;
  };
  const store = createStore<DesignerState>()((set, get) => {
    const run = () => {
      const doc = get().document;
      const compiler = wantsBackground(doc);
      if (!compiler) {
        get().flushCompile();
        return;
      }
      const seq = ++internals.compileSeq;
      compiler.compile(doc).then(
        (result) => {
          // A newer edit (or a flush) has superseded this run: its result is stale.
          if (seq !== internals.compileSeq) return;
          set({ compiled: toCompiled(result, get().compiled) });
        },
        () => {
          if (seq === internals.compileSeq) get().flushCompile();
        },
      );
    };
    const internals: StoreInternals = {
      history: new History(options.historyLimit ?? 200),
      compileSeq: 0,
      scheduleCompile: () => {
        // Any result still on its way is now out of date.
        internals.compileSeq++;
        if (delay <= 0) {
          run();
          return;
        }
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          run();
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
      ...createDiagnosticsSlice(set, get, internals, doc),
      dispose: () => {
        if (timer !== undefined) clearTimeout(timer);
        background?.dispose();
        background = undefined;
      },
    };
  });
  return store;
}
