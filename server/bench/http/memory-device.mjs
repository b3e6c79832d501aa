// One device's life in a process of its own, so its peak resident memory is its own. Plain Node on
// the built @syncraft/runtime (runtime/dist), as an app runs it: no TypeScript loader in memory.
// Run by client-memory.bench.ts:
//   node memory-device.mjs <mode> <fixture.json> <server-url> <token>
// The fixture holds { app, spec, items, batches } (http/push-app.ts). Prints one JSON line:
// { mode, records, maxRssMB } — maxRSS is the process's peak resident set from the kernel, so no
// sampling can miss a peak.
//   push       — a Syncraft device writes the records offline, one write each, then syncs them
//   pull       — a fresh Syncraft device pulls every record
//   bare-push  — bare IndexedDB: each record's row and outbox entry written in one transaction,
//                then each batch read, posted with bare fetch to the floor route, deleted as a range
//   bare-pull  — bare fetch of the server's pull pages, each written with bare IndexedDB puts
//   idle       — nothing: what the process and its imports hold before any record
import { readFileSync } from 'node:fs';
import { createHttpTransport, createSyncClient } from '@syncraft/runtime';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

const [mode, fixtureFile, url, token] = process.argv.slice(2);
const { app, spec, items, batches } = JSON.parse(readFileSync(fixtureFile, 'utf8'));
const n = items.length;

async function post(path, body) {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (res.status >= 300) throw new Error(`${path} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

const done = (request) =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
const committed = (tx) =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });

function open(name) {
  const request = new IDBFactory().open(name, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore('Item', { keyPath: 'id' });
    request.result.createObjectStore('_outbox', { keyPath: 'seq', autoIncrement: true });
  };
  return done(request);
}

function device(clientId) {
  return createSyncClient({
    spec,
    transport: createHttpTransport({ baseUrl: url, appId: app, token: () => token }),
    user: { id: 'wes', roles: ['worker'] },
    clientId,
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    network: null,
  });
}

const modes = {
  async push() {
    const writer = await device('memory-writer');
    const table = writer.table('Item');
    for (const item of items) await table.put(item);
    const result = await writer.syncNow();
    if (result.kind !== 'synced' || result.pushed !== n) throw new Error(`push: ${JSON.stringify(result)}`);
    await writer.close();
  },
  async pull() {
    const reader = await device('memory-reader');
    const result = await reader.syncNow();
    const stored = await reader.storage.table('Item').count();
    if (result.kind !== 'synced' || stored < n) throw new Error(`pull: ${stored} of ${n}`);
    await reader.close();
  },
  async 'bare-push'() {
    const db = await open('bare-push');
    for (const operation of batches.flat()) {
      const tx = db.transaction(['Item', '_outbox'], 'readwrite');
      tx.objectStore('Item').put(operation.changes);
      tx.objectStore('_outbox').add(operation);
      await committed(tx);
    }
    let first = 1;
    for (const batch of batches) {
      const range = IDBKeyRange.bound(first, first + batch.length - 1);
      const operations = await done(db.transaction('_outbox').objectStore('_outbox').getAll(range));
      await post('/push', { operations });
      const tx = db.transaction('_outbox', 'readwrite');
      tx.objectStore('_outbox').delete(range);
      await committed(tx);
      first += batch.length;
    }
    db.close();
  },
  async 'bare-pull'() {
    const db = await open('bare-pull');
    let cursor;
    let stored = 0;
    for (;;) {
      const page = await post(`/api/apps/${app}/sync/pull`, {
        protocol: 1,
        specVersion: spec.app.version,
        clientId: 'memory-bare',
        limit: 1000,
        ...(cursor ? { cursor } : {}),
      });
      const tx = db.transaction('Item', 'readwrite');
      for (const change of page.changes) if (change.record) tx.objectStore('Item').put(change.record);
      await committed(tx);
      stored += page.changes.length;
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    if (stored < n) throw new Error(`bare pull: ${stored} of ${n}`);
    db.close();
  },
  async idle() {},
};

const run = modes[mode];
if (!run) throw new Error(`unknown mode ${mode}: one of ${Object.keys(modes).join(', ')}`);
await run();
// maxRSS is in kilobytes.
console.log(
  JSON.stringify({ mode, records: n, maxRssMB: Math.round(process.resourceUsage().maxRSS / 102.4) / 10 }),
);
