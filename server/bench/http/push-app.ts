// The app every HTTP push/pull benchmark syncs: its spec, its records, publishing it, and a device.
import 'fake-indexeddb/auto';
import { createHttpTransport, createSyncClient } from '@syncraft/runtime';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { tokenFor } from '../../test/helpers/app';

/** The benchmark's app: one small entity every worker may write. */
export const APP = 'bench-push';

export const spec: SyncSpec = {
  specVersion: 1,
  app: { id: APP, name: 'Push benchmark', version: '1.0.0' },
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
      offline: { availability: 'read-write' },
      sync: { priority: 'normal', direction: 'both', batchSize: 500 },
      conflict: { strategy: 'last-writer-wins' },
    },
  ],
  offlineStates: {
    initial: 'online',
    states: [{ name: 'online', network: 'online', sync: { enabled: true }, writes: 'allow' }],
    transitions: [],
  },
  retry: { initialDelay: '1s', maxDelay: '1m', multiplier: 2, jitter: 'full', maxAttempts: 5 },
};

/** The `i`th small record (about 60 bytes of JSON). */
export const item = (i: number) => ({ id: `item-${i}`, title: `Item number ${i}`, status: 'open', qty: i });

/** POSTs `body` (if any) with `token`; throws on an HTTP error. */
export async function call(url: string, token: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (res.status >= 300) throw new Error(`${url} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Saves, submits, approves and publishes {@link spec} on the server at `url`. */
export async function publish(url: string): Promise<void> {
  const builder = await tokenFor('bea', ['builder']);
  const reviewer = await tokenFor('rui', ['reviewer']);
  const saved = await call(`${url}/api/apps/${APP}/versions`, builder, spec);
  const version = `${url}/api/apps/${APP}/versions/${String(saved.hash)}`;
  await call(`${version}/submit`, builder);
  await call(`${version}/approve`, reviewer, {});
  await call(`${version}/publish`, reviewer);
}

/** A device of worker `wes` on a fresh in-memory IndexedDB (fake-indexeddb), syncing to `url`. */
export function device(url: string, token: string, clientId: string) {
  return createSyncClient({
    spec,
    transport: createHttpTransport({ baseUrl: url, appId: APP, token: () => token }),
    user: { id: 'wes', roles: ['worker'] },
    clientId,
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    network: null,
  });
}

/** The batch size the spec gives the entity: the size pushes are sent in. */
export const BATCH_SIZE = spec.entities[0]!.sync.batchSize ?? 100;

/** The operations a device sends for records `first`…`first + n - 1`, in batches of {@link BATCH_SIZE}. */
export function operationBatches(n: number, first = 0, client = 'floor'): unknown[][] {
  const batches: unknown[][] = [];
  for (let i = 0; i < n; i += BATCH_SIZE) {
    batches.push(
      Array.from({ length: Math.min(BATCH_SIZE, n - i) }, (_, j) => ({
        id: `op-${client}-${first + i + j}`,
        entity: 'Item',
        key: `item-${first + i + j}`,
        kind: 'upsert',
        changes: item(first + i + j),
        base: {},
        baseVersion: 0,
        hlc: `${Date.now()}-000000-${client}`,
        clientId: client,
      })),
    );
  }
  return batches;
}
