import type { StoreApi } from 'zustand/vanilla';
import { type CompileResult, compile, ownerOf } from '../../compiler/compile';
import type { DesignerDocument } from '../../graph/types';
import type { StoreInternals } from '../internals';
import type { Compiled, DesignerState, DiagnosticsSlice, IssueCount } from '../types';

/** Compiles a document and counts the issues of each node and edge, keeping unchanged counts' identity. */
export function compileForStore(doc: DesignerDocument, previous?: Compiled): Compiled {
  return toCompiled(compile(doc), previous);
}

/** Adds issue counts per node and edge to a compile result (from this thread or a worker). */
export function toCompiled(result: CompileResult, previous?: Compiled): Compiled {
  const counts: Record<string, { errors: number; warnings: number }> = {};
  for (const d of result.diagnostics) {
    const ownerId = d.nodeId ?? ownerOf(result.owners, d.pointer)?.id;
    if (ownerId === undefined) continue;
    const count = counts[ownerId] ?? { errors: 0, warnings: 0 };
    counts[ownerId] = count;
    if (d.severity === 'error') count.errors++;
    else if (d.severity === 'warning') count.warnings++;
  }
  const issues: Record<string, IssueCount> = {};
  for (const [id, count] of Object.entries(counts)) {
    const old = previous?.issues[id];
    // Same counts keep the same object, so node components selecting them do not re-render.
    issues[id] = old && old.errors === count.errors && old.warnings === count.warnings ? old : count;
  }
  return {
    spec: result.spec,
    diagnostics: result.diagnostics,
    draft: result.draft,
    owners: result.owners,
    issues,
  };
}

export function createDiagnosticsSlice(
  set: StoreApi<DesignerState>['setState'],
  get: StoreApi<DesignerState>['getState'],
  internals: StoreInternals,
  initial: DesignerDocument,
): DiagnosticsSlice {
  return {
    compiled: compileForStore(initial),
    flushCompile: () => {
      internals.compileSeq++;
      set({ compiled: compileForStore(get().document, get().compiled) });
    },
  };
}
