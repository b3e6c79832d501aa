// Prints the local-write figures of one run (Node or Chromium) as JSON lines beside their bare
// Dexie baselines: the put and update targets are 1.3× a bare `put`.
import { report } from '../fixtures';
import type { DrainStep, Step } from './workload';

const TARGET = 1.3;

/** `ms(step)`: the median milliseconds of one round of `perRound` calls (or one batch) of the step. */
export function summarise(
  where: { readonly name: string; readonly unit: string },
  perRound: number,
  rounds: number,
  ms: (step: Step) => number,
  /** Wall-clock milliseconds, where they are kept beside `ms`. */
  wall?: (step: Step) => number,
): void {
  const us = (step: Step) => (ms(step) / perRound) * 1000;
  const common = { where: where.name, time: where.unit, writes: rounds * perRound };
  const wallRatio = (step: Step) => (wall ? { wallRatio: wall(step) / wall('barePut') } : {});
  report(
    `local write: table.put of a new record vs bare Dexie put (${where.name})`,
    {
      ...common,
      usPerWrite: us('put'),
      writesPerSec: 1e6 / us('put'),
      usPerBarePut: us('barePut'),
      usPerBareAddAdd: us('bareAddAdd'),
      usPerBareGetPutAdd: us('bareGetPutAdd'),
      ratioToAddAdd: ms('put') / ms('bareAddAdd'),
      ratioToGetPutAdd: ms('put') / ms('bareGetPutAdd'),
      target: TARGET,
      ...wallRatio('put'),
    },
    ms('barePut'),
    ms('put'),
  );
  report(
    `local write: table.update of a synced record vs bare Dexie put (${where.name})`,
    {
      ...common,
      usPerWrite: us('update'),
      writesPerSec: 1e6 / us('update'),
      usPerBarePut: us('barePut'),
      usPerBareUpdate: us('bareUpdate'),
      usPerBareGetPutAdd: us('bareGetPutAdd'),
      ratioToBareUpdate: ms('update') / ms('bareUpdate'),
      ratioToGetPutAdd: ms('update') / ms('bareGetPutAdd'),
      target: TARGET,
      ...wallRatio('update'),
    },
    ms('barePut'),
    ms('update'),
  );
  report(
    `local writes batched: table.bulkPut of ${perRound} vs bare Dexie put one by one (${where.name})`,
    {
      ...common,
      usPerWrite: us('bulkPut'),
      writesPerSec: 1e6 / us('bulkPut'),
      usPerBarePut: us('barePut'),
      usPerBareBulkPutAdd: us('bareBulkPutAdd'),
      ratioToBulkPutAdd: ms('bulkPut') / ms('bareBulkPutAdd'),
      ...wallRatio('bulkPut'),
    },
    ms('barePut'),
    ms('bulkPut'),
  );
}

/** Prints the drain figure: the device's share of pushing `n` queued writes, beside bare Dexie acknowledging them. */
export function summariseDrain(
  where: { readonly name: string; readonly unit: string },
  n: number,
  left: number,
  ms: (step: DrainStep) => number,
  wall?: (step: DrainStep) => number,
): void {
  report(
    `drain ${n} queued writes to a server that accepts them vs bare Dexie acknowledging them (${where.name})`,
    {
      where: where.name,
      time: where.unit,
      n,
      left,
      drainMs: ms('drain'),
      recordsPerSec: (n / ms('drain')) * 1000,
      bareAckMs: ms('bareAck'),
      bareBulkPutMs: ms('bareBulkPut'),
      ratioToBareBulkPut: ms('drain') / ms('bareBulkPut'),
      ...(wall ? { wallDrainMs: wall('drain'), wallRatio: wall('drain') / wall('bareAck') } : {}),
    },
    ms('bareAck'),
    ms('drain'),
  );
}
