import { type SyncSpec, validate } from '@syncraft/runtime/spec';
import type { StoreApi } from 'zustand/vanilla';
import { compileDraft } from '../../compiler/compile';
import { decompile } from '../../compiler/decompile';
import { layout } from '../../compiler/layout';
import { representabilityProblems } from '../../compiler/representable';
import { documentShapeProblems } from '../../graph/guard';
import type { DesignerDocument, XY } from '../../graph/types';
import { addEntitiesToDocument } from '../../import-data/add-to-document';
import { blankDocument } from '../blank';
import { applyCommand, type Command, commandDef } from '../commands';
import type { StoreInternals } from '../internals';
import { keepPositions } from '../keep-positions';
import { pasteNodes } from '../paste';
import type { DesignerState, DocumentSlice, LoadResult } from '../types';
import { compileForStore } from './diagnostics';
import { pruneSelection } from './selection';

export function createDocumentSlice(
  set: StoreApi<DesignerState>['setState'],
  get: StoreApi<DesignerState>['getState'],
  internals: StoreInternals,
  initial: DesignerDocument,
): DocumentSlice {
  const dispatch: DocumentSlice['dispatch'] = (command: Command, options) => {
    const before = get().document;
    const after = applyCommand(before, command);
    if (after === before) return;
    const def = commandDef(command);
    internals.history.record(before, def.label(command), options?.mergeKey);
    set({ document: after, selection: pruneSelection(after, get().selection), ...internals.history.status });
    if (def.changesSpec) internals.scheduleCompile();
  };

  const checkSpec = (spec: unknown): LoadResult & { spec?: SyncSpec } => {
    const checked = validate(spec);
    if (!checked.valid) return { ok: false, diagnostics: [...checked.diagnostics] };
    const problems = representabilityProblems(checked.spec);
    if (problems.length > 0) return { ok: false, diagnostics: problems };
    return { ok: true, spec: checked.spec };
  };

  // Layouts take a moment and the page stays live meanwhile (ELK runs in a worker): each request
  // takes a number, and a result is dropped once a later request (another template, another
  // Arrange) has started, so the last request wins whatever order the layouts finish in.
  let layoutRequests = 0;

  return {
    document: initial,
    dispatch,
    loadSpec: async (input) => {
      const checked = checkSpec(input);
      if (!checked.ok || !checked.spec) return checked.ok ? { ok: true } : checked;
      const request = ++layoutRequests;
      const doc = await layout(decompile(checked.spec));
      if (request !== layoutRequests) return { ok: true };
      dispatch({ type: 'replaceDocument', document: doc, label: `load ${checked.spec.app.name}` });
      set({ selection: { nodes: [], edges: [] }, focusEntity: undefined, fitRequest: get().fitRequest + 1 });
      return { ok: true };
    },
    addEntities: async (entities) => {
      if (entities.length === 0) return;
      const before = get().document;
      const laid = await layout(addEntitiesToDocument(before, entities));
      dispatch({
        type: 'replaceDocument',
        document: beside(before, laid),
        label: `add ${entities.length} ${entities.length === 1 ? 'entity' : 'entities'} from data`,
      });
      const added = new Set(entities.map((e) => e.name));
      const ids = get().document.nodes.flatMap((n) =>
        n.kind === 'entity' && added.has(n.data.name) ? [n.id] : [],
      );
      set({ selection: { nodes: ids, edges: [] }, fitRequest: get().fitRequest + 1 });
    },
    loadDocument: (doc) => {
      // A saved drawing comes from storage, not from this code: check it before it reaches the canvas.
      const problems = documentShapeProblems(doc);
      let compiled: ReturnType<typeof compileForStore>;
      try {
        if (problems.length > 0) return { ok: false, diagnostics: problems };
        compiled = compileForStore(doc);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          diagnostics: [
            {
              code: 'SPEC019',
              severity: 'error',
              pointer: '',
              message: `The saved drawing cannot be read: ${detail}.`,
              hint: 'Start from a template or import the spec file instead.',
            },
          ],
        };
      }
      internals.history.clear();
      set({
        document: doc,
        selection: { nodes: [], edges: [] },
        focusEntity: undefined,
        measured: {},
        compiled,
        fitRequest: get().fitRequest + 1,
        ...internals.history.status,
      });
      return { ok: true };
    },
    newDocument: () => {
      dispatch({ type: 'replaceDocument', document: blankDocument(), label: 'new app' });
      set({ selection: { nodes: [], edges: [] }, focusEntity: undefined, fitRequest: get().fitRequest + 1 });
    },
    applySpecJson: (text) => {
      const checked = checkSpec(text);
      if (!checked.ok || !checked.spec) return checked.ok ? { ok: true } : checked;
      const current = get().document;
      // The JSON view echoes what the canvas compiled to: that is not an edit.
      if (JSON.stringify(compileDraft(current).draft) === JSON.stringify(checked.spec)) return { ok: true };
      dispatch({
        type: 'replaceDocument',
        document: keepPositions(current, decompile(checked.spec)),
        label: 'edit JSON',
      });
      return { ok: true };
    },
    addNode: (node, companions) => {
      dispatch(
        companions
          ? {
              type: 'addNodes',
              nodes: [node, ...companions.nodes],
              edges: companions.edges,
              label: `add ${node.kind}`,
            }
          : { type: 'addNodes', nodes: [node] },
      );
      set({ selection: { nodes: [node.id], edges: [] } });
    },
    connect: (edge, replaces) => {
      dispatch(replaces ? { type: 'addEdge', edge, replaces } : { type: 'addEdge', edge });
      set({ selection: { nodes: [], edges: [edge.id] } });
    },
    moveNodes: (positions, dragging) => {
      // Every frame of a drag, and its final drop, join one undo step; the drop seals it.
      dispatch({ type: 'moveNodes', positions }, { mergeKey: 'drag' });
      if (!dragging) internals.history.seal();
    },
    arrange: async () => {
      const before = get().document;
      const request = ++layoutRequests;
      const laid = await layout(before);
      // Superseded, or the drawing was edited while it was laid out: its positions are stale.
      if (request !== layoutRequests || get().document !== before) return;
      const positions: Record<string, XY> = {};
      for (const node of laid.nodes) positions[node.id] = node.position;
      // Its own undo step, even right after a drag (whose step would otherwise absorb it).
      internals.history.seal();
      dispatch({ type: 'moveNodes', positions, label: 'arrange' });
      internals.history.seal();
      set({ fitRequest: get().fitRequest + 1 });
    },
    deleteSelection: () => {
      const { nodes, edges } = get().selection;
      if (nodes.length + edges.length === 0) return;
      dispatch({ type: 'remove', nodes, edges });
    },
    copySelection: () => {
      const { document, selection } = get();
      const ids = new Set(selection.nodes);
      const nodes = document.nodes.filter((n) => ids.has(n.id) && n.kind !== 'priority');
      if (nodes.length === 0) return;
      const kept = new Set(nodes.map((n) => n.id));
      internals.clipboard = {
        nodes,
        edges: document.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
      };
      internals.pasteCount = 0;
    },
    paste: () => {
      const clip = internals.clipboard;
      if (!clip) return;
      internals.pasteCount++;
      const pasted = pasteNodes(get().document, clip.nodes, clip.edges, 40 * internals.pasteCount);
      dispatch({ type: 'addNodes', nodes: pasted.nodes, edges: pasted.edges });
      set({ selection: { nodes: pasted.nodes.map((n) => n.id), edges: pasted.edges.map((e) => e.id) } });
    },
  };
}

/**
 * The laid-out drawing with what `before` already drew kept where the person put it. On a drawing
 * with entities the new part keeps its own layout but moves to the right of everything there.
 */
function beside(before: DesignerDocument, laid: DesignerDocument): DesignerDocument {
  const old = new Map(before.nodes.map((n) => [n.id, n]));
  const drewEntities = before.nodes.some((n) => n.kind === 'entity');
  if (!drewEntities) return laid;
  const added = laid.nodes.filter((n) => !old.has(n.id));
  const right = Math.max(...before.nodes.map((n) => n.position.x)) + 360;
  const left = Math.min(...added.map((n) => n.position.x));
  const top = Math.min(...before.nodes.map((n) => n.position.y));
  const upper = Math.min(...added.map((n) => n.position.y));
  return {
    ...laid,
    nodes: laid.nodes.map((n) => {
      const kept = old.get(n.id);
      if (kept) return { ...n, position: kept.position } as typeof n;
      return {
        ...n,
        position: { x: n.position.x - left + right, y: n.position.y - upper + top },
      } as typeof n;
    }),
  };
}
