// The React hooks rendered by the app's React from the installed package, over a real client on
// fake-indexeddb and the in-memory server: the status hook sees a write wait, then sync
// (react-dom/server); the suspense live query shows the records once they load (react-dom/static,
// which waits for Suspense as a server render does).
import 'fake-indexeddb/auto'; // Dexie's liveQuery looks for a global indexedDB, as in a browser
import { readFileSync } from 'node:fs';
import { createMemoryTransport, createSyncClient, InMemorySyncServer } from '@syncraft/runtime';
import {
  SyncClientProvider,
  useLiveQuery,
  useSuspenseLiveQuery,
  useSyncClient,
  useSyncStatus,
} from '@syncraft/runtime/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';

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

function Status() {
  const app = useSyncClient().spec.app.name;
  const { pending } = useSyncStatus();
  const lists = useLiveQuery('List');
  const waiting = pending.critical + pending.high + pending.normal + pending.low;
  return createElement('p', null, `${app}: ${waiting} waiting, lists ${lists.status}`);
}

function Lists() {
  const lists = useSuspenseLiveQuery('List', { orderBy: 'name' });
  return createElement(
    'ul',
    null,
    lists.map((list) => createElement('li', { key: list.id }, list.name)),
  );
}

const withClient = (child) => createElement(SyncClientProvider, { client }, child);
const status = () => renderToString(withClient(createElement(Status)));

await client.table('List').put({ id: 'groceries', name: 'Groceries', ownerId: 'ana' });
await client.table('List').put({ id: 'chores', name: 'Chores', ownerId: 'ana' });
const before = status();
const cycle = await client.syncNow();
const after = status();
const { prelude } = await prerenderToNodeStream(
  withClient(createElement(Suspense, { fallback: 'loading' }, createElement(Lists))),
);
let lists = '';
for await (const chunk of prelude) lists += chunk;
await client.close();

console.log(JSON.stringify({ before, cycle: cycle.kind, after, lists }));
const expected = {
  before: 'Shared lists: 2 waiting, lists loading',
  after: 'Shared lists: 0 waiting, lists loading',
  lists: '<ul><li>Chores</li><li>Groceries</li></ul>',
};
if (
  !before.includes(expected.before) ||
  cycle.kind !== 'synced' ||
  !after.includes(expected.after) ||
  !lists.includes(expected.lists)
) {
  throw new Error(`expected ${JSON.stringify(expected)}`);
}
