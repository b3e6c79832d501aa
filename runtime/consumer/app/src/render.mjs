// A hook rendered by the app's React (react-dom/server) from the installed package, over a real
// client on fake-indexeddb and the in-memory server: the status hook sees a write wait, then sync.
import { readFileSync } from 'node:fs';
import { createMemoryTransport, createSyncClient, InMemorySyncServer } from '@syncraft/runtime';
import { SyncClientProvider, useSyncClient, useSyncStatus } from '@syncraft/runtime/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const spec = JSON.parse(readFileSync('src/spec.json', 'utf8'));
const server = new InMemorySyncServer({ spec });
const caller = { userId: 'ana', roles: ['member'], params: {}, now: Date.now() };
const client = await createSyncClient({
  spec,
  transport: createMemoryTransport(server, caller),
  user: { id: 'ana', roles: ['member'] },
  indexedDB: new IDBFactory(),
  IDBKeyRange,
  network: null,
});

function Lists() {
  const status = useSyncStatus();
  const client = useSyncClient();
  const waiting = status.pending.critical + status.pending.high + status.pending.normal + status.pending.low;
  return createElement('p', null, `${waiting} waiting on ${client.spec.app.name}`);
}
const render = () => renderToString(createElement(SyncClientProvider, { client }, createElement(Lists)));

await client.table('List').put({ id: 'groceries', name: 'Groceries', ownerId: 'ana' });
const before = render();
const cycle = await client.syncNow();
const after = render();
await client.close();
console.log(JSON.stringify({ before, cycle: cycle.kind, after }));
if (!before.includes('1 waiting') || cycle.kind !== 'synced' || !after.includes('0 waiting')) {
  throw new Error(`unexpected render: ${before} → ${cycle.kind} → ${after}`);
}
