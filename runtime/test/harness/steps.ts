import fc from 'fast-check';
import type { MemoryFault } from '../../src/authority';
import type { Device } from '../engine/fixtures';

/** Records edited by the general steps; `c1` only ever counts, `s1` only ever gains tags. */
export const KEYS = ['k1', 'k2', 'k3'] as const;
export const DEVICES = 3;

/** One step of a scenario: an edit, a sync, a fault, a crash or a decision, on one device. */
export type Step =
  | { readonly on: number; readonly kind: 'create'; readonly key: string; readonly title: string }
  | { readonly on: number; readonly kind: 'title'; readonly key: string; readonly title: string }
  | { readonly on: number; readonly kind: 'note'; readonly key: string; readonly note: string }
  | {
      readonly on: number;
      readonly kind: 'tag';
      readonly key: string;
      readonly tag: string;
      readonly add: boolean;
    }
  | { readonly on: number; readonly kind: 'delete'; readonly key: string }
  | { readonly on: number; readonly kind: 'count'; readonly by: number }
  | { readonly on: number; readonly kind: 'collect' }
  | { readonly on: number; readonly kind: 'sync' }
  | { readonly on: number; readonly kind: 'tick' }
  | { readonly on: number; readonly kind: 'fault'; readonly fault: FaultKind }
  | { readonly on: number; readonly kind: 'crash' }
  /** A second tab of the app opens on the device's database, counts and collects, and closes. */
  | { readonly on: number; readonly kind: 'tab'; readonly by: number }
  | { readonly on: number; readonly kind: 'decide' }
  | { readonly on: number; readonly kind: 'office-decides' };

/** Faults of the loopback transport: no answer, a lost answer after the server applied, an overload. */
export const FAULTS = {
  network: { kind: 'network' },
  'lose-response': { kind: 'lose-response' },
  'status-503': { kind: 'status', status: 503 },
  'status-429': { kind: 'status', status: 429 },
  /** Three 503s in a row: enough failed deliveries to park operations as dead letters. */
  outage: { kind: 'status', status: 503 },
} as const satisfies Record<string, MemoryFault>;

/** How many calls in a row a fault hits. */
export const FAULT_CALLS: Partial<Record<FaultKind, number>> = { outage: 3 };
export type FaultKind = keyof typeof FAULTS;

const on = fc.integer({ min: 0, max: DEVICES - 1 });
const key = fc.constantFrom(...KEYS);
const word = fc.constantFrom('a', 'b', 'c', 'd');

/** The seeded generator of steps. */
export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ on, kind: fc.constant('create' as const), key, title: word }),
  fc.record({ on, kind: fc.constant('title' as const), key, title: word }),
  fc.record({ on, kind: fc.constant('note' as const), key, note: word }),
  fc.record({
    on,
    kind: fc.constant('tag' as const),
    key,
    tag: fc.constantFrom('x', 'y', 'z'),
    add: fc.boolean(),
  }),
  fc.record({ on, kind: fc.constant('delete' as const), key }),
  fc.record({ on, kind: fc.constant('count' as const), by: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ on, kind: fc.constant('collect' as const) }),
  fc.record({ on, kind: fc.constant('sync' as const) }),
  fc.record({ on, kind: fc.constant('sync' as const) }),
  fc.record({ on, kind: fc.constant('tick' as const) }),
  fc.record({
    on,
    kind: fc.constant('fault' as const),
    fault: fc.constantFrom(...(Object.keys(FAULTS) as FaultKind[])),
  }),
  fc.record({ on, kind: fc.constant('crash' as const) }),
  fc.record({ on, kind: fc.constant('tab' as const), by: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ on, kind: fc.constant('decide' as const) }),
  fc.record({ on, kind: fc.constant('office-decides' as const) }),
);

/** What the scenario promised so far: every acknowledged increment and tag, for the checks. */
export interface Ledger {
  counted: number;
  readonly collected: Set<string>;
  nextTag: number;
  readonly faults: Record<string, number>;
  operations: number;
}

export function emptyLedger(): Ledger {
  return { counted: 0, collected: new Set(), nextTag: 0, faults: {}, operations: 0 };
}

/**
 * Runs a local edit; a refusal the device gives before storing anything (the record is not there,
 * a write the rules forbid) is part of the scenario, not a failure.
 */
export async function edit(d: Device, step: Step, ledger: Ledger): Promise<void> {
  const tasks = d.client.table('Task');
  const known = async (k: string) => (await tasks.get(k)) !== undefined;
  ledger.operations++;
  switch (step.kind) {
    case 'create':
      if (!(await known(step.key))) await tasks.put({ id: step.key, title: step.title });
      return;
    case 'title':
      if (await known(step.key)) await tasks.update(step.key, { title: step.title });
      return;
    case 'note':
      if (await known(step.key)) await tasks.update(step.key, { note: step.note });
      return;
    case 'tag':
      if (!(await known(step.key))) return;
      if (step.add) await tasks.addToSet(step.key, 'tags', step.tag);
      else await tasks.removeFromSet(step.key, 'tags', step.tag);
      return;
    case 'delete':
      if (await known(step.key)) await tasks.delete(step.key);
      return;
    case 'count':
      await tasks.increment('c1', 'hours', step.by);
      ledger.counted += step.by;
      return;
    case 'collect': {
      const tag = `t${ledger.nextTag++}`;
      await tasks.addToSet('s1', 'tags', tag);
      ledger.collected.add(tag);
      return;
    }
    default:
      ledger.operations--;
  }
}
