/**
 * The simulator: two or more virtual devices running the real runtime client against an in-process
 * server built from the compiled spec, with a timeline that explains what the rules did.
 * Framework-free modules here; the React panel is `SimulatorPanel` (lazy-loaded by the app).
 */
export { type DeviceConfig, defaultDevices, deviceLabel } from './devices';
export {
  type DeviceView,
  Simulation,
  type SimulationOptions,
  type SimulationSnapshot,
  type WriteOutcome,
  type WriteRequest,
} from './engine';
export { runConflictScenario, type ScenarioOutcome, scenarioBlocker } from './scenario';
export { describeEvent, type FieldResolution, type TimelineEvent } from './timeline';
