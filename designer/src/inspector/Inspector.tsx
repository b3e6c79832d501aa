/**
 * The inspector panel: edits the selected node or edge; with nothing selected, the app settings.
 *
 * Test hooks: the panel is a region named "Inspector" (`data-testid="inspector"`); the app settings
 * form has `data-testid="app-settings"`; every control is labelled by its visible label text
 * (e.g. "Name", "Strategy", "Availability").
 */
import { type ComponentType, useMemo } from 'react';
import type { GraphNode } from '../graph/types';
import { KindIcon } from '../kinds/KindIcon';
import { kindRegistry } from '../kinds/registry';
import type { NodeKindDef } from '../kinds/types';
import { useDesigner } from '../store/context';
import { AppSettings } from './AppSettings';
import { EdgeInspector } from './edges/EdgeInspector';
import { OwnProblems } from './OwnProblems';
import './inspector.css';

export function Inspector() {
  const selection = useDesigner((s) => s.selection);
  const nodeId = selection.nodes.length === 1 ? selection.nodes[0] : undefined;
  // Select the node's kind and data, not the node: dragging it changes only its position, and the
  // form should not re-render on every frame of a drag.
  const kind = useDesigner((s) => (nodeId ? s.document.nodes.find((n) => n.id === nodeId)?.kind : undefined));
  const data = useDesigner((s) => (nodeId ? s.document.nodes.find((n) => n.id === nodeId)?.data : undefined));
  const node = useMemo(
    () =>
      nodeId !== undefined && kind !== undefined && data !== undefined
        ? ({ id: nodeId, kind, data, position: { x: 0, y: 0 } } as GraphNode)
        : undefined,
    [nodeId, kind, data],
  );
  const edge = useDesigner((s) =>
    selection.nodes.length === 0 && selection.edges.length === 1
      ? s.document.edges.find((e) => e.id === selection.edges[0])
      : undefined,
  );
  const deleteSelection = useDesigner((s) => s.deleteSelection);
  const count = selection.nodes.length + selection.edges.length;
  return (
    <aside className="sc-inspector" aria-label="Inspector" data-testid="inspector">
      {node ? (
        <NodeInspector key={node.id} node={node} />
      ) : edge ? (
        <div key={edge.id}>
          <OwnProblems id={edge.id} />
          <EdgeInspector edge={edge} />
          <button type="button" className="sc-button sc-inspector__delete" onClick={deleteSelection}>
            Delete connection
          </button>
        </div>
      ) : count > 1 ? (
        <section className="sc-inspector__section">
          <h3 className="sc-inspector__section-title">{count} items selected</h3>
          <p className="sc-field__hint">Drag to move them together, copy with Ctrl+C, or delete them.</p>
          <button type="button" className="sc-button" onClick={deleteSelection}>
            Delete {count} items
          </button>
        </section>
      ) : (
        <AppSettings />
      )}
    </aside>
  );
}

function NodeInspector(props: { node: GraphNode }) {
  const def = kindRegistry[props.node.kind] as unknown as NodeKindDef<GraphNode['kind']>;
  const Editor = def.Inspector as ComponentType<{ node: GraphNode }>;
  const deleteSelection = useDesigner((s) => s.deleteSelection);
  return (
    <div>
      <header className="sc-inspector__header" style={{ color: `var(${def.hue})` }}>
        <KindIcon kind={props.node.kind} />
        <h2 className="sc-inspector__title">{def.label}</h2>
      </header>
      <OwnProblems id={props.node.id} />
      <Editor node={props.node} />
      {props.node.kind !== 'priority' ? (
        <button type="button" className="sc-button sc-inspector__delete" onClick={deleteSelection}>
          Delete {def.label.toLowerCase()}
        </button>
      ) : null}
    </div>
  );
}
