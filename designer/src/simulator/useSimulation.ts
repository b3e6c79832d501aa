import type { SyncSpec } from '@syncraft/runtime/spec';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Explanation } from '../registry/explain';
import type { DeviceConfig } from './devices';
import { Simulation, type SimulationSnapshot } from './engine';
import { explainStartFailure } from './server/explain';
import type { ServerFactory } from './server/server-side';

/** Where a simulation is in its life. */
export type SimulationState =
  /** No server to run on yet (the Syncraft server is chosen and nobody is signed in). */
  | { readonly kind: 'waiting' }
  | { readonly kind: 'starting' }
  | { readonly kind: 'running'; readonly simulation: Simulation }
  | { readonly kind: 'failed'; readonly explanation: Explanation };

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
 * Runs a {@link Simulation} of `spec` with `devices` on `server` while the component is mounted,
 * and starts a fresh one (deleting the old databases and the old sandbox) when the spec, the
 * devices, the server or `generation` change. A run starts once the one before is gone (a person
 * may have only so many sandboxes). When the page goes away, a sandbox's deletion is sent at once;
 * back from the browser's page cache, the run starts again on a new sandbox.
 */
export function useSimulation(
  spec: SyncSpec,
  devices: readonly DeviceConfig[],
  generation: number,
  server: ServerFactory | undefined,
): SimulationState {
  const [state, setState] = useState<SimulationState>({ kind: 'starting' });
  const previous = useRef<Promise<unknown>>(Promise.resolve());
  const [revived, setRevived] = useState(0);
  useEffect(() => {
    if (!server) {
      setState({ kind: 'waiting' });
      return;
    }
    let cancelled = false;
    let running: Simulation | undefined;
    setState({ kind: 'starting' });
    // Every run gets databases of its own: a run being disposed (a reset, React's double effect in
    // development) deletes only its own, never the next run's.
    const base = tabPrefix();
    const prefix = `${base}:${generation}-${newTabId()}`;
    const started = previous.current
      .catch(() => undefined)
      .then(() => deleteStale(base, prefix))
      .catch(() => undefined)
      .then(() => Simulation.create({ spec, devices, databasePrefix: prefix, server }))
      .then(
        (simulation) => {
          if (cancelled) return simulation.dispose();
          running = simulation;
          setState({ kind: 'running', simulation });
        },
        (error: unknown) => {
          if (!cancelled) setState({ kind: 'failed', explanation: explainStartFailure(error) });
        },
      );
    const onHide = () => void running?.server.dispose();
    // Back from the browser's page cache: the sandbox was deleted as the page went away, so start anew.
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted && running?.server.place.kind === 'sandbox') setRevived((n) => n + 1);
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('pageshow', onShow);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('pageshow', onShow);
      previous.current = started.then(() => running?.dispose());
    };
  }, [spec, devices, generation, server, revived]);
  return state;
}

/** The simulation's current snapshot, re-rendering on every change. */
export function useSnapshot(simulation: Simulation): SimulationSnapshot {
  return useSyncExternalStore(simulation.subscribe, simulation.getSnapshot);
}

const never = () => () => undefined;

/** Whether a canned scenario runs on `simulation` (false without one), re-rendering on change. */
export function useBusy(simulation: Simulation | undefined): boolean {
  return useSyncExternalStore(simulation?.subscribe ?? never, () => simulation?.busy ?? false);
}
