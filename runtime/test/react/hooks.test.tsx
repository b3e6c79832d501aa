// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode, StrictMode, Suspense } from 'react';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { Query as QueryOf, SyncClient } from '../../src';
import type { RecordValues } from '../../src/protocol';
import {
  createSyncHooks,
  type LiveQueryOptions,
  type LiveQueryResult,
  SyncClientProvider,
  useConflicts,
  useLiveQuery,
  useSyncStatus,
} from '../../src/react';
import { aesKey, device, InMemorySyncServer, taskSpec } from '../engine/fixtures';
import type { AppSchema, Job } from '../typed/field-service.generated';
import { dispatcherClient, job } from '../typed/fixtures';

const typed = createSyncHooks<AppSchema>();
const clients: { close(): Promise<void> }[] = [];

afterEach(async () => {
  cleanup();
  for (const client of clients.splice(0)) await client.close();
});

async function jobsClient(): Promise<SyncClient<AppSchema>> {
  const client = await dispatcherClient();
  clients.push(client);
  await client.table('Job').put(job('job-1', { title: 'Fix valve' }));
  await client.table('Job').put(job('job-2', { title: 'Paint door', status: 'done' }));
  return client;
}

async function tasksClient(options: { key?: CryptoKey; idb?: IDBFactory } = {}) {
  const server = new InMemorySyncServer({ spec: taskSpec() });
  const opened = await device(server, {
    ...(options.idb ? { idb: options.idb } : {}),
    ...(options.key ? { extra: { encryptionKey: options.key } } : {}),
  });
  clients.push(opened.client);
  return opened;
}

/** Shows the error it caught, with a button that clears it and renders the children again. */
class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: undefined as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <div>
        <p role="alert">caught: {String(this.state.error)}</p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          try again
        </button>
      </div>
    );
  }
}

/** Renders a live query result as text, and records every result it rendered. */
function JobList(props: { status?: Job['status']; seen?: LiveQueryResult<Job>[]; keep?: boolean }) {
  const jobs = typed.useLiveQuery(
    'Job',
    props.status ? { where: { status: props.status } } : {},
    props.keep ? { keepPreviousData: true } : {},
  );
  props.seen?.push(jobs);
  if (jobs.status === 'loading') return <p>loading</p>;
  if (jobs.status === 'error') {
    return (
      <div>
        <p role="alert">failed: {String(jobs.error)}</p>
        <button type="button" onClick={jobs.retry}>
          retry
        </button>
      </div>
    );
  }
  return (
    <ul>
      {jobs.data.map((j) => (
        <li key={j.id}>{j.title}</li>
      ))}
    </ul>
  );
}

/** An untyped live query, rendered as its status or its error. */
function Query(props: { entity: string; query?: QueryOf; options?: LiveQueryOptions }) {
  const result = useLiveQuery(props.entity, props.query, props.options);
  return <p>{result.status === 'error' ? `failed: ${String(result.error)}` : result.status}</p>;
}

/** An untyped live query with keepPreviousData, recording every result it rendered. */
function Kept(props: { entity: string; seen: LiveQueryResult<RecordValues>[] }) {
  props.seen.push(useLiveQuery(props.entity, {}, { keepPreviousData: true }));
  return null;
}

/** A suspending live query of jobs, rendered as their titles. */
function SuspenseTitles(props: { status: Job['status'] }) {
  const jobs = typed.useSuspenseLiveQuery('Job', { where: { status: props.status } });
  expectTypeOf(jobs).toEqualTypeOf<Job[]>();
  return <p>{jobs.map((j) => j.title).join(', ') || 'none'}</p>;
}

/** The conflicts and the pending count, or the failed read with a retry button. */
function Conflicts() {
  const result = useConflicts();
  const pending = useSyncStatus().pending.critical;
  if (result.status === 'error') {
    return (
      <button type="button" onClick={result.retry}>
        {`failed: ${String(result.error)}`}
      </button>
    );
  }
  return <p>{`${result.status}: ${result.conflicts.length} conflicts, ${pending} pending`}</p>;
}

