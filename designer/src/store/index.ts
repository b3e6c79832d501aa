/**
 * The designer store: one per designer instance, provided through React context.
 *
 * - `document` is the serialisable working document (autosave stores it as is).
 * - Every edit is a {@link Command} applied through the command registry, so canvas edits, JSON
 *   edits and loads share one undo stack.
 * - `compiled` (spec + diagnostics) is recomputed after spec-changing edits, debounced; moving nodes
 *   never recompiles.
 */
export type { DesignerDocument } from '../graph/types';
export { blankDocument } from './blank';
export { type Command, type CommandDef, commandRegistry } from './commands';
export { DesignerStoreProvider, useDesigner, useDesignerShallow, useDesignerStore } from './context';
export { createDesignerStore } from './create';
export type {
  Compiled,
  DesignerState,
  DesignerStore,
  DesignerStoreOptions,
  IssueCount,
  LoadResult,
} from './types';
