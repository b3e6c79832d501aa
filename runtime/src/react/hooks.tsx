import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { EntityNameOf, RecordOf, SchemaTypes, UntypedSchema } from '../client/app-schema';
import type { SyncClient } from '../client/create-client';
import type { Query } from '../client/query';
import type { RecordValues } from '../protocol';
import type { SyncStatus } from '../status';
import type { ConflictRecord } from '../sync/conflict-record';
import { conflictsStore, type LoadState, liveQueryStore, statusStore } from './stores';
import { suspenseLiveQuery } from './suspense';

const ClientContext = createContext<SyncClient | null>(null);

/**
 * Makes a sync client (typed or not) available to the hooks below it.
 *
 * @example
 * <SyncClientProvider client={client}><JobList /></SyncClientProvider>
 */
export function SyncClientProvider<S extends SchemaTypes>(props: {
  readonly client: SyncClient<S>;
  readonly children?: ReactNode;
}) {
  // The context holds the client untyped; `createSyncHooks<S>()` gives typed hooks back.
  const client = props.client as unknown as SyncClient;
  return <ClientContext.Provider value={client}>{props.children}</ClientContext.Provider>;
}

/** The client from the nearest {@link SyncClientProvider}. */
export function useSyncClient(): SyncClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useSyncClient needs a <SyncClientProvider client={…}> above this component');
  return client;
}

/** Options of {@link useLiveQuery}. */
export interface LiveQueryOptions {
  /**
   * Rethrow the query's error during render, so the nearest error boundary shows it instead of the
   * component (default false: the result's `status` is `'error'`).
   */
  readonly throwOnError?: boolean;
  /**
   * While a changed query of the same entity (`where`, order or limit) loads, keep the previous
   * query's records as `data`, with `isPreviousData: true` and status `'success'`, instead of
   * `'loading'` (default false). Useful for filters typed by the user: no flash of a loading state.
   */
  readonly keepPreviousData?: boolean;
}

/**
 * What {@link useLiveQuery} returns: the load state of the records (`status` is `'loading'`,
 * `'success'` or `'error'`; `data` the records; `error` what failed), whether `data` belongs to the
 * previous query (`keepPreviousData`), and `retry()` to run the query again after an error.
 */
export type LiveQueryResult<R> = LoadState<R[]> & {
  readonly isPreviousData: boolean;
  readonly retry: () => void;
};

/**
 * Records of an entity matching a query, kept current as local data changes (writes, syncs), with
 * where the read stands: `{ status: 'loading' }` until the first results, `{ status: 'success',
 * data }` after every change, `{ status: 'error', error, data }` when the query fails (a query no
 * index answers, records that cannot be decrypted with the key given, an unknown entity) — `data`
 * then holds the last records it had, if any. Changes never pass through `'loading'` again. The query
 * is compared by value, so an inline object literal does not restart the live query on every render.
 *
 * @example
 * const jobs = useLiveQuery('Job', { where: { status: 'open' } });
 * if (jobs.status === 'loading') return <Spinner />;
 * if (jobs.status === 'error') return <Problem error={jobs.error} onRetry={jobs.retry} />;
 * return jobs.data.map((job) => <JobRow key={job.id} job={job} />);
 */
export function useLiveQuery(
  entity: string,
  query: Query = {},
  options: LiveQueryOptions = {},
): LiveQueryResult<RecordValues> {
  const client = useSyncClient();
  const queryKey = JSON.stringify(query);
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is keyed by its JSON text on purpose; a retry is a new attempt.
  const store = useMemo(() => liveQueryStore(client, entity, query), [client, entity, queryKey, attempt]);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // The last records of this entity (another entity's records are never shown in their place).
  const previous = useRef<{ entity: string; data: RecordValues[] } | undefined>(undefined);
  if (state.status === 'success') previous.current = { entity, data: state.data };
  if (options.throwOnError && state.status === 'error') throw state.error;
  const kept = previous.current?.entity === entity ? previous.current.data : undefined;
  if (options.keepPreviousData && state.status === 'loading' && kept !== undefined) {
    return { status: 'success', data: kept, error: undefined, isPreviousData: true, retry };
  }
  return { ...state, isPreviousData: false, retry };
}

