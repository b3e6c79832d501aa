// What the engine benchmarks share (in Node and in the Chromium page): the spec, the records written,
// and how figures are summarised and printed.
import type { SyncSpec } from '../src/spec';

/** One entity of four fields, last writer wins; an `offline` state to write in without syncing. */
export const benchSpec: SyncSpec = {
  specVersion: 1,
  app: { id: 'bench', name: 'Bench', version: '1.0.0' },
  roles: [
    { name: 'worker', permissions: [{ entity: 'Item', actions: ['read', 'create', 'update', 'delete'] }] },
  ],
  entities: [
    {
      name: 'Item',
      key: 'id',
      fields: [
        { name: 'id', type: 'string', required: true },
        { name: 'title', type: 'string' },
        { name: 'status', type: 'enum', values: ['open', 'done'] },
        { name: 'qty', type: 'integer' },
      ],
      indexes: [{ fields: ['status'] }],
      offline: { availability: 'read-write' },
      sync: { priority: 'normal', direction: 'both', batchSize: 500 },
      conflict: { strategy: 'last-writer-wins' },
    },
  ],
  offlineStates: {
    initial: 'online',
    states: [
      { name: 'online', network: 'online', sync: { enabled: true }, writes: 'allow' },
      { name: 'offline', network: 'offline', sync: { enabled: false }, writes: 'allow' },
    ],
    transitions: [
      { from: '*', event: 'connection-lost', to: 'offline' },
      { from: '*', event: 'connection-restored', to: 'online' },
    ],
  },
  retry: { initialDelay: '1s', maxDelay: '1m', multiplier: 2, jitter: 'full', maxAttempts: 5 },
};

/** The `i`th record written. */
export const benchItem = (i: number) => ({
  id: `item-${i}`,
  title: `Item number ${i}`,
  status: i % 2 ? 'open' : 'done',
  qty: i,
});

/** Dexie schema of a bare database holding the same rows and an outbox like the engine's. */
export const BARE_STORES = { Item: 'id, _t, status', _outbox: '++seq, &id, [entity+key], [entity+seq]' };

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Prints one figure as a JSON line: `{"bench", ...figures, "baseline", "ratio"}` (ratio = measured / baseline). */
export function report(
  bench: string,
  figures: Record<string, number | string>,
  baseline: number,
  measured: number,
) {
  const round = (n: number) => Math.round(n * 100) / 100;
  const out: Record<string, unknown> = { bench };
  for (const [k, v] of Object.entries(figures)) out[k] = typeof v === 'number' ? round(v) : v;
  out.baseline = round(baseline);
  out.ratio = round(measured / baseline);
  console.log(JSON.stringify(out));
}
