/**
 * The simulator: two or more virtual devices running the real runtime client against a server built
 * from the compiled spec — in-process (`inBrowserServer`) or a sandbox on the Syncraft server
 * (`onSyncraftServer`) — with a timeline that explains what the rules did.
 * Framework-free modules here; the React panel is `SimulatorPanel` (lazy-loaded by the app).
 */
export { type DeviceConfig, defaultDevices, deviceLabel } from './devices';
export { Simulation, type SimulationOptions } from './engine';
export { runConflictScenario, type ScenarioOutcome, scenarioBlocker } from './scenario';
export { inBrowserServer } from './server/in-browser';
export { onSyncraftServer, SandboxRefused, type SyncraftServerOptions } from './server/on-syncraft-server';
export type {
  DeviceLink,
  ServerFactory,
  ServerPlace,
  ServerView,
  SimulationServer,
} from './server/server-side';
export type { DeviceView, SimulationSnapshot } from './snapshot';
export { describeEvent, type FieldResolution, type TimelineEvent } from './timeline';
export type { WriteOutcome, WriteRequest } from './writes';
