import { edgeHandles } from '../compiler/edge-path';
import { estimateSize } from '../compiler/size';
import { newId } from '../graph/ids';
import type { DesignerDocument, EdgeRoute, GraphEdge, GraphNode } from '../graph/types';

/**
 * What makes a node "the same" across two versions of a document, independent of its id:
 * `entity:Job`, `state:online`, `rule:Job.status`, `scope:Job`, ...
 */
export function identityKeys(doc: DesignerDocument): Map<string, string> {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const entityName = (id: string) => {
    const n = byId.get(id);
    return n?.kind === 'entity' ? n.data.name : `?${id}`;
  };
  const keys = new Map<string, string>();
  for (const node of doc.nodes) {
    const key = ownKey(node);
    if (key) keys.set(node.id, key);
  }
  for (const edge of doc.edges) {
    if (edge.kind === 'rule' && !keys.has(edge.source)) {
      const field = edge.data.field === undefined ? '' : `.${edge.data.field}`;
      keys.set(edge.source, `rule:${entityName(edge.target)}${field}`);
    }
    if (edge.kind === 'scope' && !keys.has(edge.source))
      keys.set(edge.source, `scope:${entityName(edge.target)}`);
  }
  return keys;
}

function ownKey(node: GraphNode): string | undefined {
  switch (node.kind) {
    case 'entity':
      return `entity:${node.data.name}`;
    case 'role':
      return `role:${node.data.name}`;
    case 'offlineState':
      return `state:${node.data.state.name}`;
    case 'priority':
      return `priority:${node.data.priority}`;
    case 'anyState':
      return 'anyState';
    case 'retryPolicy':
      return 'retry';
    default:
      return undefined;
  }
}

/**
 * Carries ids and positions from `previous` over to the nodes of `next` that are the same thing
 * (same identity key), so an edit in the JSON view does not rearrange the drawing. Nodes that are
 * new get fresh ids and are placed in a column to the right of the existing drawing. Edges between
 * the same cards keep Arrange's routes.
 */
export function keepPositions(previous: DesignerDocument, next: DesignerDocument): DesignerDocument {
  const before = identityKeys(previous);
  const oldByKey = new Map<string, GraphNode>();
  for (const node of previous.nodes) {
    const key = before.get(node.id);
    if (key && !oldByKey.has(key)) oldByKey.set(key, node);
  }
  const after = identityKeys(next);
  const rename = new Map<string, string>();
  const used = new Set<string>();
  let right = 0;
  for (const node of previous.nodes) right = Math.max(right, node.position.x + estimateSize(node).width);
  let y = 0;
  const nodes = next.nodes.map((node) => {
    const key = after.get(node.id);
    const old = key === undefined ? undefined : oldByKey.get(key);
    if (old && old.kind === node.kind && !used.has(old.id)) {
      used.add(old.id);
      rename.set(node.id, old.id);
      return { ...node, id: old.id, position: old.position } as GraphNode;
    }
    const id = newId(node.kind);
    rename.set(node.id, id);
    const placed = { ...node, id, position: { x: right + 80, y } } as GraphNode;
    y += estimateSize(node).height + 40;
    return placed;
  });
  const edges = next.edges.map((edge) => ({
    ...edge,
    source: rename.get(edge.source) ?? edge.source,
    target: rename.get(edge.target) ?? edge.target,
  }));
  const routes = keepRoutes(previous, edges);
  return { ...next, nodes, edges, ...(routes && { routes }) };
}

/**
 * Arrange's routes of `previous`, for the edges of `edges` that join the same handles of the same
 * cards (parallel edges in turn). The canvas still checks each route's ends before drawing it.
 */
function keepRoutes(
  previous: DesignerDocument,
  edges: readonly GraphEdge[],
): Record<string, EdgeRoute> | undefined {
  if (!previous.routes) return undefined;
  const key = (e: GraphEdge) => `${e.kind}|${e.source}|${e.target}|${edgeHandles(e).target}`;
  const old = new Map<string, EdgeRoute[]>();
  for (const edge of previous.edges) {
    const route = previous.routes[edge.id];
    if (!route) continue;
    const list = old.get(key(edge));
    if (list) list.push(route);
    else old.set(key(edge), [route]);
  }
  const routes: Record<string, EdgeRoute> = {};
  for (const edge of edges) {
    const route = old.get(key(edge))?.shift();
    if (route) routes[edge.id] = route;
  }
  return routes;
}
