export { initialStatus, type PendingCounts, pendingTotal, StatusStore, type SyncStatus } from './status';
