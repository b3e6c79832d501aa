export type {
  ChangesOf,
  EntityNameOf,
  FieldOf,
  KeyOf,
  NumberFieldOf,
  RecordKey,
  RecordOf,
  SchemaTypes,
  SetFieldOf,
  SubscriptionNameOf,
  SubscriptionParamsOf,
  UntypedSchema,
} from './app-schema';
export type { ClearedLocalData, ClearLocalDataOptions } from './clear-local';
export type { ClientEventName, ClientEvents } from './client-events';
export type { SyncUser } from './context';
export {
  createSyncClient,
  type NetworkSource,
  type SubscribeArgs,
  type SyncClient,
  type SyncClientOptions,
} from './create-client';
export { QueryError, UnsentEditsError, WriteBlockedError, WriteError, type WriteRefusal } from './errors';
export type { ConflictList, DeadLetterList, RejectedList } from './lists';
export type { FieldCondition, Indexable, IndexValue, OnlineFilter, Query, RangeCondition } from './query';
export { ManualScheduler, type Scheduler, systemScheduler, type TimerHandle } from './scheduler';
export { type Subscription, SubscriptionError } from './subscriptions';
export { SyncTable } from './table';
export type { TabCall, TabChannel, TabFailure, TabLocks, TabMessage, TabOptions, TabRole } from './tabs';
export type { UnsentRecord, UnsentState } from './unsent-records';
