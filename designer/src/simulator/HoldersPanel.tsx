import { ownKey } from '@syncraft/runtime/access';
import type { Entity } from '@syncraft/runtime/spec';
import { useId, useState } from 'react';
import type { Simulation, SimulationSnapshot } from './engine';
import { changeHolder, type HolderChange, holderFields, membershipHops, membershipLabel } from './holders';

function keysOf(snapshot: SimulationSnapshot, entity: Entity | undefined): string[] {
  if (!entity) return [];
  return (snapshot.server.records.get(entity.name) ?? []).flatMap((r) => ownKey(entity, r) ?? []);
}

interface ChoiceProps {
  label: string;
  testId: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** Labelled selects, one per row. */
function Choices(props: { rows: readonly ChoiceProps[] }) {
  return props.rows.map((row) => <Choice key={row.testId} {...row} />);
}

function Choice(props: ChoiceProps) {
  const id = useId();
  return (
    <div className="sc-sim__field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.value === '' && <option value="">—</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const plain = (values: readonly string[]) => values.map((value) => ({ value, label: value }));
const pick = (value: string, options: readonly string[]) =>
  options.includes(value) ? value : (options[0] ?? '');

/**
 * "Who holds what": changes made on the server, as a back office would, that move records between
 * devices — a record's holder (a Job's assignee, a membership's user, a Visit's Job) reassigned,
 * a membership added or removed. The devices sync at once and the timeline says what arrived on
 * and left each one. Test ids: `holders`, `reassign-record`, `reassign-field`, `reassign-value`,
 * `reassign-apply`, `membership-hop`, `membership-grants`, `membership-device`, `membership-add`,
 * `membership-record`, `membership-remove`.
 */
export function HoldersPanel(props: {
  simulation: Simulation;
  snapshot: SimulationSnapshot;
  entity: Entity | undefined;
  busy: boolean;
}) {
  const { simulation, snapshot, entity } = props;
  const { spec } = simulation;
  const run = async (change: HolderChange) => {
    simulation.setBusy(true);
    try {
      await changeHolder(simulation, change);
    } finally {
      simulation.setBusy(false);
    }
  };
  const users = simulation.devices.map((d) => ({ value: d.userId, label: `${d.userId} (${d.name})` }));

  const records = keysOf(snapshot, entity);
  const fields = entity ? holderFields(spec, entity) : [];
  const [recordChoice, setRecord] = useState('');
  const [fieldChoice, setField] = useState('');
  const [valueChoice, setValue] = useState('');
  const record = pick(recordChoice, records);
  const field = pick(fieldChoice, fields);
  const fieldDef = entity?.fields.find((f) => f.name === field);
  const valueOptions =
    fieldDef?.type === 'reference'
      ? plain(
          keysOf(
            snapshot,
            spec.entities.find((e) => e.name === fieldDef.entity),
          ),
        )
      : users;
  const value = pick(
    valueChoice,
    valueOptions.map((o) => o.value),
  );

  const hops = membershipHops(spec);
  const [hopChoice, setHop] = useState('');
  const hopKeys = hops.map((h) => `${h.membership}.${h.field}`);
  const hopKey = pick(hopChoice, hopKeys);
  const hop = hops.find((h) => `${h.membership}.${h.field}` === hopKey);
  const parents = keysOf(
    snapshot,
    spec.entities.find((e) => e.name === hop?.parent),
  );
  const memberships = keysOf(
    snapshot,
    spec.entities.find((e) => e.name === hop?.membership),
  );
  const [grantsChoice, setGrants] = useState('');
  const [deviceChoice, setDevice] = useState('');
  const [memberChoice, setMember] = useState('');
  const grants = pick(grantsChoice, parents);
  const deviceIds = simulation.devices.map((d) => d.id);
  const device = pick(deviceChoice, deviceIds);
  const member = pick(memberChoice, memberships);

  return (
    <details className="sc-sim__details sc-sim__setup" data-testid="holders" open>
      <summary>Who holds what: change it on the server</summary>
      <div className="sc-sim__setup-grid">
        <fieldset>
          <legend>Reassign a {entity?.name ?? 'record'}</legend>
          {fields.length === 0 ? (
            <p className="sc-sim__hint">Nothing on a {entity?.name ?? 'record'} decides who holds it.</p>
          ) : records.length === 0 ? (
            <p className="sc-sim__hint">The server holds no {entity?.name} records yet.</p>
          ) : (
            <>
              <Choices
                rows={[
                  {
                    label: 'Record',
                    testId: 'reassign-record',
                    value: record,
                    options: plain(records),
                    onChange: setRecord,
                  },
                  {
                    label: 'Field',
                    testId: 'reassign-field',
                    value: field,
                    options: plain(fields),
                    onChange: setField,
                  },
                  {
                    label: 'New value',
                    testId: 'reassign-value',
                    value,
                    options: valueOptions,
                    onChange: setValue,
                  },
                ]}
              />
              <button
                type="button"
                className="sc-button"
                data-testid="reassign-apply"
                disabled={props.busy || entity === undefined || value === ''}
                onClick={() =>
                  entity && void run({ kind: 'reassign', entity: entity.name, key: record, field, value })
                }
              >
                Reassign on the server
              </button>
            </>
          )}
        </fieldset>
        <fieldset>
          <legend>Memberships</legend>
          {hop === undefined ? (
            <p className="sc-sim__hint">
              No scope grants access through related records (“has related records”).
            </p>
          ) : (
            <>
              <Choices
                rows={[
                  {
                    label: 'Membership',
                    testId: 'membership-hop',
                    value: hopKey,
                    options: hops.map((h) => ({
                      value: `${h.membership}.${h.field}`,
                      label: membershipLabel(h),
                    })),
                    onChange: setHop,
                  },
                  {
                    label: `Gives access to ${hop.parent}`,
                    testId: 'membership-grants',
                    value: grants,
                    options: plain(parents),
                    onChange: setGrants,
                  },
                  {
                    label: 'For',
                    testId: 'membership-device',
                    value: device,
                    options: simulation.devices.map((d) => ({
                      value: d.id,
                      label: `${d.name} (${d.userId})`,
                    })),
                    onChange: setDevice,
                  },
                ]}
              />
              <button
                type="button"
                className="sc-button"
                data-testid="membership-add"
                disabled={props.busy || grants === ''}
                onClick={() =>
                  void run({
                    kind: 'add-membership',
                    entity: hop.membership,
                    field: hop.field,
                    grants,
                    device,
                  })
                }
              >
                Add membership on the server
              </button>
              {memberships.length > 0 && (
                <>
                  <Choice
                    label={`${hop.membership} to remove`}
                    testId="membership-record"
                    value={member}
                    options={plain(memberships)}
                    onChange={setMember}
                  />
                  <button
                    type="button"
                    className="sc-button"
                    data-testid="membership-remove"
                    disabled={props.busy}
                    onClick={() => void run({ kind: 'remove', entity: hop.membership, key: member })}
                  >
                    Remove membership on the server
                  </button>
                </>
              )}
            </>
          )}
        </fieldset>
      </div>
    </details>
  );
}
