import { createContext, type ReactNode, useContext, useMemo, useSyncExternalStore } from 'react';
import type { SyncClient } from '../client/create-client';
import type { Query } from '../client/query';
import type { RecordValues } from '../protocol';
import type { SyncStatus } from '../status';
import type { ConflictRecord } from '../sync/conflict-record';
import { conflictsStore, liveQueryStore, statusStore } from './stores';

const ClientContext = createContext<SyncClient | null>(null);

/**
 * Makes a sync client available to the hooks below it.
 *
 * @example
 * <SyncClientProvider client={client}><JobList /></SyncClientProvider>
 */
export function SyncClientProvider(props: { readonly client: SyncClient; readonly children?: ReactNode }) {
  return <ClientContext.Provider value={props.client}>{props.children}</ClientContext.Provider>;
}

/** The client from the nearest {@link SyncClientProvider}. */
export function useSyncClient(): SyncClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useSyncClient needs a <SyncClientProvider client={…}> above this component');
  return client;
}

/**
 * Records of an entity matching a query, kept current as local data changes (writes, syncs).
 * `undefined` while the first results load. The query is compared by value, so an inline object
 * literal does not restart the live query on every render.
 *
 * @example
 * const open = useLiveQuery('Job', { where: { status: 'open' } });
 */
export function useLiveQuery(entity: string, query: Query = {}): RecordValues[] | undefined {
  const client = useSyncClient();
  const queryKey = JSON.stringify(query);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is keyed by its JSON text on purpose.
  const store = useMemo(() => liveQueryStore(client, entity, query), [client, entity, queryKey]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** The sync status, for "saved on this device / syncing / synced" indicators. */
export function useSyncStatus(): SyncStatus {
  const client = useSyncClient();
  const store = useMemo(() => statusStore(client), [client]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** Open manual conflicts with a resolver: `resolve(id, 'server' | 'client' | { values })`. */
export function useConflicts(): {
  conflicts: ConflictRecord[];
  resolve: SyncClient['conflicts']['resolve'];
} {
  const client = useSyncClient();
  const store = useMemo(() => conflictsStore(client), [client]);
  const conflicts = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { conflicts, resolve: client.conflicts.resolve };
}
