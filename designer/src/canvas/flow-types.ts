import type { Edge, Node } from '@xyflow/react';
import type { GraphEdge, GraphNode, NodeKind } from '../graph/types';

/** A React Flow node carrying the graph node it draws. */
export type FlowNode = Node<{ graph: GraphNode }, NodeKind>;

/** A React Flow edge carrying the graph edge it draws. */
export type FlowEdge = Edge<{ graph: GraphEdge }, 'labelled'>;
