import type { GraphEdge, GraphNode } from '../graph/types';
import type { History } from './history';

/** Per-store machinery shared by the slices; never exposed in state. */
export interface StoreInternals {
  readonly history: History;
  /** Numbers compile runs, so a late background result for an older document is dropped. */
  compileSeq: number;
  /** Recompiles after the debounce delay. */
  scheduleCompile(): void;
  clipboard: { readonly nodes: readonly GraphNode[]; readonly edges: readonly GraphEdge[] } | undefined;
  pasteCount: number;
  focusSeq: number;
}
