// The page the Chromium benchmark loads: the write workloads on the browser's own IndexedDB, timed
// with `performance.now()`, driven step by step from Node (chromium.bench.ts).
import { type DrainStep, drainWorkload, localWrites, type Step } from './workload';

type Writes = Awaited<ReturnType<typeof localWrites>>;
type Drain = Awaited<ReturnType<typeof drainWorkload>>;

declare global {
  interface Window {
    bench: {
      open(seeded: number): Promise<void>;
      measure(step: Step, from: number, n: number): Promise<number>;
      close(): Promise<void>;
      openDrain(n: number): Promise<void>;
      measureDrain(step: DrainStep): Promise<number>;
      /** Entries left in the drained outbox; closes the drain workload. */
      closeDrain(): Promise<number>;
    };
  }
}

const options = { clock: () => performance.now(), prefix: `bench-${Date.now()}` };
let writes: Writes | undefined;
let drain: Drain | undefined;

window.bench = {
  async open(seeded) {
    writes = await localWrites(options, seeded);
  },
  measure: (step, from, n) => writes!.measure(step, from, n),
  async close() {
    await writes?.close();
    writes = undefined;
  },
  async openDrain(n) {
    drain = await drainWorkload(options, n);
  },
  measureDrain: (step) => drain!.measure(step),
  async closeDrain() {
    const left = await drain!.left();
    await drain!.close();
    drain = undefined;
    return left;
  },
};
