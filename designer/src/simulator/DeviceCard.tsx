import { type Entity, PRIORITIES } from '@syncraft/runtime/spec';
import { deviceLabel } from './devices';
import type { DeviceView, Simulation } from './engine';
import { RecordForm } from './RecordForm';
import { RecordsTable } from './RecordsTable';

/**
 * One virtual device: online/offline and battery controls, "Sync now", its sync status, its
 * records of the selected entity, a form to write, and what the server refused or left to a person.
 * Test ids: `device-<id>`, `online-<id>`, `battery-<id>`, `metered-<id>`, `sync-<id>`, `status-<id>`, `records-<id>`.
 */
export function DeviceCard(props: {
  simulation: Simulation;
  device: DeviceView;
  entity: Entity | undefined;
  busy: boolean;
}) {
  const { simulation, device, entity, busy } = props;
  const { id, name } = device.config;
  const { status } = device;
  const records = entity ? (device.records.get(entity.name) ?? []) : [];
  return (
    <section
      className="sc-sim__card"
      aria-label={`Device ${deviceLabel(device.config)}`}
      data-testid={`device-${id}`}
    >
      <header className="sc-sim__card-header">
        <h3>{deviceLabel(device.config)}</h3>
        <span
          className={`sc-sim__state sc-sim__state--${status.online ? 'on' : 'off'}`}
          data-testid={`state-${id}`}
        >
          {status.state}
        </span>
      </header>
      <div className="sc-sim__controls">
        <button
          type="button"
          className="sc-button"
          aria-pressed={device.online}
          data-testid={`online-${id}`}
          disabled={busy}
          onClick={() => simulation.setOnline(id, !device.online)}
        >
          {device.online ? 'Online' : 'Offline'}
        </button>
        <label className="sc-sim__check">
          <input
            type="checkbox"
            checked={device.batteryLow}
            disabled={busy}
            data-testid={`battery-${id}`}
            onChange={(e) => simulation.setBatteryLow(id, e.target.checked)}
          />
          Battery low
        </label>
        <label className="sc-sim__check">
          <input
            type="checkbox"
            checked={device.metered}
            disabled={busy}
            data-testid={`metered-${id}`}
            onChange={(e) => simulation.setMetered(id, e.target.checked)}
          />
          Metered network
        </label>
        <button
          type="button"
          className="sc-button"
          data-testid={`sync-${id}`}
          disabled={busy}
          onClick={() => void simulation.syncNow(id)}
        >
          Sync now
        </button>
      </div>
      <dl className="sc-sim__status" data-testid={`status-${id}`}>
        <dt>Pending</dt>
        <dd>{PRIORITIES.map((p) => `${p} ${status.pending[p]}`).join(' · ')}</dd>
        <dt>Conflicts</dt>
        <dd>{status.conflicts}</dd>
        <dt>Dead letters</dt>
        <dd>{status.deadLetters}</dd>
        <dt>Rejected</dt>
        <dd>{status.rejected}</dd>
        {status.lastError && (
          <>
            <dt>Last error</dt>
            <dd className="sc-sim__error">{status.lastError.message}</dd>
          </>
        )}
      </dl>
      {entity && (
        <RecordsTable
          entity={entity}
          records={records}
          caption={`${entity.name} on ${name}'s device`}
          testId={`records-${id}`}
        />
      )}
      {device.rejected.length > 0 && (
        <div className="sc-sim__list">
          <h4>Refused by the server</h4>
          <ul>
            {device.rejected.map((r) => (
              <li key={r.id}>
                {r.operation.entity} {r.operation.key}: {r.message} ({r.reason})
              </li>
            ))}
          </ul>
        </div>
      )}
      {device.conflicts.length > 0 && (
        <div className="sc-sim__list">
          <h4>Waiting for a person</h4>
          <ul>
            {device.conflicts.map((c) => (
              <li key={c.id} data-testid={`conflict-${id}`}>
                {c.entity} {c.key} — {c.fields.join(', ')}
                {c.prompt ? `: ${c.prompt}` : ''}
                <div className="sc-sim__controls">
                  <button
                    type="button"
                    className="sc-button"
                    disabled={busy}
                    onClick={() => void simulation.resolveConflict(id, c.id, 'mine')}
                  >
                    Keep {name}'s
                  </button>
                  <button
                    type="button"
                    className="sc-button"
                    disabled={busy}
                    onClick={() => void simulation.resolveConflict(id, c.id, 'other')}
                  >
                    Keep the other side's
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
      {device.deadLetters.length > 0 && (
        <div className="sc-sim__list">
          <h4>Dead letters</h4>
          <ul>
            {device.deadLetters.map((d) => (
              <li key={d.id}>
                {d.operation.entity} {d.operation.key}: {d.lastError} after {d.attempts} attempts
              </li>
            ))}
          </ul>
        </div>
      )}
      {entity && (
        <details className="sc-sim__details">
          <summary>Create or edit a {entity.name}</summary>
          <RecordForm
            simulation={simulation}
            deviceId={id}
            deviceName={name}
            entity={entity}
            records={records}
            disabled={busy}
          />
        </details>
      )}
    </section>
  );
}
