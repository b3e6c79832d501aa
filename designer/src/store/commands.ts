import type { AppInfo, Parameter } from '@syncraft/runtime/spec';
import type { Replacement } from '../connections/rules';
import type { DesignerDocument, GraphEdge, GraphNode, XY } from '../graph/types';
import { renameEntity, renameField, renameRole } from './renames';

/**
 * Every change to the document is one of these commands. Canvas edits, inspector edits, JSON edits
 * and loads all go through {@link commandRegistry}, so they share one undo stack.
 */
export type Command =
  | {
      readonly type: 'addNodes';
      readonly nodes: readonly GraphNode[];
      readonly edges?: readonly GraphEdge[];
      /** Undo menu words when the nodes come with companions (an entity with its lane and rule). */
      readonly label?: string;
    }
  | { readonly type: 'addEdge'; readonly edge: GraphEdge; readonly replaces?: Replacement }
  | { readonly type: 'setNodeData'; readonly id: string; readonly data: GraphNode['data'] }
  | { readonly type: 'setEdgeData'; readonly id: string; readonly data: GraphEdge['data'] }
  | { readonly type: 'renameField'; readonly id: string; readonly index: number; readonly to: string }
  | { readonly type: 'renameEntity'; readonly id: string; readonly to: string }
  | { readonly type: 'renameRole'; readonly id: string; readonly to: string }
  | {
      readonly type: 'moveNodes';
      readonly positions: Readonly<Record<string, XY>>;
      /** Undo menu words for a move that is not a drag (e.g. "arrange"). */
      readonly label?: string;
    }
  | { readonly type: 'remove'; readonly nodes: readonly string[]; readonly edges: readonly string[] }
  | { readonly type: 'setApp'; readonly app: AppInfo }
  | { readonly type: 'setParameters'; readonly parameters: readonly Parameter[] }
  | { readonly type: 'replaceDocument'; readonly document: DesignerDocument; readonly label: string };

/** How a command behaves: its words in the undo menu, and whether it changes what compiles. */
export interface CommandDef<C extends Command> {
  /** Shown as "Undo <label>". */
  readonly label: (command: C) => string;
  /** False for position-only edits: the spec does not change, so nothing is recompiled. */
  readonly changesSpec: boolean;
  /** Pure: the document after the command. Returns the same document when nothing changes. */
  readonly apply: (doc: DesignerDocument, command: C) => DesignerDocument;
}

type Registry = { readonly [T in Command['type']]: CommandDef<Extract<Command, { type: T }>> };

/** The one command registry: every document edit is defined here, with its undo behaviour. */
export const commandRegistry = {
  addNodes: {
    label: (c) =>
      c.label ?? (c.nodes.length === 1 ? `add ${c.nodes[0]!.kind}` : `add ${c.nodes.length} nodes`),
    changesSpec: true,
    apply: (doc, c) => ({
      ...doc,
      nodes: [...doc.nodes, ...c.nodes],
      edges: [...doc.edges, ...(c.edges ?? [])],
    }),
  },
  addEdge: {
    label: (c) => (c.replaces ? `change ${c.edge.kind}` : `connect ${c.edge.kind}`),
    changesSpec: true,
    apply: (doc, c) => {
      if (!c.replaces) return { ...doc, edges: [...doc.edges, c.edge] };
      const edges = new Set(c.replaces.edges);
      const nodes = new Set(c.replaces.nodes);
      return {
        ...doc,
        nodes: doc.nodes.filter((n) => !nodes.has(n.id)),
        edges: [
          ...doc.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
          c.edge,
        ],
      };
    },
  },
  setNodeData: {
    label: () => 'edit',
    changesSpec: true,
    apply: (doc, c) => ({
      ...doc,
      nodes: doc.nodes.map((n) => (n.id === c.id ? ({ ...n, data: c.data } as GraphNode) : n)),
    }),
  },
  setEdgeData: {
    label: () => 'edit connection',
    changesSpec: true,
    apply: (doc, c) => ({
      ...doc,
      edges: doc.edges.map((e) => (e.id === c.id ? ({ ...e, data: c.data } as GraphEdge) : e)),
    }),
  },
  renameField: {
    label: () => 'rename field',
    changesSpec: true,
    apply: (doc, c) => renameField(doc, c.id, c.index, c.to),
  },
  renameEntity: {
    label: () => 'rename entity',
    changesSpec: true,
    apply: (doc, c) => renameEntity(doc, c.id, c.to),
  },
  renameRole: {
    label: () => 'rename role',
    changesSpec: true,
    apply: (doc, c) => renameRole(doc, c.id, c.to),
  },
  moveNodes: {
    label: (c) => c.label ?? 'move',
    changesSpec: false,
    apply: (doc, c) => {
      let changed = false;
      const nodes = doc.nodes.map((n) => {
        const to = c.positions[n.id];
        if (!to || (to.x === n.position.x && to.y === n.position.y)) return n;
        changed = true;
        return { ...n, position: { x: to.x, y: to.y } };
      });
      // Nothing moved (a click without a drag): no new document, so no undo step.
      return changed ? { ...doc, nodes } : doc;
    },
  },
  remove: {
    label: (c) =>
      `delete ${c.nodes.length + c.edges.length} item${c.nodes.length + c.edges.length === 1 ? '' : 's'}`,
    changesSpec: true,
    apply: (doc, c) => {
      // The four priority lanes are part of every app: they cannot be deleted.
      const nodes = new Set(c.nodes.filter((id) => doc.nodes.find((n) => n.id === id)?.kind !== 'priority'));
      const edges = new Set(c.edges);
      return {
        ...doc,
        nodes: doc.nodes.filter((n) => !nodes.has(n.id)),
        edges: doc.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
      };
    },
  },
  setApp: {
    label: () => 'edit app settings',
    changesSpec: true,
    apply: (doc, c) => ({ ...doc, app: c.app }),
  },
  setParameters: {
    label: () => 'edit parameters',
    changesSpec: true,
    apply: (doc, c) => {
      const { emptyParameters: _dropped, ...rest } = doc;
      return { ...rest, parameters: [...c.parameters] };
    },
  },
  replaceDocument: {
    label: (c) => c.label,
    changesSpec: true,
    apply: (_doc, c) => c.document,
  },
} as const satisfies Registry;

/** Applies a command through the registry. */
export function applyCommand(doc: DesignerDocument, command: Command): DesignerDocument {
  const def = commandRegistry[command.type] as CommandDef<Command>;
  return def.apply(doc, command);
}

/** The registry entry of a command. */
export function commandDef(command: Command): CommandDef<Command> {
  return commandRegistry[command.type] as CommandDef<Command>;
}
