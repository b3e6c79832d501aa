import type { SyncSpec } from '@syncraft/runtime/spec';
import { nodeTags } from '../../canvas/to-flow';
import { compile } from '../../compiler';
import { nodeName } from '../../graph/names';
import type { DesignerDocument, GraphNode } from '../../graph/types';
import { kindRegistry } from '../../kinds/registry';
import { createDesignerStore, type DesignerStore } from '../../store';
import type { Drawing } from './canvas-diff';

/** A spec laid out as the designer draws it, in a store of its own, with its owner map. */
export type LoadedDrawing =
  | { readonly ok: true; readonly store: DesignerStore; readonly drawing: Drawing }
  | { readonly ok: false; readonly reason: string };

/**
 * Draws `spec` as the designer would (same decompile and layout) in a fresh store, for reading
 * only. A spec the drawing cannot hold is answered with the reason, not thrown.
 */
export async function drawSpec(spec: SyncSpec): Promise<LoadedDrawing> {
  const store = createDesignerStore(undefined, { compileDelayMs: 0, background: 'off' });
  const loaded = await store.getState().loadSpec(spec);
  if (!loaded.ok) {
    store.getState().dispose();
    const first = loaded.diagnostics[0];
    return { ok: false, reason: first ? `${first.message} (${first.pointer || 'the spec'})` : 'unknown' };
  }
  const doc = store.getState().document;
  return { ok: true, store, drawing: { spec, doc, owners: compile(doc).owners } };
}

/** A node as the canvas names it for a screen reader: its kind and its name, e.g. "Conflict rule Job". */
export function nodeTitle(doc: DesignerDocument, node: GraphNode): string {
  const tag = nodeTags(doc.nodes, doc.edges).get(node.id) ?? nodeName(node);
  return `${kindRegistry[node.kind].label} ${tag}`;
}
