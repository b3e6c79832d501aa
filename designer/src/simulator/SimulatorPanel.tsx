import type { Diagnostic, SyncSpec } from '@syncraft/runtime/spec';
import { useId, useMemo, useState } from 'react';
import { DeviceCard } from './DeviceCard';
import { DeviceSetup } from './DeviceSetup';
import { type DeviceConfig, defaultDevices } from './devices';
import type { Simulation } from './engine';
import { HoldersPanel } from './HoldersPanel';
import { RunOnChoice } from './RunOnChoice';
import { ServerCard } from './ServerCard';
import { runConflictScenario, scenarioBlocker } from './scenario';
import { useServerChoice } from './server/useServerChoice';
import { isLocal } from './storage';
import { Timeline } from './Timeline';
import { useBusy, useSimulation, useSnapshot } from './useSimulation';
import './simulator.css';

/** Props of {@link SimulatorPanel}: the compiled spec and its diagnostics, from the designer store. */
export interface SimulatorPanelProps {
  readonly spec: SyncSpec | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** Shows the problems (the app switches back to the canvas, where the problems panel points at nodes). */
  readonly onShowProblems: () => void;
}

/**
 * The "Simulate" view: virtual devices running the compiled rules against a server: in this
 * browser (no network), or a sandbox on the Syncraft server ("Run on"). Disabled, with the reasons, while the spec has errors.
 * Test ids: `simulator`, `simulator-disabled`, `show-problems`, `simulate-entity`, `run-scenario`,
 * `reset-simulation`, `advance-time`, `simulator-failure`, plus those of "Run on", the device
 * and server cards, the "who holds what" panel and the timeline.
 */
export function SimulatorPanel(props: SimulatorPanelProps) {
  const errors = props.diagnostics.filter((d) => d.severity === 'error');
  // The compiled spec is a new object after every compile: restart only when its content changes.
  const text = props.spec && errors.length === 0 ? JSON.stringify(props.spec) : undefined;
  const spec = useMemo(() => (text === undefined ? undefined : (JSON.parse(text) as SyncSpec)), [text]);
  if (!spec) {
    return (
      <section className="sc-sim sc-sim--disabled" aria-label="Simulator" data-testid="simulator-disabled">
        <h2>Simulate</h2>
        <p>
          The simulator runs the rules exactly as devices will, so it needs a spec without errors. Fix{' '}
          {errors.length === 1 ? 'this problem' : `these ${errors.length} problems`} first:
        </p>
        <ul className="sc-sim__problems">
          {errors.slice(0, 8).map((d) => (
            <li key={`${d.code}${d.pointer}`}>
              <code>{d.code}</code> {d.message}
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="sc-button sc-button--primary"
          data-testid="show-problems"
          onClick={props.onShowProblems}
        >
          Show the problems on the canvas
        </button>
      </section>
    );
  }
  // A new spec may have other roles and parameters: start again with its default devices.
  return <Running key={text} spec={spec} />;
}

function Running({ spec }: { spec: SyncSpec }) {
  const [devices, setDevices] = useState<DeviceConfig[]>(() => defaultDevices(spec));
  const [generation, setGeneration] = useState(0);
  const choice = useServerChoice(location.origin, spec.app.id);
  const state = useSimulation(spec, devices, generation, choice.server);
  const busy = useBusy(state.kind === 'running' ? state.simulation : undefined);
  return (
    <section className="sc-sim" aria-label="Simulator" data-testid="simulator" data-state={state.kind}>
      <RunOnChoice choice={choice} disabled={busy || state.kind === 'starting'} />
      {state.kind === 'starting' && (
        <p className="sc-sim__empty">
          {choice.runOn === 'server'
            ? 'Opening a sandbox on the server and starting the devices…'
            : 'Starting the devices…'}
        </p>
      )}
      {state.kind === 'failed' && (
        <div className="sc-sim__error" role="alert" data-testid="simulator-failure">
          <p>
            <strong>{state.explanation.title}</strong> {state.explanation.detail}
          </p>
          {state.explanation.hint && <p>{state.explanation.hint}</p>}
        </div>
      )}
      {state.kind === 'running' && (
        <Board
          key={generation}
          simulation={state.simulation}
          devices={devices}
          onDevices={(next) => setDevices(next)}
          onReset={() => setGeneration((g) => g + 1)}
        />
      )}
    </section>
  );
}

function Board(props: {
  simulation: Simulation;
  devices: readonly DeviceConfig[];
  onDevices: (devices: DeviceConfig[]) => void;
  onReset: () => void;
}) {
  const { simulation } = props;
  const snapshot = useSnapshot(simulation);
  const { spec } = simulation;
  const entityId = useId();
  const [entityName, setEntityName] = useState(
    () =>
      spec.entities.find((e) => scenarioBlocker(simulation, e.name) === undefined)?.name ??
      spec.entities[0]?.name ??
      '',
  );
  const entity = spec.entities.find((e) => e.name === entityName);
  const blocker = scenarioBlocker(simulation, entityName);
  const busy = snapshot.busy;

  return (
    <>
      <header className="sc-sim__bar">
        <h2>Simulate</h2>
        <div className="sc-sim__field sc-sim__field--inline">
          <label htmlFor={entityId}>Entity</label>
          <select
            id={entityId}
            data-testid="simulate-entity"
            value={entityName}
            onChange={(e) => setEntityName(e.target.value)}
          >
            {spec.entities.map((e) => (
              <option key={e.name} value={e.name}>
                {e.name}
                {isLocal(e) ? '' : ' (online-only)'}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="sc-button sc-button--primary"
          data-testid="run-scenario"
          disabled={busy || blocker !== undefined}
          title={blocker ?? 'Both devices go offline, edit the same record, and come back online'}
          onClick={() => void runConflictScenario(simulation, entityName)}
        >
          {busy ? 'Running…' : 'Run conflict scenario'}
        </button>
        <button
          type="button"
          className="sc-button"
          data-testid="advance-time"
          disabled={busy}
          title="Moves the simulation clock: due retries and scheduled syncs run"
          onClick={() => simulation.advance(60_000)}
        >
          Wait 1 minute
        </button>
        <button
          type="button"
          className="sc-button sc-button--ghost"
          data-testid="reset-simulation"
          disabled={busy}
          onClick={props.onReset}
        >
          Reset
        </button>
      </header>
      {blocker && <p className="sc-sim__hint">Conflict scenario: {blocker}</p>}
      <DeviceSetup spec={spec} devices={props.devices} onApply={props.onDevices} disabled={busy} />
      <HoldersPanel simulation={simulation} snapshot={snapshot} entity={entity} busy={busy} />
      <div className="sc-sim__grid">
        {snapshot.devices.map((device) => (
          <DeviceCard
            key={device.config.id}
            simulation={simulation}
            device={device}
            entity={entity && isLocal(entity) ? entity : undefined}
            busy={busy}
          />
        ))}
        <ServerCard simulation={simulation} view={snapshot.server} entity={entity} />
      </div>
      <Timeline events={snapshot.timeline} />
    </>
  );
}
