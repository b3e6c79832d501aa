import { BaseEdge, EdgeLabelRenderer, type EdgeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { type Anchor, edgeShape, type Side, shapePath } from '../../compiler/edge-path';
import { useDesigner } from '../../store/context';
import type { FlowEdge } from '../flow-types';
import { edgeLabel } from './edge-label';

const sides: Record<Position, Side> = {
  [Position.Left]: 'left',
  [Position.Right]: 'right',
  [Position.Top]: 'top',
  [Position.Bottom]: 'bottom',
};

/**
 * Every edge: the path Arrange routed around the cards while its ends stay where they were, else a
 * curve; its label on the path (see `compiler/edge-path.ts`, which the layout's measure shares).
 */
export const LabelledEdge = memo(function LabelledEdge(props: EdgeProps<FlowEdge>) {
  const from: Anchor = { x: props.sourceX, y: props.sourceY, side: sides[props.sourcePosition] };
  const to: Anchor = { x: props.targetX, y: props.targetY, side: sides[props.targetPosition] };
  const { path, label: at } = shapePath(edgeShape(from, to, props.data?.route));
  const labelX = at.x;
  const labelY = at.y;
  const graph = props.data?.graph;
  const label = graph ? edgeLabel(graph) : undefined;
  const select = useDesigner((s) => s.select);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        {...(props.markerEnd !== undefined && { markerEnd: props.markerEnd })}
        interactionWidth={16}
      />
      {label ? (
        <EdgeLabelRenderer>
          <button
            type="button"
            tabIndex={-1}
            className={`nodrag nopan sc-edge-label sc-edge-label--${graph?.kind}${props.selected ? ' sc-edge-label--selected' : ''}${props.data?.dim ? ' sc-dim' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid={`edge-label-${props.id}`}
            // The label is part of the edge for the pointer: clicking it selects the edge. (Keyboard
            // users reach the edge itself, which React Flow makes focusable.)
            onClick={() => select({ nodes: [], edges: [props.id] })}
          >
            {label}
          </button>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
