import type { Edge, Node } from '@xyflow/react';
import type { Dock } from '../compiler/layout-dock';
import type { EdgeRoute, GraphEdge, GraphNode, NodeKind } from '../graph/types';

/** How a node, edge or field differs from the drawing it is compared with (the review console). */
export type DrawingMark = 'added' | 'removed' | 'changed';

/**
 * A React Flow node carrying the graph node it draws and the name it is known by (`tag`); a rule or
 * scope docked under its entity also carries its `dock` and is drawn by the `docked` type. On a
 * review drawing an entity may carry `fieldMarks`, by field name. `data` is kept across moves, so
 * read the position from the flow node, not from `data.graph.position`.
 */
export type FlowNode = Node<
  { graph: GraphNode; tag: string; dock?: Dock; fieldMarks?: ReadonlyMap<string, DrawingMark> },
  NodeKind | 'docked'
>;

/**
 * A React Flow edge carrying the graph edge it draws, the path Arrange chose for it (`route`, see
 * `compiler/edge-path.ts`), and `dim` when focus mode leaves it out.
 */
export type FlowEdge = Edge<{ graph: GraphEdge; route?: EdgeRoute; dim?: true }, 'labelled'>;
