import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { fieldHandle } from '../../graph/types';
import { entityKind } from '../../kinds/entity';
import { KindIcon } from '../../kinds/KindIcon';
import type { FlowNode } from '../flow-types';
import { IssueBadge } from './IssueBadge';

/**
 * An entity card: title, summary, and one row per field. Each field row has its own target handle
 * (`field:<name>`) where a conflict rule attaches to override that field. On a review drawing a row
 * may carry a mark (`data.fieldMarks`): added and changed rows are highlighted, a removed one is
 * struck through and ghosted; the row has `data-field-mark`.
 */
export const EntityNode = memo(function EntityNode(props: NodeProps<FlowNode>) {
  const graph = props.data.graph;
  if (graph.kind !== 'entity') return null;
  const d = graph.data;
  const marks = props.data.fieldMarks;
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
      {/* The summary counts what the entity has: a removed field drawn ghosted is not one of them. */}
      <div className="sc-node__summary">
        {entityKind.summary(
          marks ? { ...d, fields: d.fields.filter((f) => marks.get(f.name) !== 'removed') } : d,
        )}
      </div>
      <ul className="sc-node__fields">
        {d.fields.map((field) => {
          const mark = marks?.get(field.name);
          return (
            <li
              key={field.name}
              className={mark ? `sc-node__field sc-node__field--${mark}` : 'sc-node__field'}
              {...(mark ? { 'data-field-mark': mark } : {})}
            >
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
          );
        })}
      </ul>
      <Handle type="source" position={Position.Right} id="out" className="sc-handle sc-handle--head" />
    </div>
  );
});
