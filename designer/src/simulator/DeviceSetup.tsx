import type { JsonValue } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { type FormEvent, useId, useState } from 'react';
import { type DeviceConfig, defaultDevices, MAX_DEVICES } from './devices';

function paramText(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function paramValue(type: string, text: string): JsonValue {
  if (type === 'number') {
    const n = Number(text);
    return text.trim() !== '' && Number.isFinite(n) ? n : null;
  }
  if (type === 'boolean') return text === 'true';
  if (type === 'string-list')
    return text
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  return text;
}

/**
 * Who is signed in on each device (user id, roles, parameter values), and how many devices there
 * are (two or more: the conflict scenario uses the first two). Applying restarts the
 * simulation (a device's user is fixed for the life of its client, as in an app).
 * Test ids: `device-setup`, `apply-devices`.
 */
export function DeviceSetup(props: {
  spec: SyncSpec;
  devices: readonly DeviceConfig[];
  onApply: (devices: DeviceConfig[]) => void;
  disabled: boolean;
}) {
  const { spec } = props;
  const idPrefix = useId();
  const [draft, setDraft] = useState<DeviceConfig[]>(() => [...props.devices]);
  const update = (index: number, change: Partial<DeviceConfig>) =>
    setDraft(draft.map((d, i) => (i === index ? { ...d, ...change } : d)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onApply(draft);
  };
  const invalid = draft.some((d) => d.userId.trim() === '');
  const add = () => {
    const next = defaultDevices(spec, draft.length + 1).find((d) => !draft.some((e) => e.id === d.id));
    if (next) setDraft([...draft, next]);
  };
  return (
    <details className="sc-sim__details sc-sim__setup" data-testid="device-setup">
      <summary>Devices and who is signed in</summary>
      <form onSubmit={submit}>
        <div className="sc-sim__setup-grid">
          {draft.map((device, index) => (
            <fieldset key={device.id}>
              <legend>{device.name}</legend>
              {index >= 2 && (
                <button
                  type="button"
                  className="sc-button sc-button--ghost"
                  onClick={() => setDraft(draft.filter((_, i) => i !== index))}
                >
                  Remove {device.name}
                </button>
              )}
              <div className="sc-sim__field">
                <label htmlFor={`${idPrefix}-${device.id}-user`}>User id</label>
                <input
                  id={`${idPrefix}-${device.id}-user`}
                  value={device.userId}
                  onChange={(e) => update(index, { userId: e.target.value })}
                />
              </div>
              <fieldset className="sc-sim__roles">
                <legend>Roles</legend>
                {spec.roles.map((role) => (
                  <label key={role.name} className="sc-sim__check">
                    <input
                      type="checkbox"
                      checked={device.roles.includes(role.name)}
                      onChange={(e) =>
                        update(index, {
                          roles: e.target.checked
                            ? [...device.roles, role.name]
                            : device.roles.filter((r) => r !== role.name),
                        })
                      }
                    />
                    {role.name}
                  </label>
                ))}
              </fieldset>
              {(spec.parameters ?? []).map((p) => (
                <div className="sc-sim__field" key={p.name}>
                  <label htmlFor={`${idPrefix}-${device.id}-${p.name}`}>
                    {p.name}
                    <span className="sc-sim__type">{p.type}</span>
                  </label>
                  <input
                    id={`${idPrefix}-${device.id}-${p.name}`}
                    value={paramText(device.params.get(p.name))}
                    onChange={(e) =>
                      update(index, {
                        params: new Map(device.params).set(p.name, paramValue(p.type, e.target.value)),
                      })
                    }
                  />
                </div>
              ))}
            </fieldset>
          ))}
        </div>
        {invalid && <p className="sc-sim__error">Every device needs a user id.</p>}
        <button
          type="button"
          className="sc-button"
          data-testid="add-device"
          disabled={draft.length >= MAX_DEVICES}
          onClick={add}
        >
          Add a device
        </button>
        <button
          type="submit"
          className="sc-button"
          disabled={props.disabled || invalid}
          data-testid="apply-devices"
        >
          Apply and restart the simulation
        </button>
      </form>
    </details>
  );
}
