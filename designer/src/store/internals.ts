import type { GraphEdge, GraphNode } from '../graph/types';
import type { History } from './history';

/** Per-store machinery shared by the slices; never exposed in state. */
export interface StoreInternals {
  readonly history: History;
  /** Recompiles after the debounce delay. */
  scheduleCompile(): void;
  clipboard: { readonly nodes: readonly GraphNode[]; readonly edges: readonly GraphEdge[] } | undefined;
  pasteCount: number;
  focusSeq: number;
}
