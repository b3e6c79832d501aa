import type { EntityNameOf, Query, RecordOf, SyncClient } from '@syncraft/runtime';
import { createSyncHooks } from '@syncraft/runtime/react';
import type { AppSchema } from '../spec/sync-types.generated';

/** The app's client, typed by the field-service spec (`syncraft types`, src/spec/sync-types.generated.ts). */
export type FieldServiceClient = SyncClient<AppSchema>;

/** The runtime's hooks typed by the spec: records of `Job` are `Job`, and so on. */
const hooks = createSyncHooks<AppSchema>();

/** The client of the nearest `SyncClientProvider` (the one the device session opened), typed. */
export const useClient = (): FieldServiceClient => hooks.useSyncClient();

/**
 * Live records of one entity, typed by the spec: `undefined` while the first results load, or when
 * they cannot be read (`useLiveQuery` of `@syncraft/runtime/react` tells `status` and `error`).
 */
export function useRecords<N extends EntityNameOf<AppSchema>>(
  entity: N,
  query: Query<RecordOf<AppSchema, N>> = {},
): RecordOf<AppSchema, N>[] | undefined {
  return hooks.useLiveQuery(entity, query).data;
}
