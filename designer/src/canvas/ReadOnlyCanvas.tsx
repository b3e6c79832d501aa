/**
 * A drawing shown, not edited: the designer's own node cards and edges, for a spec loaded into a
 * store of its own (the reviewer's console draws the published and the candidate spec with it).
 * Nodes and edges can carry a mark (`added`, `removed`, `changed`) drawn as a coloured outline and
 * said in their accessible name; a focus request centres one node and rings it.
 *
 * Test hooks: the region has the given `testId`; each node keeps the designer's
 * `data-testid="node-<kind>-<name>"`; a marked node's wrapper has `data-mark`, the focused one
 * `data-focused="true"`.
 */
import {
  Background,
  Controls,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { dockPlan } from '../compiler/layout-dock';
import { NODE_KINDS } from '../graph/types';
import { useDesigner } from '../store/context';
import { centreOnNode } from './centre';
import { LabelledEdge } from './edges/LabelledEdge';
import type { DrawingMark, FlowEdge, FlowNode } from './flow-types';
import { DockedNode } from './nodes/DockedNode';
import { EntityNode } from './nodes/EntityNode';
import { KindNode } from './nodes/KindNode';
import { FlowEdgeCache, FlowNodeCache, NO_ROUTES, nodeTags } from './to-flow';
import './canvas.css';

export type { DrawingMark } from './flow-types';

/** Props of {@link ReadOnlyCanvas}. */
export interface ReadOnlyCanvasProps {
  /** The region's accessible name, e.g. "Candidate drawing". */
  readonly label: string;
  readonly testId: string;
  readonly nodeMarks?: ReadonlyMap<string, DrawingMark> | undefined;
  readonly edgeMarks?: ReadonlyMap<string, DrawingMark> | undefined;
  /** Per entity node id, its fields that differ: the card strikes removed ones through, marks the others. */
  readonly fieldMarks?: ReadonlyMap<string, ReadonlyMap<string, DrawingMark>> | undefined;
  /** Centre this node; a new `seq` asks again for the same node. */
  readonly focus?: { readonly nodeId: string; readonly seq: number } | undefined;
}

const nodeTypes = {
  ...Object.fromEntries(NODE_KINDS.map((k) => [k, k === 'entity' ? EntityNode : KindNode])),
  docked: DockedNode,
};
const edgeTypes = { labelled: LabelledEdge };
const proOptions = { hideAttribution: true };
const NONE: ReadonlySet<string> = new Set();
const MARK_WORDS: Record<DrawingMark, string> = { added: 'added', removed: 'removed', changed: 'changed' };

/** The field marks in a card's accessible name: `: field notes removed, field priority added`. */
function fieldWords(fields: ReadonlyMap<string, DrawingMark>): string {
  const said = [...fields].map(([name, mark]) => `field ${name} ${MARK_WORDS[mark]}`);
  return said.length === 0 ? '' : `: ${said.join(', ')}`;
}

/** Draws the store's document read-only; must sit inside a `DesignerStoreProvider`. */
export function ReadOnlyCanvas(props: ReadOnlyCanvasProps) {
  return (
    <ReactFlowProvider>
      <Drawing {...props} />
    </ReactFlowProvider>
  );
}

function Drawing({ label, testId, nodeMarks, edgeMarks, fieldMarks, focus }: ReadOnlyCanvasProps) {
  const nodes = useDesigner((s) => s.document.nodes);
  const edges = useDesigner((s) => s.document.edges);
  const routes = useDesigner((s) => s.document.routes ?? NO_ROUTES);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const nodeCache = useRef(new FlowNodeCache());
  const edgeCache = useRef(new FlowEdgeCache());
  const [measured, setMeasured] = useState<Record<string, { width: number; height: number }>>({});
  const tags = useMemo(() => nodeTags(nodes, edges), [nodes, edges]);
  // Docked as on the designer's canvas; a docked card wears the mark of the edge it replaces.
  const plan = useMemo(() => dockPlan({ nodes, edges }), [nodes, edges]);
  const focusedId = focus?.nodeId;

  const flowNodes = useMemo(
    () =>
      nodeCache.current.build(nodes, NONE, measured, tags, plan).map((node): FlowNode => {
        const dock = plan.docks.get(node.id);
        const mark = nodeMarks?.get(node.id) ?? (dock ? edgeMarks?.get(dock.edge) : undefined);
        const fields = fieldMarks?.get(node.id);
        const focused = node.id === focusedId;
        if (!mark && !focused && !fields) return node;
        return {
          ...node,
          ...(fields ? { data: { ...node.data, fieldMarks: fields } } : {}),
          className: `${mark ? `sc-diff sc-diff--${mark}` : ''}${focused ? ' sc-diff--focused' : ''}`,
          ariaLabel: `${node.ariaLabel ?? ''}${mark ? `, ${MARK_WORDS[mark]}` : ''}${fields ? fieldWords(fields) : ''}`,
          // Test and styling hooks; React Flow passes them to the node's wrapper as they are.
          domAttributes: {
            ...(mark ? { 'data-mark': mark } : {}),
            ...(focused ? { 'data-focused': 'true' } : {}),
          } as NonNullable<FlowNode['domAttributes']>,
        };
      }),
    [nodes, measured, tags, plan, nodeMarks, edgeMarks, fieldMarks, focusedId],
  );
  const flowEdges = useMemo(
    () =>
      edgeCache.current.build(edges, NONE, plan.hiddenEdges, routes).map((edge): FlowEdge => {
        const mark = edgeMarks?.get(edge.id);
        if (!mark) return edge;
        return {
          ...edge,
          className: `${edge.className ?? ''} sc-diff-edge sc-diff-edge--${mark}`,
          ariaLabel: `${edge.ariaLabel ?? ''}, ${MARK_WORDS[mark]}`,
        };
      }),
    [edges, edgeMarks, plan, routes],
  );

  // Sizes are all this drawing takes from React Flow: positions and selection never change.
  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const sizes: Record<string, { width: number; height: number }> = {};
    for (const change of changes)
      if (change.type === 'dimensions' && change.dimensions) sizes[change.id] = change.dimensions;
    if (Object.keys(sizes).length > 0) setMeasured((old) => ({ ...old, ...sizes }));
  }, []);

  useEffect(() => {
    if (focus) centreOnNode(flow, focus.nodeId, 1);
  }, [focus, flow]);

  return (
    <section className="sc-canvas sc-canvas--readonly" aria-label={label} data-testid={testId}>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={flowNodes}
        edges={flowEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        // Tab passes over the drawing: its nodes' marks are in their names for a screen reader's
        // browse mode, and the page lists every change as text (the reviewer's keyboard path).
        nodesFocusable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        fitView
        minZoom={0.1}
        maxZoom={2}
        proOptions={proOptions}
      >
        <Background gap={24} size={1} />
        <Controls position="bottom-left" showInteractive={false} />
      </ReactFlow>
    </section>
  );
}
