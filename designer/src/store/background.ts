import type { CompileResult } from '../compiler/compile';
import type { DesignerDocument } from '../graph/types';

/** Compiles documents somewhere else than the UI thread (a Web Worker in the browser). */
export interface BackgroundCompiler {
  compile(doc: DesignerDocument): Promise<CompileResult>;
  dispose(): void;
}

/** Documents with at least this many nodes are compiled in a worker when one is available. */
export const BACKGROUND_THRESHOLD = 200;

/**
 * A compiler running in a dedicated Web Worker (`compile.worker.ts`, bundled by Vite). Replies are
 * matched to requests by id; a failed worker rejects every pending request, and the store then
 * compiles on the UI thread instead.
 */
export function createWorkerCompiler(): BackgroundCompiler {
  const worker = new Worker(new URL('./compile.worker.ts', import.meta.url), {
    type: 'module',
    name: 'syncraft-compile',
  });
  const pending = new Map<number, { resolve: (r: CompileResult) => void; reject: (e: unknown) => void }>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<{ id: number; result: CompileResult }>) => {
    const entry = pending.get(event.data.id);
    pending.delete(event.data.id);
    entry?.resolve(event.data.result);
  };
  worker.onerror = (event) => {
    for (const entry of pending.values()) entry.reject(event);
    pending.clear();
  };
  return {
    compile: (doc) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, doc });
      }),
    dispose: () => {
      worker.terminate();
      for (const entry of pending.values()) entry.reject(new Error('compiler stopped'));
      pending.clear();
    },
  };
}
