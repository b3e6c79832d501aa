import type { Query, SyncClient } from '@syncraft/runtime';
import { useLiveQuery, useSyncClient } from '@syncraft/runtime/react';
import type { AppSchema, Entities } from '../spec/sync-types.generated';

/** The app's client, typed by the field-service spec (`syncraft types`, src/spec/sync-types.generated.ts). */
export type FieldServiceClient = SyncClient<AppSchema>;

/**
 * The client of the nearest `SyncClientProvider`, typed. The provider holds the client the device
 * session opened with `createSyncClient<AppSchema>()`; the runtime's hook returns it untyped.
 */
export const useClient = (): FieldServiceClient => useSyncClient() as unknown as FieldServiceClient;

/** Live records of one entity, typed by the spec: `undefined` while the first results load. */
export function useRecords<N extends keyof Entities>(
  entity: N,
  query: Query<Entities[N]> = {},
): Entities[N][] | undefined {
  return useLiveQuery(entity, query as Query) as Entities[N][] | undefined;
}
