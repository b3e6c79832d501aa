import type { DesignerDocument, GraphNode } from './types';

/**
 * The name a person knows a node by: the entity, state or role name, the priority lane, the rule's
 * strategy. Used for labels, test ids (`node-<kind>-<name>`) and problem messages.
 */
export function nodeName(node: GraphNode): string {
  switch (node.kind) {
    case 'entity':
    case 'role':
      return node.data.name;
    case 'priority':
      return node.data.priority;
    case 'conflictRule':
      return node.data.rule.strategy;
    case 'scope':
      return 'scope';
    case 'offlineState':
      return node.data.state.name;
    case 'anyState':
      return 'any';
    case 'retryPolicy':
      return 'retry';
  }
}

/** Finds a node by id. */
export function findNode(doc: DesignerDocument, id: string): GraphNode | undefined {
  return doc.nodes.find((n) => n.id === id);
}

/** Returns a name based on `base` that no node of the same kind uses yet: `Entity`, `Entity2`, ... */
export function uniqueName(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}
