import { OFFLINE_EVENTS, type OfflineEvent } from '@syncraft/runtime/spec';
import type { EdgeDataByKind, EdgeKind, GraphEdge } from '../../graph/types';
import { useDesigner, useDesignerShallow } from '../../store/context';
import { Section, Select, TextInput, withCurrent } from '../controls';
import { nameProblem, withOptional } from '../validation';
import { PermissionInspector } from './PermissionInspector';

/** Edits the selected connection: a relation, a permission or a transition; explains the others. */
export function EdgeInspector(props: { edge: GraphEdge }) {
  const { edge } = props;
  const dispatch = useDesigner((s) => s.dispatch);
  const ends = useDesignerShallow((s) => {
    const source = s.document.nodes.find((n) => n.id === edge.source);
    const target = s.document.nodes.find((n) => n.id === edge.target);
    return { source, target };
  });
  const set = <K extends EdgeKind>(data: EdgeDataByKind[K], control: string) =>
    dispatch({ type: 'setEdgeData', id: edge.id, data }, { mergeKey: `${edge.id}:${control}` });
  const targetFields = ends.target?.kind === 'entity' ? ends.target.data.fields : [];
  const sourceFields = ends.source?.kind === 'entity' ? ends.source.data.fields : [];
  const name = (n: typeof ends.source) =>
    n?.kind === 'entity' || n?.kind === 'role'
      ? n.data.name
      : n?.kind === 'offlineState'
        ? n.data.state.name
        : n?.kind === 'anyState'
          ? 'any state'
          : '?';

  switch (edge.kind) {
    case 'relation': {
      const d = edge.data;
      return (
        <Section title={`Relation ${name(ends.source)} → ${name(ends.target)}`}>
          <TextInput
            label="Relation name"
            value={d.name}
            error={nameProblem(d.name)}
            onChange={(v) => set<'relation'>({ ...d, name: v }, 'name')}
          />
          <Select
            label="Kind"
            value={d.kind}
            options={[
              { value: 'many-to-one', label: `many-to-one: ${name(ends.source)} holds the field` },
              { value: 'one-to-many', label: `one-to-many: ${name(ends.target)} holds the field` },
            ]}
            onChange={(v) => set<'relation'>({ ...d, kind: v ?? 'many-to-one' }, 'kind')}
          />
          <Select
            label="Linking field"
            value={d.field}
            options={withCurrent(
              (d.kind === 'many-to-one' ? sourceFields : targetFields).map((f) => f.name),
              d.field,
            )}
            onChange={(v) => set<'relation'>({ ...d, field: v ?? d.field }, 'field')}
          />
          <Select
            label="When the one side is deleted"
            value={d.onDelete}
            options={[
              { value: 'cascade', label: 'cascade: delete these too' },
              { value: 'restrict', label: 'restrict: refuse the delete' },
              { value: 'set-null', label: 'set-null: clear the link' },
              { value: 'keep', label: 'keep: leave them' },
            ]}
            onChange={(v) => set<'relation'>({ ...d, onDelete: v ?? 'restrict' }, 'onDelete')}
          />
        </Section>
      );
    }
    case 'permission':
      return (
        <PermissionInspector
          edge={edge}
          role={name(ends.source)}
          entity={name(ends.target)}
          fields={targetFields}
        />
      );
    case 'transition': {
      const d = edge.data;
      return (
        <Section title={`Transition ${name(ends.source)} → ${name(ends.target)}`}>
          <Select<OfflineEvent>
            label="Event"
            value={d.event}
            options={OFFLINE_EVENTS}
            onChange={(v) =>
              set<'transition'>(
                withOptional(
                  { ...d, event: v ?? 'connection-lost' },
                  'action',
                  v === 'user-action' ? d.action : undefined,
                ),
                'event',
              )
            }
          />
          {d.event === 'user-action' || d.action !== undefined ? (
            <TextInput
              label="Action name"
              value={d.action ?? ''}
              onChange={(v) =>
                set<'transition'>(withOptional(d, 'action', v === '' ? undefined : v), 'action')
              }
            />
          ) : null}
        </Section>
      );
    }
    case 'priority':
      return (
        <Explain title="Priority">{`${name(ends.source)} syncs in this lane. Delete the connection to choose another lane.`}</Explain>
      );
    case 'rule':
      return (
        <Explain title="Conflict rule">
          {edge.data.field === undefined
            ? `This rule resolves conflicts on ${name(ends.target)}.`
            : `This rule overrides the entity’s rule for field “${edge.data.field}” of ${name(ends.target)}.`}
        </Explain>
      );
    case 'scope':
      return (
        <Explain title="Offline scope">{`The scope decides which ${name(ends.target)} records go to the device.`}</Explain>
      );
  }
}

function Explain(props: { title: string; children: string }) {
  return (
    <Section title={props.title}>
      <p className="sc-field__hint">{props.children}</p>
    </Section>
  );
}
