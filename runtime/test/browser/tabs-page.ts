/**
 * The app a tab of the browser test runs: a client of the task spec on the browser's own IndexedDB,
 * Web Locks and BroadcastChannel (the defaults), syncing through functions the test exposes
 * (`syncPush`, `syncPull`) to one in-memory server in Node, so the test sees which tab pushed.
 */
import { createSyncClient, type SyncClient } from '../../src';
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '../../src/protocol';
import type { SyncSpec } from '../../src/spec';

declare global {
  interface Window {
    syncPush(request: PushRequest): Promise<PushResponse>;
    syncPull(request: PullRequest): Promise<PullResponse>;
    spec: SyncSpec;
    app: { client: SyncClient; live: string[] };
    ready: Promise<void>;
  }
}

window.ready = (async () => {
  const client = await createSyncClient({
    spec: window.spec,
    transport: { push: (r) => window.syncPush(r), pull: (r) => window.syncPull(r) },
    user: { id: 'u1', roles: ['worker'] },
    dbName: 'tabs-browser-test',
  });
  const app = { client, live: [] as string[] };
  client.table('Task').live({}, (rows) => {
    app.live = rows.map((r) => String(r.id)).sort();
  });
  window.app = app;
})();
