/**
 * The page `hooks.browser.test.ts` bundles and opens in Chromium: a typed client of the
 * field-service template on the browser's real IndexedDB, against an in-memory server in the page,
 * rendered with the React hooks. `?offline` reopens the same database without a server, to show
 * what IndexedDB kept.
 */
import { Component, type ReactNode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import template from '../../../templates/field-service.json';
import { createMemoryTransport, createSyncClient, InMemorySyncServer } from '../../src';
import { createSyncHooks, SyncClientProvider, useSyncStatus } from '../../src/react';
import type { SyncSpec } from '../../src/spec';
import type { AppSchema, Job } from '../typed/field-service.generated';

const spec = template as unknown as SyncSpec;
const { useLiveQuery, useSuspenseLiveQuery } = createSyncHooks<AppSchema>();
const user = { id: 'disp-1', roles: ['dispatcher'], params: { region: 'north' } };

function job(id: string, title: string, status: Job['status'] = 'open'): Job {
  const scheduledAt = new Date(Date.now() + 86_400_000).toISOString();
  return { id, title, siteId: 'site-1', assigneeId: 'tech-1', region: 'north', status, scheduledAt };
}

function OpenJobs() {
  const jobs = useLiveQuery('Job', { where: { status: 'open' }, orderBy: 'title' });
  return (
    <section data-testid="open" data-status={jobs.status}>
      {jobs.status === 'success' ? jobs.data.map((j) => j.title).join(', ') || 'none' : jobs.status}
    </section>
  );
}

function DoneJobs() {
  const jobs = useSuspenseLiveQuery('Job', { where: { status: 'done' } });
  return <section data-testid="done">{jobs.map((j) => j.title).join(', ') || 'none'}</section>;
}

/** A query no index answers: `title` is not indexed. */
function ByTitle() {
  const jobs = useLiveQuery('Job', { where: { title: 'Fix valve' } });
  return (
    <section data-testid="by-title" data-status={jobs.status}>
      {jobs.status === 'error' ? String(jobs.error) : jobs.status}
    </section>
  );
}

function Pending() {
  return <section data-testid="pending">{useSyncStatus().pending.critical}</section>;
}

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: undefined as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error === undefined ? this.props.children : <p>caught: {String(this.state.error)}</p>;
  }
}

async function main(): Promise<void> {
  const offline = location.search === '?offline';
  const server = new InMemorySyncServer({ spec });
  // The server side is untyped: it holds any spec's records.
  if (!offline) await server.write('Job', 'job-1', { ...job('job-1', 'Fix valve') });
  const caller = () => ({ userId: user.id, roles: user.roles, params: user.params, now: Date.now() });
  const client = await createSyncClient<AppSchema>({
    spec,
    transport: createMemoryTransport(server, caller),
    user,
    // Only Sites and Visits hold encrypted fields; none are written here.
    encryptionKey: await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]),
    network: null,
  });
  if (!offline) client.start();
  const page = window as unknown as { syncraft: unknown };
  page.syncraft = {
    add: (id: string, title: string, status?: Job['status']) =>
      client.table('Job').put(job(id, title, status)),
    idle: () => client.idle(),
    database: client.database.kind,
  };
  createRoot(document.getElementById('root')!).render(
    <SyncClientProvider client={client}>
      <OpenJobs />
      <Boundary>
        <Suspense fallback={<section data-testid="done">waiting</section>}>
          <DoneJobs />
        </Suspense>
      </Boundary>
      <ByTitle />
      <Pending />
    </SyncClientProvider>,
  );
}

main().catch((error: unknown) => {
  document.body.dataset.failed = String(error);
});
