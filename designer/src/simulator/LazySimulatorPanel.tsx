import { lazy, Suspense } from 'react';
import type { SimulatorPanelProps } from './SimulatorPanel';

const SimulatorPanel = lazy(() => import('./SimulatorPanel').then((m) => ({ default: m.SimulatorPanel })));

/**
 * The simulator, loaded on first use: the runtime client and the in-memory server stay out of the
 * designer's initial JavaScript.
 */
export function LazySimulatorPanel(props: SimulatorPanelProps) {
  return (
    <Suspense fallback={<p className="sc-sim-loading">Loading the simulator…</p>}>
      <SimulatorPanel {...props} />
    </Suspense>
  );
}
