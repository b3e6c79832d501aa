import { newId } from '../graph/ids';
import { uniqueName } from '../graph/names';
import type { DesignerDocument, GraphEdge, GraphNode } from '../graph/types';

/**
 * Copies of `nodes` and the `edges` between them, with fresh ids, shifted by `offset`, and renamed
 * where a name must stay unique (entities, roles, states). A pasted state is never the initial one.
 */
export function pasteNodes(
  doc: DesignerDocument,
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  offset: number,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const names = {
    entity: new Set(doc.nodes.flatMap((n) => (n.kind === 'entity' ? [n.data.name] : []))),
    role: new Set(doc.nodes.flatMap((n) => (n.kind === 'role' ? [n.data.name] : []))),
    state: new Set(doc.nodes.flatMap((n) => (n.kind === 'offlineState' ? [n.data.state.name] : []))),
  };
  const ids = new Map<string, string>();
  const copies: GraphNode[] = [];
  for (const node of nodes) {
    if (node.kind === 'anyState' && doc.nodes.some((n) => n.kind === 'anyState')) continue;
    const id = newId(node.kind);
    ids.set(node.id, id);
    const position = { x: node.position.x + offset, y: node.position.y + offset };
    if (node.kind === 'entity') {
      const name = uniqueName(names.entity, node.data.name);
      names.entity.add(name);
      copies.push({ ...node, id, position, data: { ...node.data, name } });
    } else if (node.kind === 'role') {
      const name = uniqueName(names.role, node.data.name);
      names.role.add(name);
      copies.push({ ...node, id, position, data: { ...node.data, name } });
    } else if (node.kind === 'offlineState') {
      const name = uniqueName(names.state, node.data.state.name);
      names.state.add(name);
      copies.push({ ...node, id, position, data: { initial: false, state: { ...node.data.state, name } } });
    } else {
      copies.push({ ...node, id, position } as GraphNode);
    }
  }
  const copiedEdges: GraphEdge[] = [];
  for (const edge of edges) {
    const source = ids.get(edge.source);
    const target = ids.get(edge.target);
    if (source && target) copiedEdges.push({ ...edge, id: newId(edge.kind), source, target } as GraphEdge);
  }
  return { nodes: copies, edges: copiedEdges };
}
