import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { GraphNode } from '../../graph/types';
import { KindIcon } from '../../kinds/KindIcon';
import { kindRegistry } from '../../kinds/registry';
import type { NodeKindDef } from '../../kinds/types';
import type { FlowNode } from '../flow-types';
import { IssueBadge } from './IssueBadge';

/**
 * A conflict rule or scope docked under its entity: one compact row saying what it is ("Rule", the
 * overridden field's name, or "Scope") and what it does. It is still a card of its own: click or
 * Tab to it to select it and edit it in the inspector, Delete removes it; dragging it moves its
 * entity. Its test id is the free card's (`node-conflictRule-Job.status`, `node-scope-Job`).
 */
export const DockedNode = memo(function DockedNode(props: NodeProps<FlowNode>) {
  const { graph, tag, dock } = props.data;
  const def = kindRegistry[graph.kind] as unknown as NodeKindDef<GraphNode['kind']>;
  const summary = (def.summary as (d: GraphNode['data']) => string)(graph.data);
  const role = dock?.role ?? 'rule';
  const label = role === 'scope' ? 'Scope' : role === 'rule' ? 'Rule' : (dock?.field ?? tag);
  const what = role === 'scope' ? 'Offline scope' : role === 'rule' ? 'Conflict rule' : 'Field rule';
  return (
    <div
      className={`sc-docked sc-docked--${role}${props.selected ? ' sc-docked--selected' : ''}`}
      style={{ '--sc-node-hue': `var(${def.hue})` } as React.CSSProperties}
      data-testid={`node-${graph.kind}-${tag}`}
      title={`${what} · ${tag}: ${summary}`}
    >
      <span className="sc-node__icon">
        <KindIcon kind={graph.kind} />
      </span>
      <span
        className={role === 'field-rule' ? 'sc-docked__label sc-docked__label--field' : 'sc-docked__label'}
      >
        {label}
      </span>
      <span className="sc-docked__summary">{summary}</span>
      <IssueBadge id={graph.id} />
    </div>
  );
});
