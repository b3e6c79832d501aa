/**
 * `@syncraft/runtime/authority`: the server-side sync semantics (push and pull) over a storage
 * interface, so the SQL server and the in-memory server behave identically.
 * Described in docs/protocol.md.
 *
 * @module @syncraft/runtime/authority
 */

export {
  createMemoryTransport,
  type MemoryFault,
  MemoryTransport,
  type MemoryTransportOptions,
  type MemoryTransportStats,
} from '../transport/memory';
export {
  type Decider,
  type DecisionOutcome,
  type DecisionRefusal,
  decideConflict,
  mayDecide,
  settleByOperation,
  settledConflicts,
} from './conflicts';
export {
  AUTHORITY_STORE_CHECKS,
  type ContractFailure,
  checkAuthorityStore,
  type StoreHarness,
} from './conformance';
export { checkSpecVersion } from './handshake';
export { InMemorySyncServer, type InMemorySyncServerOptions, MEMORY_SERVER_NODE } from './memory-server';
export { MemoryAuthorityStore } from './memory-store';
export { handlePull, processPull, pullable } from './pull';
export { type AuthorityAnswer, handlePush, processPush } from './push';
export { handleRead, processRead } from './read';
export {
  type CascadePlan,
  type ChildLink,
  childLinks,
  MAX_CASCADE,
  type OnDelete,
  planDeleteEffects,
} from './relations';
export type { FreshAuthority, ScenarioAuthority, SeedTarget } from './scenario/authority';
export {
  editableFields,
  type FieldCheck,
  runConflictScenarios,
  type ScenarioKind,
  type ScenarioReport,
} from './scenario/conflict-scenarios';
export {
  conflictingValues,
  defaultParamValue,
  sampleRecord,
  sampleValue,
  scopeFields,
} from './scenario/samples';
export { fitting, seedAccess, seedRecord } from './scenario/seed-access';
export { applyServerEdit, type ServerEdit, type ServerEditOutcome } from './server-edit';
export type {
  AuthorityStore,
  ChangesPage,
  ChangesQuery,
  ConflictDecision,
  KeptConflict,
  PriorState,
  StoredChange,
  StoredOpResult,
  ViewChange,
  ViewPage,
  ViewQuery,
} from './store';