describe('useLiveQuery', () => {
  it('goes from loading to the records, typed by the schema, and follows writes', async () => {
    const client = await jobsClient();
    const seen: LiveQueryResult<Job>[] = [];
    render(
      <SyncClientProvider client={client}>
        <JobList status="open" seen={seen} />
      </SyncClientProvider>,
    );
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText('Fix valve')).toBeTruthy();
    expect(screen.queryByText('Paint door')).toBeNull();
    await act(() => client.table('Job').update('job-2', { status: 'open' }));
    expect(await screen.findByText('Paint door')).toBeTruthy();
    expect(seen[0]).toMatchObject({ status: 'loading', data: undefined });
    const statuses = seen.map((r) => r.status);
    // A change never passes through 'loading' again.
    expect(statuses.slice(statuses.indexOf('success'))).not.toContain('loading');
    expectTypeOf(seen[0]!.data).toEqualTypeOf<Job[] | undefined>();
  });

  it('reports a query no index answers as an error instead of loading forever', async () => {
    const { client } = await tasksClient();
    render(
      <SyncClientProvider client={client}>
        <Query entity="Task" query={{ where: { title: 'x' } }} />
      </SyncClientProvider>,
    );
    expect(await screen.findByText(/failed: QueryError: Task has no index for \[title\]/)).toBeTruthy();
  });

  it('reports records it cannot decrypt (a wrong encryption key) as an error', async () => {
    const first = await tasksClient();
    await first.client.table('Secret').put({ id: 's1', pin: '1234', label: 'door' });
    await first.client.close();
    const { client } = await tasksClient({ key: await aesKey(), idb: first.idb });
    render(
      <SyncClientProvider client={client}>
        <Query entity="Secret" />
      </SyncClientProvider>,
    );
    expect(await screen.findByText(/failed: Error: could not decrypt a stored field/)).toBeTruthy();
  });

  it('keeps the last records beside a later error, and retry() runs the query afresh', async () => {
    const client = await jobsClient();
    const table = client.table('Job');
    const live = table.live.bind(table);
    const failures: ((error: unknown) => void)[] = [];
    table.live = (query, listener, onError) => {
      failures.push((error) => onError?.(error));
      return live(query, listener, onError);
    };
    const seen: LiveQueryResult<Job>[] = [];
    render(
      <SyncClientProvider client={client}>
        <JobList status="open" seen={seen} />
      </SyncClientProvider>,
    );
    expect(await screen.findByText('Fix valve')).toBeTruthy();
    act(() => failures[0]!(new Error('storage unavailable')));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'failed: Error: storage unavailable',
    );
    expect(seen.at(-1)).toMatchObject({ status: 'error', data: [expect.objectContaining({ id: 'job-1' })] });
    fireEvent.click(screen.getByText('retry'));
    expect(await screen.findByText('Fix valve')).toBeTruthy();
    expect(failures).toHaveLength(2);
  });

  it('with keepPreviousData shows the previous records while a changed query loads', async () => {
    const client = await jobsClient();
    const seen: LiveQueryResult<Job>[] = [];
    const view = render(
      <SyncClientProvider client={client}>
        <JobList status="open" seen={seen} keep />
      </SyncClientProvider>,
    );
    expect(await screen.findByText('Fix valve')).toBeTruthy();
    view.rerender(
      <SyncClientProvider client={client}>
        <JobList status="done" seen={seen} keep />
      </SyncClientProvider>,
    );
    expect(await screen.findByText('Paint door')).toBeTruthy();
    const afterFirst = seen.slice(seen.findIndex((r) => r.status === 'success'));
    expect(afterFirst.map((r) => r.status)).not.toContain('loading');
    const bridge = afterFirst.find((r) => r.isPreviousData);
    expect(bridge?.data?.map((j) => j.title)).toEqual(['Fix valve']);
    expect(seen.at(-1)).toMatchObject({ status: 'success', isPreviousData: false });
  });

  it("with keepPreviousData never shows one entity's records as another's", async () => {
    const { client } = await tasksClient();
    await client.table('Task').put({ id: 't1', title: 'a task' });
    const seen: LiveQueryResult<RecordValues>[] = [];
    const view = render(
      <SyncClientProvider client={client}>
        <Kept entity="Task" seen={seen} />
      </SyncClientProvider>,
    );
    await waitFor(() => expect(seen.at(-1)?.data).toHaveLength(1));
    const before = seen.length;
    view.rerender(
      <SyncClientProvider client={client}>
        <Kept entity="Log" seen={seen} />
      </SyncClientProvider>,
    );
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ status: 'success', data: [] }));
    expect(seen[before]).toMatchObject({ status: 'loading', data: undefined, isPreviousData: false });
  });

  it('with throwOnError hands the error to the nearest error boundary', async () => {
    const { client } = await tasksClient();
    const caught: unknown[] = [];
    render(
      <SyncClientProvider client={client}>
        <Boundary>
          <Query entity="Task" query={{ orderBy: 'nope' }} options={{ throwOnError: true }} />
        </Boundary>
      </SyncClientProvider>,
      { onCaughtError: (error) => caught.push(error) },
    );
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'caught: QueryError: Task has no field "nope" to order by',
    );
    expect(caught).toEqual([expect.objectContaining({ name: 'QueryError' })]);
  });
});

