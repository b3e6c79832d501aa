import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { GraphNode } from '../../graph/types';
import { KindIcon } from '../../kinds/KindIcon';
import { kindRegistry } from '../../kinds/registry';
import type { NodeKindDef } from '../../kinds/types';
import type { FlowNode } from '../flow-types';
import { IssueBadge } from './IssueBadge';

/** The card every non-entity kind is drawn with: icon, title, summary, badges and handles. */
export const KindNode = memo(function KindNode(props: NodeProps<FlowNode>) {
  const graph = props.data.graph;
  const def = kindRegistry[graph.kind] as unknown as NodeKindDef<GraphNode['kind']>;
  const summary = (def.summary as (d: GraphNode['data']) => string)(graph.data);
  const takesInput = graph.kind === 'priority' || graph.kind === 'offlineState';
  const givesOutput = graph.kind !== 'priority' && graph.kind !== 'retryPolicy';
  return (
    <div
      className={`sc-node sc-node--${graph.kind}${props.selected ? ' sc-node--selected' : ''}`}
      style={{ '--sc-node-hue': `var(${def.hue})` } as React.CSSProperties}
      data-testid={`node-${graph.kind}-${props.data.tag}`}
    >
      {takesInput ? <Handle type="target" position={Position.Left} id="in" className="sc-handle" /> : null}
      <div className="sc-node__head">
        <span className="sc-node__icon">
          <KindIcon kind={graph.kind} />
        </span>
        <span className="sc-node__title" title={title(graph, def.label, props.data.tag)}>
          {title(graph, def.label, props.data.tag)}
        </span>
        <IssueBadge id={graph.id} />
      </div>
      <div className="sc-node__summary" title={summary}>
        {summary}
      </div>
      {givesOutput ? <Handle type="source" position={Position.Right} id="out" className="sc-handle" /> : null}
    </div>
  );
});

function title(graph: GraphNode, label: string, tag: string): string {
  switch (graph.kind) {
    case 'priority':
      return graph.data.priority;
    case 'offlineState':
      return graph.data.state.name;
    case 'role':
      return graph.data.name;
    case 'conflictRule':
      return tag === graph.data.rule.strategy ? label : `Rule · ${tag}`;
    case 'scope':
      return tag === 'scope' ? label : `Scope · ${tag}`;
    default:
      return label;
  }
}
