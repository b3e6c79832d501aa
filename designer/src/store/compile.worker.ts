/// <reference lib="webworker" />
/**
 * Web Worker entry: compiles designer documents off the UI thread for large documents.
 * Messages: `{ id, doc }` in, `{ id, result }` out (`CompileResult`; its `owners` Map is cloned).
 */
import { compile } from '../compiler/compile';
import type { DesignerDocument } from '../graph/types';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<{ id: number; doc: DesignerDocument }>) => {
  scope.postMessage({ id: event.data.id, result: compile(event.data.doc) });
};
