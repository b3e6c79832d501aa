import type { SyncClient } from '@syncraft/runtime';
import { createSyncHooks } from '@syncraft/runtime/react';
import type { AppSchema } from '../spec/sync-types.generated';

/** The app's client, typed by the field-service spec (`syncraft types`, src/spec/sync-types.generated.ts). */
export type FieldServiceClient = SyncClient<AppSchema>;

/** The runtime's hooks typed by the spec: records of `Job` are `Job`, and so on. */
const hooks = createSyncHooks<AppSchema>();

/** The client of the nearest `SyncClientProvider` (the one the device session opened), typed. */
export const useClient = (): FieldServiceClient => hooks.useSyncClient();

/**
 * Live records of one entity, typed by the spec, with where the read stands:
 * `{ status: 'loading' | 'success' | 'error', data, error, retry }`.
 *
 * @example
 * const jobs = useRecords('Job', { orderBy: 'scheduledAt' });
 * if (jobs.data === undefined && jobs.status === 'error')
 *   return <ReadFailed what="jobs" error={jobs.error} retry={jobs.retry} />;
 */
export const useRecords = hooks.useLiveQuery;
