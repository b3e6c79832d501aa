import type { NodeOf } from '../../graph/types';
import { useDesignerShallow } from '../../store/context';
import { ConditionBuilder } from '../condition/ConditionBuilder';
import { Section } from '../controls';
import { useConditionChoices, useNodeEdit } from '../hooks';

/** Edits a scope's condition with the visual builder, offering the connected entity's fields. */
export function ScopeInspector(props: { node: NodeOf<'scope'> }) {
  const edit = useNodeEdit(props.node);
  const target = useDesignerShallow((s) => {
    const edge = s.document.edges.find((e) => e.kind === 'scope' && e.source === props.node.id);
    const entity = s.document.nodes.find((n) => n.id === edge?.target);
    return entity?.kind === 'entity' ? entity.data : undefined;
  });
  const choices = useConditionChoices(target?.name);
  return (
    <Section title="Which records go offline">
      <p className="sc-field__hint">
        {target
          ? `Only ${target.name} records that match go to the device.`
          : 'Connect this scope to an entity to choose its fields.'}
      </p>
      <ConditionBuilder
        label="Scope condition"
        value={props.node.data.condition}
        choices={choices}
        onChange={(condition) => edit({ condition }, 'condition')}
      />
    </Section>
  );
}
