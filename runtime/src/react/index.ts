/**
 * `@syncraft/runtime/react`: React bindings of a sync client (React is an optional peer).
 * Hooks read through `useSyncExternalStore` and report where a read stands (`loading`, `success`,
 * `error`); `useSuspenseLiveQuery` suspends and throws to an error boundary instead. The stores
 * behind them are plain objects you can use with any framework.
 *
 * @module @syncraft/runtime/react
 */
export {
  type ConflictsResult,
  createSyncHooks,
  type LiveQueryOptions,
  type LiveQueryResult,
  SyncClientProvider,
  type SyncHooks,
  useConflicts,
  useLiveQuery,
  useSuspenseLiveQuery,
  useSyncClient,
  useSyncStatus,
} from './hooks';
export {
  conflictsStore,
  type ExternalStore,
  type LoadState,
  liveQueryStore,
  statusStore,
} from './stores';
