import { useState } from 'react';
import type { NodeOf } from '../../graph/types';
import { useDesigner, useDesignerShallow } from '../../store/context';
import { WhoGetsWhatDialog } from '../../who-gets-what/WhoGetsWhatDialog';
import { DraftNameInput, Section, TextInput } from '../controls';
import { grantSummary } from '../edges/grant-summary';
import { useNodeEdit } from '../hooks';
import { nameProblem, optionalText, withOptional } from '../validation';

/** Edits a role's name and description, and lists its permissions (edges to entities). */
export function RoleInspector(props: { node: NodeOf<'role'> }) {
  const edit = useNodeEdit(props.node);
  const [guided, setGuided] = useState(false);
  const d = props.node.data;
  const select = useDesigner((s) => s.select);
  const dispatch = useDesigner((s) => s.dispatch);
  const others = useDesignerShallow((s) =>
    s.document.nodes.flatMap((n) => (n.kind === 'role' && n.id !== props.node.id ? [n.data.name] : [])),
  );
  const permissions = useDesignerShallow((s) =>
    s.document.edges.flatMap((e) => {
      if (e.kind !== 'permission' || e.source !== props.node.id) return [];
      const target = s.document.nodes.find((n) => n.id === e.target);
      return [`${e.id}|${target?.kind === 'entity' ? target.data.name : '?'}|${grantSummary(e.data)}`];
    }),
  );
  return (
    <>
      <Section title="Role">
        <DraftNameInput
          label="Name"
          value={d.name}
          problem={(v) => nameProblem(v, new Set(others))}
          onCommit={(v) =>
            dispatch({ type: 'renameRole', id: props.node.id, to: v }, { mergeKey: `${props.node.id}:name` })
          }
        />
        <TextInput
          label="Description"
          multiline
          value={d.description ?? ''}
          onChange={(v) => edit(withOptional(d, 'description', optionalText(v)), 'description')}
        />
      </Section>
      <Section title="Permissions">
        <button
          type="button"
          className="sc-button"
          data-testid="open-who-gets-what"
          onClick={() => setGuided(true)}
        >
          Choose what goes offline…
        </button>
        <WhoGetsWhatDialog open={guided} onClose={() => setGuided(false)} roleId={props.node.id} />
        {permissions.length === 0 ? (
          <p className="sc-field__hint">Connect the role to an entity to grant a permission.</p>
        ) : (
          <p className="sc-field__hint">
            Each grant is decided on its own. To give this role a second grant on an entity, open its grant
            and choose “Add another grant”.
          </p>
        )}
        <ul className="sc-link-list">
          {permissions.map((p) => {
            const [id, entity, actions] = p.split('|') as [string, string, string];
            return (
              <li key={id}>
                <button type="button" className="sc-link" onClick={() => select({ nodes: [], edges: [id] })}>
                  {entity}: {actions}
                </button>
              </li>
            );
          })}
        </ul>
      </Section>
    </>
  );
}