describe('useSuspenseLiveQuery', () => {
  it('suspends until the records are there, then follows writes', async () => {
    const client = await jobsClient();
    render(
      <StrictMode>
        <SyncClientProvider client={client}>
          <Suspense fallback={<p>waiting</p>}>
            <SuspenseTitles status="open" />
          </Suspense>
        </SyncClientProvider>
      </StrictMode>,
    );
    expect(screen.getByText('waiting')).toBeTruthy();
    expect(await screen.findByText('Fix valve')).toBeTruthy();
    await act(() => client.table('Job').put(job('job-3', { title: 'Check boiler' })));
    expect(await screen.findByText('Fix valve, Check boiler')).toBeTruthy();
  });

  it('throws an error to the boundary, whose retry runs the query afresh', async () => {
    const client = await jobsClient();
    const table = client.table('Job');
    const live = table.live.bind(table);
    let failures = 1;
    table.live = (query, listener, onError) => {
      if (failures-- <= 0) return live(query, listener, onError);
      // Fails a moment later, as an IndexedDB request would: the render has suspended by then.
      queueMicrotask(() => onError?.(new Error('disk read failed')));
      return () => undefined;
    };
    const caught: unknown[] = [];
    render(
      <SyncClientProvider client={client}>
        <Boundary>
          <Suspense fallback={<p>waiting</p>}>
            <SuspenseTitles status="done" />
          </Suspense>
        </Boundary>
      </SyncClientProvider>,
      { onCaughtError: (error) => caught.push(error) },
    );
    expect(screen.getByText('waiting')).toBeTruthy();
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'caught: Error: disk read failed');
    expect(caught).toEqual([new Error('disk read failed')]);
    // A person's retry: an error boundary's retry right away meets the same error for a moment
    // (React renders a failed component twice before the boundary shows), later runs the query afresh.
    await waitFor(() => {
      const again = screen.queryByText('try again');
      if (again) fireEvent.click(again);
      expect(screen.getByText('Paint door')).toBeTruthy();
    });
  });
});

describe('status hooks', () => {
  it('useConflicts reports a failed read of the list, and retry reads it again', async () => {
    const { client } = await tasksClient();
    const list = client.conflicts.list;
    let failures = 1;
    client.conflicts.list = () => (failures-- > 0 ? Promise.reject(new Error('list unavailable')) : list());
    render(
      <SyncClientProvider client={client}>
        <Conflicts />
      </SyncClientProvider>,
    );
    fireEvent.click(await screen.findByText('failed: Error: list unavailable'));
    expect(await screen.findByText('success: 0 conflicts, 0 pending')).toBeTruthy();
    await act(() => client.table('Task').put({ id: 't1', title: 'queued' }));
    await waitFor(() => expect(screen.getByText('success: 0 conflicts, 1 pending')).toBeTruthy());
  });
});
