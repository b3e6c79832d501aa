/**
 * The simulator: two or more virtual devices running the real runtime client against an in-process
 * server built from the compiled spec, with a timeline that explains what the rules did.
 * Framework-free modules here; the React panel is `SimulatorPanel` (lazy-loaded by the app).
 */
export { type DeviceConfig, defaultDevices, deviceLabel } from './devices';
export { Simulation, type SimulationOptions } from './engine';
export { runConflictScenario, type ScenarioOutcome, scenarioBlocker } from './scenario';
export type { DeviceView, SimulationSnapshot } from './snapshot';
export { describeEvent, type FieldResolution, type TimelineEvent } from './timeline';
export type { WriteOutcome, WriteRequest } from './writes';
