import type { GraphEdge } from '../../graph/types';
import { findMembership } from '../../inspector/condition/membership';

/**
 * The words on an edge: a relation's name, a permission's actions (and the membership records that
 * grant it, `read · via ListMember`), a transition's event.
 */
export function edgeLabel(edge: GraphEdge): string | undefined {
  switch (edge.kind) {
    case 'relation':
      return `${edge.data.name} · ${edge.data.kind}`;
    case 'permission': {
      const granted = findMembership(edge.data.scope);
      const actions = edge.data.actions.join(' · ');
      return granted ? `${actions} · via ${granted.exists}` : actions;
    }
    case 'transition':
      return edge.data.action ? `${edge.data.event}: ${edge.data.action}` : edge.data.event;
    case 'rule':
      return edge.data.field;
    default:
      return undefined;
  }
}

/** Height of an edge label on the canvas, in pixels (11 px text, its padding and border). */
export const LABEL_HEIGHT = 18;

/**
 * The size an edge's label is drawn at, estimated from its words before the browser measures it (as
 * `estimateSize` does for cards), so Arrange can leave room for it.
 */
export function estimateLabelSize(label: string): { width: number; height: number } {
  return { width: Math.ceil(label.length * 6.2) + 14, height: LABEL_HEIGHT };
}
