/**
 * `@syncraft/runtime`: runs a Syncraft sync spec on the device — local-first reads and writes in
 * IndexedDB (Dexie), a prioritised outbox, push/pull sync with the shared conflict rules, the
 * spec's offline states, retries with dead letters, field encryption and retention.
 * Start with {@link createSyncClient}; the guide is docs/runtime.md.
 *
 * @module @syncraft/runtime
 */
export * from './client';
export { FieldCipher, isSealed, type SealedValue } from './crypto';
export type { DownstreamCounters, SyncCounters, UpstreamCounters } from './engine/counters';
export type { CycleResult } from './engine/engine';
export type { PullTrigger } from './engine/schedule';
export { type IncompatibleChange, type OpenOutcome, SpecUpgradeError } from './local-store';
export { type MachineEvent, OfflineMachine, type TransitionResult } from './offline-states';
export type { OutboxEntry } from './outbox/entry';
export { type Backoff, backoffFromSpec, retryDelayMs } from './retry';
export { initialStatus, type PendingCounts, pendingTotal, type SyncStatus } from './status';
export type { ConflictChoice, ConflictRecord } from './sync/conflict-record';
export type { DeadLetter, MergeNotice, RejectedOperation } from './sync/lost-writes';
export { createHttpTransport, type EventSourceClass, type HttpTransportOptions } from './transport/http';
export {
  createMemoryTransport,
  InMemorySyncServer,
  type MemoryFault,
  MemoryTransport,
} from './transport/memory';
export { type SyncTransport, TransportError, type TransportErrorInit } from './transport/types';
