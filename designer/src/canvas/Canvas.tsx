/**
 * The flow canvas: draws the document's nodes and edges, and turns drags, connections, drops from
 * the palette and keyboard shortcuts into store commands.
 *
 * Test hooks: the canvas is a region named "Canvas" (`data-testid="canvas"`); each node carries
 * `data-testid="node-<kind>-<name>"`: `node-entity-Job`, `node-role-technician`,
 * `node-priority-critical`, `node-offlineState-online`, `node-anyState-any`,
 * `node-retryPolicy-retry`; rules and scopes are named by what they are attached to
 * (`node-conflictRule-Job`, `node-conflictRule-Job.status`, `node-scope-Job`), or by their strategy
 * (`node-conflictRule-last-writer-wins`) / `node-scope-scope` while unattached. Badges are
 * `badge-error` / `badge-warning`; a refused connection shows its reason in
 * `data-testid="canvas-notice"`. Shortcuts: see `shortcuts.ts`.
 */
import {
  Background,
  type Connection,
  Controls,
  type EdgeChange,
  type FinalConnectionState,
  MiniMap,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { dockPlan } from '../compiler/layout-dock';
import { checkConnection } from '../connections/rules';
import type { GraphNode, NodeKind, XY } from '../graph/types';
import { NODE_KINDS } from '../graph/types';
import { kindRegistry } from '../kinds/registry';
import type { NodeKindDef } from '../kinds/types';
import { useDesigner, useDesignerStore } from '../store/context';
import { centreOnNode } from './centre';
import { LabelledEdge } from './edges/LabelledEdge';
import type { FlowEdge, FlowNode } from './flow-types';
import { entityOfSelection, FocusDimmer, focusSet } from './focus';
import { DockedNode } from './nodes/DockedNode';
import { EntityNode } from './nodes/EntityNode';
import { KindNode } from './nodes/KindNode';
import { freeSpot } from './placement';
import { useShortcuts } from './shortcuts';
import { FlowEdgeCache, FlowNodeCache, NO_ROUTES, nodeTags } from './to-flow';
import './canvas.css';

/** The data-transfer type the palette uses when a kind is dragged onto the canvas. */
export const KIND_MIME = 'application/x-syncraft-kind';

const nodeTypes = {
  ...Object.fromEntries(NODE_KINDS.map((k) => [k, k === 'entity' ? EntityNode : KindNode])),
  docked: DockedNode,
};
const edgeTypes = { labelled: LabelledEdge };
/**
 * From this many nodes the canvas paints a plainer drawing (solid lanes, no card shadows): dashed
 * curves crossing the whole canvas and hundreds of shadows are what made each drag frame slow.
 */
export const LARGE_DRAWING = 150;
/**
 * Below this zoom a large drawing shows its cards as plain coloured boxes: their words would be under
 * 3 px tall, and painting them was half of each drag frame at the fit-to-view zoom of 500 nodes.
 */
export const FAR_ZOOM = 0.3;
const isFar = (s: { transform: readonly [number, number, number] }) => s.transform[2] < FAR_ZOOM;
const proOptions = { hideAttribution: true };
const multiSelectionKeys = ['Meta', 'Control'];
const miniMapStyle = { width: 168, height: 112 };
// Module-level so the minimap's 500 node markers keep equal props and skip re-rendering per frame.
const miniMapClass = (n: FlowNode) => `sc-mini sc-mini--${n.type ?? 'entity'}`;
const onDragOver = (e: DragEvent) => {
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
};

export function Canvas() {
  return (
    <ReactFlowProvider>
      <FlowCanvas />
    </ReactFlowProvider>
  );
}

function FlowCanvas() {
  const store = useDesignerStore();
  const nodes = useDesigner((s) => s.document.nodes);
  const edges = useDesigner((s) => s.document.edges);
  const routes = useDesigner((s) => s.document.routes ?? NO_ROUTES);
  const selection = useDesigner((s) => s.selection);
  const measured = useDesigner((s) => s.measured);
  const focusRequest = useDesigner((s) => s.focusRequest);
  const notice = useDesigner((s) => s.notice);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const wrapper = useRef<HTMLDivElement>(null);
  const nodeCache = useRef(new FlowNodeCache());
  const edgeCache = useRef(new FlowEdgeCache());
  useShortcuts(store);

  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set(selection.edges), [selection.edges]);
  const tags = useMemo(() => nodeTags(nodes, edges), [nodes, edges]);
  // Rules and scopes of one entity are drawn under it, without their edges (see layout-dock.ts).
  const plan = useMemo(() => dockPlan({ nodes, edges }), [nodes, edges]);
  const flowNodes = useMemo(
    () => nodeCache.current.build(nodes, selectedNodes, measured, tags, plan, selectedEdges),
    [nodes, selectedNodes, measured, tags, plan, selectedEdges],
  );
  const flowEdges = useMemo(
    () => edgeCache.current.build(edges, selectedEdges, plan.hiddenEdges, routes),
    [edges, selectedEdges, plan, routes],
  );
  const latest = useRef({ flowNodes, plan });
  latest.current = { flowNodes, plan };

  // Focus mode: the focused entity and what is attached to it stand out, the rest is dimmed.
  const focusEntity = useDesigner((s) => s.focusEntity);
  const focus = useMemo(
    () => (focusEntity === undefined ? undefined : focusSet({ nodes, edges }, plan, focusEntity)),
    [focusEntity, nodes, edges, plan],
  );
  const dimmer = useRef(new FocusDimmer());
  const shownNodes = useMemo(() => dimmer.current.dimNodes(flowNodes, focus), [flowNodes, focus]);
  const shownEdges = useMemo(() => dimmer.current.dimEdges(flowEdges, focus), [flowEdges, focus]);
  const focusable = useMemo(
    () => (focusEntity === undefined ? entityOfSelection({ nodes, edges }, plan, selection) : undefined),
    [focusEntity, nodes, edges, plan, selection],
  );
  const nameOf = (id: string | undefined) => {
    const n = id === undefined ? undefined : nodes.find((x) => x.id === id);
    return n?.kind === 'entity' ? n.data.name : undefined;
  };
  // Fit the focused part into view when focus mode starts or moves to another entity (not on every
  // edit inside it, hence the ref).
  const focusRef = useRef(focus);
  focusRef.current = focus;
  useEffect(() => {
    const ids = focusEntity === undefined ? undefined : focusRef.current?.nodes;
    if (!ids) return;
    const frame = requestAnimationFrame(
      () => void flow.fitView({ nodes: [...ids].map((id) => ({ id })), padding: 0.2, duration: 200 }),
    );
    return () => cancelAnimationFrame(frame);
  }, [focusEntity, flow]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const s = store.getState();
      const positions: Record<string, XY> = {};
      let dragging = false;
      let moved = false;
      const sizes: Record<string, { width: number; height: number }> = {};
      let selected: Set<string> | undefined;
      const { flowNodes: drawn, plan: docking } = latest.current;
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          dragging ||= change.dragging === true;
          moved = true;
          const dock = docking.docks.get(change.id);
          if (!dock) {
            positions[change.id] = change.position;
            continue;
          }
          // Dragging a docked card drags its entity (unless the entity is being dragged too).
          if (changes.some((c) => c.type === 'position' && c.id === dock.host)) continue;
          const at = drawn.find((n) => n.id === change.id)?.position;
          const host = s.document.nodes.find((n) => n.id === dock.host);
          if (!at || !host || positions[dock.host]) continue;
          positions[dock.host] = {
            x: host.position.x + change.position.x - at.x,
            y: host.position.y + change.position.y - at.y,
          };
        } else if (change.type === 'dimensions' && change.dimensions) {
          sizes[change.id] = change.dimensions;
        } else if (change.type === 'select') {
          selected ??= new Set(s.selection.nodes);
          if (change.selected) selected.add(change.id);
          else selected.delete(change.id);
        }
      }
      if (moved) s.moveNodes(positions, dragging);
      if (Object.keys(sizes).length > 0) s.setMeasured(sizes);
      if (selected) s.select({ nodes: [...selected] });
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const s = store.getState();
      let selected: Set<string> | undefined;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selected ??= new Set(s.selection.edges);
        if (change.selected) selected.add(change.id);
        else selected.delete(change.id);
      }
      if (selected) s.select({ edges: [...selected] });
    },
    [store],
  );

  const isValidConnection = useCallback(
    (c: Connection | FlowEdge) => checkConnection(store.getState().document, c).ok,
    [store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      const s = store.getState();
      const result = checkConnection(s.document, c);
      if (result.ok) s.connect(result.edge, result.replaces);
      else s.notify(result.reason);
    },
    [store],
  );

  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      // Explain a refused connection: React Flow only reports that it was not valid.
      if (state.isValid !== false || !state.fromNode || !state.toNode) return;
      const s = store.getState();
      const fromSource = state.fromHandle?.type !== 'target';
      const attempt = fromSource
        ? { source: state.fromNode.id, target: state.toNode.id, targetHandle: state.toHandle?.id ?? null }
        : { source: state.toNode.id, target: state.fromNode.id, targetHandle: state.fromHandle?.id ?? null };
      const result = checkConnection(s.document, attempt);
      if (!result.ok) s.notify(result.reason);
    },
    [store],
  );

  const updateCentre = useCallback(() => {
    const box = wrapper.current?.getBoundingClientRect();
    if (!box) return;
    const centre = flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    store.getState().setViewCentre({ x: Math.round(centre.x), y: Math.round(centre.y) });
  }, [flow, store]);

  const onNodeDragStop = useCallback(() => store.getState().moveNodes({}, false), [store]);

  const onInit = useCallback(() => {
    updateCentre();
    if (store.getState().document.nodes.length > 0) void flow.fitView({ padding: 0.15 });
  }, [updateCentre, flow, store]);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(KIND_MIME) as NodeKind;
      if (!(NODE_KINDS as readonly string[]).includes(kind)) return;
      event.preventDefault();
      const position = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addKind(store, kind, { x: Math.round(position.x), y: Math.round(position.y) });
    },
    [flow, store],
  );

  useEffect(() => {
    if (focusRequest) centreOnNode(flow, focusRequest.nodeId, Math.max(flow.getZoom(), 1));
  }, [focusRequest, flow]);

  const fitRequest = useDesigner((s) => s.fitRequest);
  useEffect(() => {
    if (fitRequest === 0) return;
    // Wait a frame so React Flow has the new nodes (and their sizes) before fitting.
    // A large drawing fits at once: each frame of an animated fit repaints every node and edge.
    const duration = store.getState().document.nodes.length > LARGE_DRAWING ? 0 : 200;
    const frame = requestAnimationFrame(() => void flow.fitView({ padding: 0.12, duration }));
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, flow, store]);

  const large = nodes.length > LARGE_DRAWING;
  const far = useStore(isFar);
  const [visibleNotice, setVisibleNotice] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!notice) return;
    setVisibleNotice(notice.text);
    const timer = setTimeout(() => setVisibleNotice(undefined), 5000);
    return () => clearTimeout(timer);
  }, [notice]);

  return (
    <section
      className={large ? `sc-canvas sc-canvas--large${far ? ' sc-canvas--far' : ''}` : 'sc-canvas'}
      aria-label="Canvas"
      data-testid="canvas"
      ref={wrapper}
    >
      <ReactFlow<FlowNode, FlowEdge>
        nodes={shownNodes}
        edges={shownEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onNodeDragStop={onNodeDragStop}
        onMoveEnd={updateCentre}
        onInit={onInit}
        onDragOver={onDragOver}
        onDrop={onDrop}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={multiSelectionKeys}
        fitView
        minZoom={0.1}
        maxZoom={2}
        // Small drawings keep every node in the page (off-screen ones too); large ones draw what shows.
        onlyRenderVisibleElements={large}
        proOptions={proOptions}
      >
        <Background gap={24} size={1} />
        <Controls position="bottom-left" />
        <MiniMap
          style={miniMapStyle}
          position="bottom-right"
          pannable
          zoomable
          ariaLabel="Overview of the canvas"
          nodeClassName={miniMapClass}
        />
      </ReactFlow>
      {nodes.length <= 7 ? (
        <p className="sc-canvas__empty">
          Drag an entity from the palette to start, then connect it to a priority lane and a conflict rule.
        </p>
      ) : null}
      <div className="sc-canvas__focusbar" data-testid="focus-bar">
        {focus ? (
          <>
            <span>
              Focused on <strong>{nameOf(focusEntity)}</strong> and what is attached to it
            </span>
            <button
              type="button"
              className="sc-button"
              data-testid="focus-exit"
              onClick={() => store.getState().setFocusEntity(undefined)}
            >
              Show everything (Esc)
            </button>
          </>
        ) : focusable !== undefined ? (
          <button
            type="button"
            className="sc-button"
            data-testid="focus-enter"
            title="Show only this entity and what is attached to it (F)"
            onClick={() => store.getState().setFocusEntity(focusable)}
          >
            Focus on {nameOf(focusable)} (F)
          </button>
        ) : null}
      </div>
      <div className="sc-canvas__notice" role="status" aria-live="polite" data-testid="canvas-notice">
        {visibleNotice}
      </div>
    </section>
  );
}

/**
 * Adds a node of `kind` at `position` (or, with `avoidOverlap`, at the nearest free place), or
 * explains why the app cannot have another one.
 */
export function addKind(
  store: ReturnType<typeof useDesignerStore>,
  kind: NodeKind,
  position: XY,
  avoidOverlap = false,
): void {
  const s = store.getState();
  const def = kindRegistry[kind] as unknown as NodeKindDef<NodeKind>;
  const created = def.create(s.document, position) as GraphNode | undefined;
  if (!created) {
    s.notify(`The app already has a ${def.label.toLowerCase()}; there can be only one.`);
    return;
  }
  const node = avoidOverlap
    ? { ...created, position: freeSpot(s.document, s.measured, created, position) }
    : created;
  s.addNode(node, def.companions?.(s.document, node as never));
}
