// A browser entry bundled by Vite with its defaults (../index.html): the client, the spec check and the
// React bindings, rendered into the page.
import { createHttpTransport, createSyncClient } from '@syncraft/runtime';
import { SyncClientProvider, useSyncStatus } from '@syncraft/runtime/react';
import { check, type SyncSpec } from '@syncraft/runtime/spec';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import spec from './spec.json';

function Status() {
  const status = useSyncStatus();
  return createElement('p', null, `${status.pending.normal} waiting`);
}

const app = spec as unknown as SyncSpec;
if (!check(app).valid) throw new Error('the spec is invalid');
const client = await createSyncClient({
  spec: app,
  transport: createHttpTransport({ baseUrl: location.origin, appId: app.app.id, token: () => 'dev' }),
  user: { id: 'ana', roles: ['member'] },
});
const root = document.getElementById('root');
if (root) createRoot(root).render(createElement(SyncClientProvider, { client }, createElement(Status)));
