// How both write benchmarks (Node and Chromium) time the local-write steps: in rounds, every step
// once per round in a fixed order, so load from neighbours hits each side alike; medians of rounds.
import { median } from '../fixtures';
import { STEPS, type Step } from './workload';

/** One step's time: `ms` on the benchmark's clock, and wall-clock milliseconds where kept beside it. */
export interface StepTime {
  readonly ms: number;
  readonly wall?: number;
}

/**
 * Runs `rounds` rounds (after one warm-up round, not counted) of every step over `perRound`
 * records; answers the median milliseconds per step (and wall-clock ones, when measured).
 */
export async function timeRounds(
  rounds: number,
  perRound: number,
  measure: (step: Step, from: number, n: number) => Promise<StepTime>,
): Promise<{ ms: (step: Step) => number; wall: ((step: Step) => number) | undefined }> {
  const ms = new Map<Step, number[]>();
  const wall = new Map<Step, number[]>();
  for (let r = -1; r < rounds; r++) {
    const from = (r + 1) * perRound;
    for (const step of STEPS) {
      const time = await measure(step, from, perRound);
      if (r < 0) continue;
      ms.set(step, [...(ms.get(step) ?? []), time.ms]);
      if (time.wall !== undefined) wall.set(step, [...(wall.get(step) ?? []), time.wall]);
    }
  }
  return {
    ms: (step) => median(ms.get(step)!),
    wall: wall.size > 0 ? (step) => median(wall.get(step)!) : undefined,
  };
}

/** Records the write workload needs synced first: one per `update` of every round, warm-up included. */
export const seededFor = (rounds: number, perRound: number) => (rounds + 1) * perRound;
