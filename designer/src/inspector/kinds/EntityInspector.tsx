import type { OfflineBehaviour, SyncSettings } from '@syncraft/runtime/spec';
import type { NodeOf } from '../../graph/types';
import { useDesigner, useDesignerShallow } from '../../store/context';
import {
  Checkbox,
  CheckGroup,
  DraftNameInput,
  NumberInput,
  Section,
  Select,
  TextInput,
  withCurrent,
} from '../controls';
import { useNodeEdit } from '../hooks';
import { durationProblem, nameProblem, optionalText, withOptional } from '../validation';
import { EntityConnections } from './EntityConnections';
import { FieldList } from './FieldList';
import { IndexList } from './IndexList';

/** Edits an entity: name, key, fields, indexes, offline behaviour and sync settings. */
export function EntityInspector(props: { node: NodeOf<'entity'> }) {
  const { node } = props;
  const d = node.data;
  const edit = useNodeEdit(node);
  const dispatch = useDesigner((s) => s.dispatch);
  const otherNames = useDesignerShallow((s) =>
    s.document.nodes.flatMap((n) => (n.kind === 'entity' && n.id !== node.id ? [n.data.name] : [])),
  );
  const fieldNames = d.fields.map((f) => f.name);
  const offline = (next: Omit<OfflineBehaviour, 'scope'>, control: string) =>
    edit({ ...d, offline: next }, control);
  const sync = (next: Omit<SyncSettings, 'priority'>, control: string) => edit({ ...d, sync: next }, control);
  const schedule = d.sync.schedule ?? {};
  const setSchedule = (next: typeof schedule, control: string) =>
    sync(withOptional(d.sync, 'schedule', Object.keys(next).length === 0 ? undefined : next), control);

  return (
    <>
      <Section title="Entity">
        <DraftNameInput
          label="Name"
          value={d.name}
          problem={(v) => nameProblem(v, new Set(otherNames))}
          onCommit={(v) =>
            dispatch({ type: 'renameEntity', id: node.id, to: v }, { mergeKey: `${node.id}:name` })
          }
        />
        <TextInput
          label="Description"
          multiline
          value={d.description ?? ''}
          onChange={(v) => edit(withOptional(d, 'description', optionalText(v)), 'description')}
        />
        <Select
          label="Key field"
          value={d.key}
          options={withCurrent(fieldNames, d.key)}
          onChange={(v) => edit({ ...d, key: v ?? d.key }, 'key')}
          error={fieldNames.includes(d.key) ? undefined : `No field is named “${d.key}”.`}
        />
      </Section>
      <EntityConnections node={node} />
      <Section title="Fields">
        <FieldList node={node} />
      </Section>
      <Section title="Indexes">
        <IndexList node={node} />
      </Section>
      <Section title="Offline">
        <Select
          label="Availability"
          value={d.offline.availability}
          options={[
            { value: 'read-write', label: 'read-write: usable offline' },
            { value: 'read-only', label: 'read-only: readable offline' },
            { value: 'online-only', label: 'online-only: never stored' },
          ]}
          onChange={(v) => offline({ ...d.offline, availability: v ?? 'read-write' }, 'availability')}
        />
        <NumberInput
          label="Most records on the device"
          min={1}
          value={d.offline.maxRecords}
          onChange={(v) => offline(withOptional(d.offline, 'maxRecords', v), 'maxRecords')}
        />
        <TextInput
          label="Keep records for"
          placeholder="e.g. 30d"
          value={d.offline.retention ?? ''}
          error={durationProblem(d.offline.retention)}
          onChange={(v) => offline(withOptional(d.offline, 'retention', optionalText(v)), 'retention')}
        />
        <CheckGroup
          legend="Encrypt on the device"
          options={fieldNames}
          value={d.offline.encrypt ?? []}
          onChange={(v) =>
            offline(withOptional(d.offline, 'encrypt', v.length === 0 ? undefined : v), 'encrypt')
          }
        />
      </Section>
      <Section title="Sync">
        <Select
          label="Direction"
          value={d.sync.direction}
          options={[
            { value: 'both', label: 'both ways' },
            { value: 'push', label: 'push: device to server' },
            { value: 'pull', label: 'pull: server to device' },
          ]}
          onChange={(v) => sync({ ...d.sync, direction: v ?? 'both' }, 'direction')}
        />
        <NumberInput
          label="Batch size"
          min={1}
          max={1000}
          value={d.sync.batchSize}
          onChange={(v) => sync(withOptional(d.sync, 'batchSize', v), 'batchSize')}
        />
        <Select<'true' | 'false'>
          label="Combine unsent edits of a record"
          allowEmpty="default (yes)"
          value={d.sync.coalesce === undefined ? undefined : d.sync.coalesce ? 'true' : 'false'}
          options={[
            { value: 'true', label: 'yes' },
            { value: 'false', label: 'no' },
          ]}
          onChange={(v) =>
            sync(withOptional(d.sync, 'coalesce', v === undefined ? undefined : v === 'true'), 'coalesce')
          }
        />
        <Checkbox
          label="Sync when the app starts"
          checked={schedule.onAppStart === true}
          onChange={(v) =>
            setSchedule(withOptional(schedule, 'onAppStart', v ? true : undefined), 'onAppStart')
          }
        />
        <Checkbox
          label="Sync on reconnect"
          checked={schedule.onReconnect === true}
          onChange={(v) =>
            setSchedule(withOptional(schedule, 'onReconnect', v ? true : undefined), 'onReconnect')
          }
        />
        <TextInput
          label="Also sync every"
          placeholder="e.g. 5m"
          value={schedule.interval ?? ''}
          error={durationProblem(schedule.interval)}
          onChange={(v) => setSchedule(withOptional(schedule, 'interval', optionalText(v)), 'interval')}
        />
      </Section>
    </>
  );
}
