import type { SyncSpec } from '@syncraft/runtime/spec';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { DeviceConfig } from './devices';
import { Simulation, type SimulationSnapshot } from './engine';

/** Where a simulation is in its life. */
export type SimulationState =
  | { readonly kind: 'starting' }
  | { readonly kind: 'running'; readonly simulation: Simulation }
  | { readonly kind: 'failed'; readonly message: string };

const TAB_KEY = 'syncraft.simulator.tab';

/** A tab id: unique enough to keep two tabs' simulator databases apart (no WebCrypto needed). */
const newTabId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * The database name prefix of this tab's simulations: stable across reloads of the tab (so a
 * reload deletes what the last simulation left), distinct between tabs.
 */
function tabPrefix(): string {
  let id: string;
  try {
    id = sessionStorage.getItem(TAB_KEY) ?? newTabId();
    sessionStorage.setItem(TAB_KEY, id);
  } catch {
    id = newTabId(); // storage refused (private mode): one prefix per run
  }
  return `syncraft-simulator:${id}`;
}

/**
 * Deletes this tab's simulator databases other than the current run's: those of earlier runs
 * (a reload does not dispose them). Best effort: a browser without `databases()` keeps them.
 */
async function deleteStale(base: string, current: string): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  for (const { name } of await indexedDB.databases()) {
    if (name?.startsWith(`${base}:`) && !name.startsWith(`${current}:`)) indexedDB.deleteDatabase(name);
  }
}

/**
 * Runs a {@link Simulation} of `spec` with `devices` while the component is mounted, and starts a
 * fresh one (deleting the old databases) when the spec, the devices or `generation` change.
 */
export function useSimulation(
  spec: SyncSpec,
  devices: readonly DeviceConfig[],
  generation: number,
): SimulationState {
  const [state, setState] = useState<SimulationState>({ kind: 'starting' });
  useEffect(() => {
    let cancelled = false;
    let running: Simulation | undefined;
    setState({ kind: 'starting' });
    // Every run gets databases of its own: a run being disposed (a reset, React's double effect in
    // development) deletes only its own, never the next run's.
    const base = tabPrefix();
    const prefix = `${base}:${generation}-${newTabId()}`;
    deleteStale(base, prefix)
      .catch(() => undefined)
      .then(() => Simulation.create({ spec, devices, databasePrefix: prefix }))
      .then(
        (simulation) => {
          if (cancelled) void simulation.dispose();
          else {
            running = simulation;
            setState({ kind: 'running', simulation });
          }
        },
        (error: unknown) => {
          if (!cancelled)
            setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
    return () => {
      cancelled = true;
      void running?.dispose();
    };
  }, [spec, devices, generation]);
  return state;
}

/** The simulation's current snapshot, re-rendering on every change. */
export function useSnapshot(simulation: Simulation): SimulationSnapshot {
  return useSyncExternalStore(simulation.subscribe, simulation.getSnapshot);
}
