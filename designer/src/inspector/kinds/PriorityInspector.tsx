import type { NodeOf } from '../../graph/types';
import { useDesignerShallow } from '../../store/context';
import { Section } from '../controls';

/** A priority lane has no settings; it lists the entities that sync in it. */
export function PriorityInspector(props: { node: NodeOf<'priority'> }) {
  const members = useDesignerShallow((s) =>
    s.document.edges.flatMap((e) => {
      if (e.kind !== 'priority' || e.target !== props.node.id) return [];
      const n = s.document.nodes.find((x) => x.id === e.source);
      return n?.kind === 'entity' ? [n.data.name] : [];
    }),
  );
  return (
    <Section title={`Priority: ${props.node.data.priority}`}>
      <p className="sc-field__hint">
        Changes sync lane by lane: critical first, then high, normal and low. Connect an entity to this lane
        to sync it here.
      </p>
      <p>
        {members.length === 0 ? 'No entity syncs in this lane yet.' : `Entities here: ${members.join(', ')}.`}
      </p>
    </Section>
  );
}
