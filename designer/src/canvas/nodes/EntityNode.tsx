import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { fieldHandle } from '../../graph/types';
import { entityKind } from '../../kinds/entity';
import { KindIcon } from '../../kinds/KindIcon';
import type { FlowNode } from '../flow-types';
import { IssueBadge } from './IssueBadge';

/**
 * An entity card: title, summary, and one row per field. Each field row has its own target handle
 * (`field:<name>`) where a conflict rule attaches to override that field.
 */
export const EntityNode = memo(function EntityNode(props: NodeProps<FlowNode>) {
  const graph = props.data.graph;
  if (graph.kind !== 'entity') return null;
  const d = graph.data;
  return (
    <div
      className={`sc-node sc-node--entity${props.selected ? ' sc-node--selected' : ''}`}
      style={{ '--sc-node-hue': `var(${entityKind.hue})` } as React.CSSProperties}
      data-testid={`node-entity-${d.name}`}
    >
      {/* The entity's own handles sit by its title, clear of the field handles below. */}
      <Handle type="target" position={Position.Left} id="in" className="sc-handle sc-handle--head" />
      <div className="sc-node__head">
        <span className="sc-node__icon">
          <KindIcon kind="entity" />
        </span>
        <span className="sc-node__title">{d.name}</span>
        <IssueBadge id={graph.id} />
      </div>
      <div className="sc-node__summary">{entityKind.summary(d)}</div>
      <ul className="sc-node__fields">
        {d.fields.map((field) => (
          <li key={field.name} className="sc-node__field">
            <Handle
              type="target"
              position={Position.Left}
              id={fieldHandle(field.name)}
              className="sc-handle sc-handle--field"
            />
            <span className="sc-node__field-name">
              {field.name}
              {field.name === d.key ? <span className="sc-node__key"> key</span> : null}
            </span>
            <span className="sc-node__field-type">
              {field.type}
              {field.required ? '' : '?'}
            </span>
          </li>
        ))}
      </ul>
      <Handle type="source" position={Position.Right} id="out" className="sc-handle sc-handle--head" />
    </div>
  );
});
