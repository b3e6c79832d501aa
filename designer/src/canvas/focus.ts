import type { DockPlan } from '../compiler/layout-dock';
import type { DesignerDocument } from '../graph/types';
import type { FlowEdge, FlowNode } from './flow-types';

/** What focus mode shows in full: the focused entity and what is attached to it. */
export interface FocusSet {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/**
 * The entity `entityId` and everything attached to it: its docked rules and scope, every card one
 * connection away (free rules and scopes, roles with a permission on it, its priority lane, the
 * entities it relates to or that relate to it) and those connections. Undefined when the entity is
 * not in the document.
 */
export function focusSet(
  doc: Pick<DesignerDocument, 'nodes' | 'edges'>,
  plan: DockPlan,
  entityId: string,
): FocusSet | undefined {
  if (!doc.nodes.some((n) => n.id === entityId && n.kind === 'entity')) return undefined;
  const nodes = new Set<string>([entityId, ...(plan.trays.get(entityId) ?? [])]);
  const edges = new Set<string>();
  for (const e of doc.edges) {
    if (e.source !== entityId && e.target !== entityId) continue;
    edges.add(e.id);
    nodes.add(e.source);
    nodes.add(e.target);
  }
  return { nodes, edges };
}

/**
 * Which entity a selection is about, for entering focus mode: the selected entity, or the entity a
 * selected docked card or its edge belongs to.
 */
export function entityOfSelection(
  doc: Pick<DesignerDocument, 'nodes' | 'edges'>,
  plan: DockPlan,
  selection: { readonly nodes: readonly string[]; readonly edges: readonly string[] },
): string | undefined {
  const [id] = selection.nodes;
  if (selection.nodes.length === 1 && id !== undefined) {
    const dock = plan.docks.get(id);
    if (dock) return dock.host;
    return doc.nodes.some((n) => n.id === id && n.kind === 'entity') ? id : undefined;
  }
  const [edgeId] = selection.edges;
  if (selection.nodes.length === 0 && selection.edges.length === 1 && edgeId !== undefined) {
    for (const dock of plan.docks.values()) if (dock.edge === edgeId) return dock.host;
  }
  return undefined;
}

/**
 * Dims what a focus set leaves out. The dimmed copies are kept per original object, so a node that
 * did not change stays the same object across renders (React Flow then skips it).
 */
export class FocusDimmer {
  private nodes = new WeakMap<FlowNode, FlowNode>();
  private edges = new WeakMap<FlowEdge, FlowEdge>();

  dimNodes(list: FlowNode[], focus: FocusSet | undefined): FlowNode[] {
    if (!focus) return list;
    return list.map((node) => {
      if (focus.nodes.has(node.id)) return node;
      let dim = this.nodes.get(node);
      if (!dim) {
        dim = {
          ...node,
          className: `${node.className ?? ''} sc-dim`.trim(),
          selectable: false,
          focusable: false,
          draggable: false,
          connectable: false,
          selected: false,
        };
        this.nodes.set(node, dim);
      }
      return dim;
    });
  }

  dimEdges(list: FlowEdge[], focus: FocusSet | undefined): FlowEdge[] {
    if (!focus) return list;
    return list.map((edge) => {
      if (focus.edges.has(edge.id)) return edge;
      let dim = this.edges.get(edge);
      if (!dim) {
        dim = {
          ...edge,
          className: `${edge.className ?? ''} sc-dim`.trim(),
          selectable: false,
          focusable: false,
          ...(edge.data && { data: { ...edge.data, dim: true as const } }),
        };
        this.edges.set(edge, dim);
      }
      return dim;
    });
  }
}
