/**
 * `@syncraft/runtime/react`: React bindings of a sync client (React is an optional peer).
 * Hooks read through `useSyncExternalStore`; the stores behind them are plain objects you can use
 * with any framework.
 *
 * @module @syncraft/runtime/react
 */
export { SyncClientProvider, useConflicts, useLiveQuery, useSyncClient, useSyncStatus } from './hooks';
export { conflictsStore, type ExternalStore, liveQueryStore, statusStore } from './stores';
