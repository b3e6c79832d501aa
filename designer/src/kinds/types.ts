import type { ComponentType } from 'react';
import type {
  DesignerDocument,
  GraphEdge,
  GraphNode,
  NodeDataByKind,
  NodeKind,
  NodeOf,
  XY,
} from '../graph/types';

/**
 * Everything the designer knows about one node kind, in one place: the palette entry, the node's
 * look, its default data, its inspector and what it compiles to.
 */
export interface NodeKindDef<K extends NodeKind> {
  readonly kind: K;
  /** Palette and inspector title, e.g. "Conflict rule". */
  readonly label: string;
  /** One sentence for the palette tooltip: what the kind is for. */
  readonly description: string;
  /** SVG path (24×24 view box) of the kind's icon. */
  readonly icon: string;
  /** CSS custom property holding the kind's hue. */
  readonly hue: string;
  /** The short text under the node's title, e.g. "8 fields · read-write". */
  readonly summary: (data: NodeDataByKind[K]) => string;
  /** A new node at `position`, or `undefined` when the document may hold only one and has it. */
  readonly create: (doc: DesignerDocument, position: XY) => NodeOf<K> | undefined;
  /**
   * What a new node comes with so that it is valid at once (an entity: its priority lane and a
   * conflict rule), added in the same undo step.
   */
  readonly companions?: (
    doc: DesignerDocument,
    node: NodeOf<K>,
  ) => { nodes: GraphNode[]; edges: GraphEdge[] };
  /** Whether the palette offers it (the priority lanes are always there). */
  readonly inPalette: boolean;
  /** Edits a node of this kind. */
  readonly Inspector: ComponentType<{ node: NodeOf<K> }>;
  /** What the kind compiles to (the compiler's half, `compiledKinds`). */
  readonly compilesTo: string;
}
