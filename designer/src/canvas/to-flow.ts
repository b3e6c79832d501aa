import { edgeHandles } from '../compiler/edge-path';
import { type Dock, type DockPlan, dockPosition, NO_DOCKS } from '../compiler/layout-dock';
import { estimateSize } from '../compiler/size';
import { nodeName } from '../graph/names';
import type { EdgeRoute, GraphEdge, GraphNode, XY } from '../graph/types';
import { kindRegistry } from '../kinds/registry';
import type { FlowEdge, FlowNode } from './flow-types';

type Size = { readonly width: number; readonly height: number };

interface NodeCacheEntry {
  readonly graph: GraphNode;
  readonly tag: string;
  readonly selected: boolean;
  readonly measured: Size | undefined;
  readonly dock: Dock | undefined;
  readonly flow: FlowNode;
}

const NO_EDGES: ReadonlySet<string> = new Set();

/**
 * Turns graph nodes into React Flow nodes, reusing the previous object for every node whose graph
 * node, selection and size did not change, so a drag re-renders only the dragged node. A node that
 * only moved or got its size keeps its `data` object, so its card does not render again.
 *
 * With a {@link DockPlan}, docked rules and scopes are drawn under their entity (type `docked`), at a
 * place that follows the entity; they show as selected when the edge that attaches them is.
 */
export class FlowNodeCache {
  private entries = new Map<string, NodeCacheEntry>();

  build(
    nodes: readonly GraphNode[],
    selected: ReadonlySet<string>,
    measured: Readonly<Record<string, Size>>,
    tags: ReadonlyMap<string, string>,
    plan: DockPlan = NO_DOCKS,
    selectedEdges: ReadonlySet<string> = NO_EDGES,
  ): FlowNode[] {
    const next = new Map<string, NodeCacheEntry>();
    const hosts = new Map<string, GraphNode>();
    if (plan.trays.size > 0) for (const n of nodes) if (plan.trays.has(n.id)) hosts.set(n.id, n);
    const out = nodes.map((graph) => {
      const old = this.entries.get(graph.id);
      // The plan is worked out again on every change (each drag frame): an unchanged dock keeps its
      // old object, so the card's flow node stays the same object and React Flow skips it.
      const planned = plan.docks.get(graph.id);
      const dock = planned && old?.dock && sameDock(old.dock, planned) ? old.dock : planned;
      const isSelected = selected.has(graph.id) || (dock !== undefined && selectedEdges.has(dock.edge));
      const size = measured[graph.id];
      const tag = tags.get(graph.id) ?? nodeName(graph);
      let position: XY = graph.position;
      if (dock) {
        const host = hosts.get(dock.host);
        if (host) {
          const hostHeight = measured[host.id]?.height ?? estimateSize(host).height;
          position = dockPosition(host.position, hostHeight, dock.slot);
          if (old && old.flow.position.x === position.x && old.flow.position.y === position.y)
            position = old.flow.position;
        }
      }
      if (
        old &&
        old.graph === graph &&
        old.tag === tag &&
        old.selected === isSelected &&
        old.measured === size &&
        old.dock === dock &&
        old.flow.position === position
      ) {
        next.set(graph.id, old);
        return old.flow;
      }
      // A move or a new size leaves what the card shows alone: keeping `data` lets the memoised
      // node component skip its render (for all 500 nodes when their sizes first arrive).
      const data =
        old &&
        old.graph.data === graph.data &&
        old.graph.kind === graph.kind &&
        old.tag === tag &&
        old.dock === dock
          ? old.flow.data
          : { graph, tag, ...(dock && { dock }) };
      const flow: FlowNode = {
        id: graph.id,
        type: dock ? 'docked' : graph.kind,
        position,
        data,
        selected: isSelected,
        ariaLabel: `${kindRegistry[graph.kind].label} ${tag}`,
        ...(size && { measured: size }),
        ...(graph.kind === 'priority' && { deletable: false }),
        ...(dock && { connectable: false, className: 'sc-flow-docked' }),
      };
      next.set(graph.id, { graph, tag, selected: isSelected, measured: size, dock, flow });
      return flow;
    });
    this.entries = next;
    return out;
  }
}

/** Two docks that draw the same way. */
function sameDock(a: Dock, b: Dock): boolean {
  return (
    a.host === b.host && a.edge === b.edge && a.slot === b.slot && a.role === b.role && a.field === b.field
  );
}

/**
 * The name each node is known by on the canvas and in test ids: its own name, or for rules and
 * scopes what they are attached to (`Job`, `Job.status`), which tells them apart.
 */
export function nodeTags(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const n of nodes) if (n.kind === 'entity') names.set(n.id, n.data.name);
  const tags = new Map<string, string>();
  for (const e of edges) {
    if ((e.kind !== 'rule' && e.kind !== 'scope') || tags.has(e.source)) continue;
    const entity = names.get(e.target);
    if (entity === undefined) continue;
    tags.set(
      e.source,
      e.kind === 'rule' && e.data.field !== undefined ? `${entity}.${e.data.field}` : entity,
    );
  }
  return tags;
}

interface EdgeCacheEntry {
  readonly graph: GraphEdge;
  readonly selected: boolean;
  readonly route: EdgeRoute | undefined;
  readonly flow: FlowEdge;
}

/** No routes: every edge drawn as a curve. */
export const NO_ROUTES: Readonly<Record<string, EdgeRoute>> = {};

/**
 * Same reuse for edges; the edges in `hidden` (those docking replaces) are left out, each edge carries
 * its path from `routes` (Arrange's, see `DesignerDocument.routes`).
 */
export class FlowEdgeCache {
  private entries = new Map<string, EdgeCacheEntry>();

  build(
    edges: readonly GraphEdge[],
    selected: ReadonlySet<string>,
    hidden: ReadonlySet<string> = NO_EDGES,
    routes: Readonly<Record<string, EdgeRoute>> = NO_ROUTES,
  ): FlowEdge[] {
    const next = new Map<string, EdgeCacheEntry>();
    const shown = hidden.size === 0 ? edges : edges.filter((e) => !hidden.has(e.id));
    const out = shown.map((graph) => {
      const isSelected = selected.has(graph.id);
      const route = routes[graph.id];
      const old = this.entries.get(graph.id);
      if (old && old.graph === graph && old.selected === isSelected && old.route === route) {
        next.set(graph.id, old);
        return old.flow;
      }
      const handles = edgeHandles(graph);
      const flow: FlowEdge = {
        id: graph.id,
        type: 'labelled',
        source: graph.source,
        target: graph.target,
        sourceHandle: handles.source,
        targetHandle: handles.target,
        data: { graph, ...(route && { route }) },
        selected: isSelected,
        className: `sc-edge sc-edge--${graph.kind}`,
        ariaLabel: `${graph.kind} connection`,
      };
      next.set(graph.id, { graph, selected: isSelected, route, flow });
      return flow;
    });
    this.entries = next;
    return out;
  }
}
