import { type OfflineState, PRIORITIES, type WriteMode } from '@syncraft/runtime/spec';
import type { NodeOf } from '../../graph/types';
import { useDesignerShallow } from '../../store/context';
import { Checkbox, CheckGroup, DraftNameInput, Section, Select, TextInput, withCurrent } from '../controls';
import { useEntityNames, useNodeEdit } from '../hooks';
import { nameProblem, optionalText, withOptional } from '../validation';

const writeModes = [
  { value: 'allow', label: 'allow: save and sync' },
  { value: 'queue', label: 'queue: save, sync later' },
  { value: 'block', label: 'block: refuse the change' },
] as const;

/** Edits an offline state: network, what syncs, what writes do, and whether the app starts in it. */
export function OfflineStateInspector(props: { node: NodeOf<'offlineState'> }) {
  const edit = useNodeEdit(props.node);
  const { state, initial } = props.node.data;
  const entities = useEntityNames();
  const others = useDesignerShallow((s) =>
    s.document.nodes.flatMap((n) =>
      n.kind === 'offlineState' && n.id !== props.node.id ? [n.data.state.name] : [],
    ),
  );
  const set = (next: OfflineState, control: string) => edit({ initial, state: next }, control);
  const exceptions = state.entityWrites ?? [];
  const setExceptions = (next: typeof exceptions, control: string) =>
    set(withOptional(state, 'entityWrites', next.length === 0 ? undefined : next), control);
  return (
    <>
      <Section title="Offline state">
        <DraftNameInput
          label="Name"
          value={state.name}
          problem={(v) => nameProblem(v, new Set(others))}
          onCommit={(v) => set({ ...state, name: v }, 'name')}
        />
        <TextInput
          label="Description"
          multiline
          value={state.description ?? ''}
          onChange={(v) => set(withOptional(state, 'description', optionalText(v)), 'description')}
        />
        <Checkbox
          label="Initial state"
          hint="The app starts here."
          checked={initial}
          onChange={(v) => edit({ state, initial: v }, 'initial')}
        />
        <Select
          label="Network"
          value={state.network}
          options={['online', 'limited', 'offline']}
          onChange={(v) => set({ ...state, network: v ?? 'online' }, 'network')}
        />
      </Section>
      <Section title="Sync in this state">
        <Checkbox
          label="Sync enabled"
          checked={state.sync.enabled}
          onChange={(v) => set({ ...state, sync: { ...state.sync, enabled: v } }, 'enabled')}
        />
        <CheckGroup
          legend="Only these priorities"
          hint="Leave all unticked to sync every priority."
          options={PRIORITIES}
          value={state.sync.priorities ?? []}
          onChange={(v) =>
            set(
              { ...state, sync: withOptional(state.sync, 'priorities', v.length === 0 ? undefined : v) },
              'priorities',
            )
          }
        />
        <CheckGroup
          legend="Only these entities"
          hint="Leave all unticked to sync every entity."
          options={entities}
          value={state.sync.entities ?? []}
          onChange={(v) =>
            set(
              { ...state, sync: withOptional(state.sync, 'entities', v.length === 0 ? undefined : v) },
              'entities',
            )
          }
        />
      </Section>
      <Section title="Writes">
        <Select<WriteMode>
          label="Local changes"
          value={state.writes}
          options={writeModes}
          onChange={(v) => set({ ...state, writes: v ?? 'allow' }, 'writes')}
        />
        {exceptions.map((ex, i) => (
          <div key={i} className="sc-inline-row">
            <Select
              label={`Exception ${i + 1}: entity`}
              value={ex.entity}
              options={withCurrent(entities, ex.entity)}
              onChange={(v) =>
                setExceptions(
                  exceptions.map((x, j) => (j === i ? { ...x, entity: v ?? x.entity } : x)),
                  `ex${i}`,
                )
              }
            />
            <Select<WriteMode>
              label={`Exception ${i + 1}: writes`}
              value={ex.writes}
              options={writeModes}
              onChange={(v) =>
                setExceptions(
                  exceptions.map((x, j) => (j === i ? { ...x, writes: v ?? x.writes } : x)),
                  `exw${i}`,
                )
              }
            />
            <button
              type="button"
              className="sc-button sc-button--small"
              onClick={() =>
                setExceptions(
                  exceptions.filter((_, j) => j !== i),
                  'ex-remove',
                )
              }
            >
              Remove exception {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="sc-button"
          disabled={entities.length === 0}
          onClick={() =>
            setExceptions([...exceptions, { entity: entities[0] ?? '', writes: 'queue' }], 'ex-add')
          }
        >
          Add an exception for one entity
        </button>
      </Section>
    </>
  );
}
