import type { StoreApi } from 'zustand/vanilla';
import { ownerOf } from '../../compiler/compile';
import type { DesignerDocument } from '../../graph/types';
import type { StoreInternals } from '../internals';
import type { DesignerState, SelectionSlice } from '../types';

const none = { nodes: [], edges: [] } as const;

/** Drops selected ids that no longer exist in `doc`. */
export function pruneSelection(
  doc: DesignerDocument,
  selection: SelectionSlice['selection'],
): SelectionSlice['selection'] {
  const nodes = selection.nodes.filter((id) => doc.nodes.some((n) => n.id === id));
  const edges = selection.edges.filter((id) => doc.edges.some((e) => e.id === id));
  return nodes.length === selection.nodes.length && edges.length === selection.edges.length
    ? selection
    : { nodes, edges };
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

export function createSelectionSlice(
  set: StoreApi<DesignerState>['setState'],
  get: StoreApi<DesignerState>['getState'],
  internals: StoreInternals,
): SelectionSlice {
  const focusNode = (id: string, edges: readonly string[] = []) => {
    internals.focusSeq++;
    set({
      selection: edges.length > 0 ? { nodes: [], edges } : { nodes: [id], edges: [] },
      focusRequest: { nodeId: id, seq: internals.focusSeq },
    });
  };
  return {
    selection: none,
    focusRequest: undefined,
    fitRequest: 0,
    measured: {},
    select: ({ nodes, edges }) => {
      const current = get().selection;
      const next = { nodes: nodes ?? current.nodes, edges: edges ?? current.edges };
      if (sameIds(next.nodes, current.nodes) && sameIds(next.edges, current.edges)) return;
      set({ selection: next });
    },
    selectAll: () => {
      const { document } = get();
      set({ selection: { nodes: document.nodes.map((n) => n.id), edges: document.edges.map((e) => e.id) } });
    },
    focus: (ptr) => {
      const { compiled, document } = get();
      const owner = ownerOf(compiled.owners, ptr);
      if (!owner) {
        set({ selection: none });
        return;
      }
      if (owner.type === 'node') {
        focusNode(owner.id);
        return;
      }
      const edge = document.edges.find((e) => e.id === owner.id);
      if (edge) focusNode(edge.source, [edge.id]);
    },
    focusNode: (id) => focusNode(id),
    viewCentre: { x: 200, y: 200 },
    setViewCentre: (centre) => set({ viewCentre: centre }),
    focusEntity: undefined,
    setFocusEntity: (id) => {
      if (get().focusEntity !== id) set({ focusEntity: id });
    },
    notice: undefined,
    notify: (text) => {
      internals.focusSeq++;
      set({ notice: { text, seq: internals.focusSeq } });
    },
    setMeasured: (sizes) => {
      const measured = { ...get().measured };
      let changed = false;
      for (const [id, size] of Object.entries(sizes)) {
        const old = measured[id];
        if (old && old.width === size.width && old.height === size.height) continue;
        measured[id] = { width: size.width, height: size.height };
        changed = true;
      }
      if (changed) set({ measured });
    },
  };
}