/**
 * Records of an entity matching a query, for components under `<Suspense>` and an error boundary:
 * the render suspends until the first results, and an error is thrown to the nearest error
 * boundary (a retry of the boundary runs the query afresh). Returns the records, kept current as
 * {@link useLiveQuery} keeps them. Client-side only.
 *
 * @example
 * function OpenJobs() {
 *   const jobs = useSuspenseLiveQuery('Job', { where: { status: 'open' } });
 *   return jobs.map((job) => <JobRow key={job.id} job={job} />);
 * }
 * <ErrorBoundary fallback={<p>Cannot show the jobs</p>}>
 *   <Suspense fallback={<Spinner />}><OpenJobs /></Suspense>
 * </ErrorBoundary>
 */
export function useSuspenseLiveQuery(entity: string, query: Query = {}): RecordValues[] {
  const client = useSyncClient();
  let live = suspenseLiveQuery(client, entity, query);
  // A query that failed a while ago (an error boundary's retry) runs afresh.
  if (live.store.getSnapshot().status === 'error' && live.expired()) {
    live = suspenseLiveQuery(client, entity, query);
  }
  const state = useSyncExternalStore(live.store.subscribe, live.store.getSnapshot, live.store.getSnapshot);
  if (state.status === 'loading') throw live.ready;
  if (state.status === 'error') {
    live.expired(); // starts the error's keeping time
    throw state.error;
  }
  return state.data;
}

/** The sync status, for "saved on this device / syncing / synced" indicators. It is never loading. */
export function useSyncStatus(): SyncStatus {
  const client = useSyncClient();
  const store = useMemo(() => statusStore(client), [client]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** What {@link useConflicts} returns. */
export type ConflictsResult = LoadState<ConflictRecord[]> & {
  /** The open conflicts: `data`, or an empty list while loading or when the first read failed. */
  readonly conflicts: ConflictRecord[];
  readonly resolve: SyncClient['conflicts']['resolve'];
  /** Reads the list again (after an error). */
  readonly retry: () => void;
};

/**
 * Open manual conflicts with a resolver: `resolve(id, 'server' | 'client' | { values })`, and where
 * the list stands (`status`, `error`), like {@link useLiveQuery}.
 */
export function useConflicts(): ConflictsResult {
  const client = useSyncClient();
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a retry is a new attempt.
  const store = useMemo(() => conflictsStore(client), [client, attempt]);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, conflicts: state.data ?? [], resolve: client.conflicts.resolve, retry };
}

/** Hooks typed by an app's schema; see {@link createSyncHooks}. */
export interface SyncHooks<S extends SchemaTypes> {
  /** {@link useSyncClient}, typed. */
  useSyncClient(): SyncClient<S>;
  /** {@link useLiveQuery}, typed: records of `N`, `where` and `orderBy` over its fields. */
  useLiveQuery<N extends EntityNameOf<S>>(
    entity: N,
    query?: Query<RecordOf<S, N>>,
    options?: LiveQueryOptions,
  ): LiveQueryResult<RecordOf<S, N>>;
  /** {@link useSuspenseLiveQuery}, typed. */
  useSuspenseLiveQuery<N extends EntityNameOf<S>>(entity: N, query?: Query<RecordOf<S, N>>): RecordOf<S, N>[];
}

/**
 * The data hooks typed by the app's schema (the `AppSchema` `syncraft types` writes): made once in
 * the app and imported where needed. They are the hooks above; only their types differ.
 *
 * @example
 * // src/sync.ts
 * import type { AppSchema } from './sync-types';
 * export const { useLiveQuery, useSuspenseLiveQuery, useSyncClient } = createSyncHooks<AppSchema>();
 * // a component
 * const jobs = useLiveQuery('Job', { where: { status: 'open' } }); // jobs.data: Job[] | undefined
 */
export function createSyncHooks<S extends SchemaTypes = UntypedSchema>(): SyncHooks<S> {
  return {
    useSyncClient: useSyncClient as unknown as SyncHooks<S>['useSyncClient'],
    useLiveQuery: useLiveQuery as unknown as SyncHooks<S>['useLiveQuery'],
    useSuspenseLiveQuery: useSuspenseLiveQuery as unknown as SyncHooks<S>['useSuspenseLiveQuery'],
  };
}
