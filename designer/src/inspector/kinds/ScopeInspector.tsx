import type { NodeOf } from '../../graph/types';
import { useDesignerShallow } from '../../store/context';
import { ConditionBuilder } from '../condition/ConditionBuilder';
import { Section } from '../controls';
import { useNodeEdit, useParamNames, useRoleNames } from '../hooks';

/** Edits a scope's condition with the visual builder, offering the connected entity's fields. */
export function ScopeInspector(props: { node: NodeOf<'scope'> }) {
  const edit = useNodeEdit(props.node);
  const target = useDesignerShallow((s) => {
    const edge = s.document.edges.find((e) => e.kind === 'scope' && e.source === props.node.id);
    const entity = s.document.nodes.find((n) => n.id === edge?.target);
    return entity?.kind === 'entity' ? entity.data : undefined;
  });
  const fields = useDesignerShallow((s) => {
    const edge = s.document.edges.find((e) => e.kind === 'scope' && e.source === props.node.id);
    const entity = s.document.nodes.find((n) => n.id === edge?.target);
    return entity?.kind === 'entity' ? entity.data.fields.map((f) => `${f.name}:${f.type}`) : [];
  });
  const roles = useRoleNames();
  const params = useParamNames();
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
        choices={{ fields: fields.map(splitField), params, roles }}
        onChange={(condition) => edit({ condition }, 'condition')}
      />
    </Section>
  );
}

function splitField(text: string) {
  const cut = text.lastIndexOf(':');
  return { name: text.slice(0, cut), type: text.slice(cut + 1) };
}
