/**
 * `@syncraft/runtime/spec`: the sync-spec v1 contract — JSON Schema, types, diagnostics, validation.
 * Pure and dependency-light (ajv only): no Dexie, no DOM, no Node built-ins, so the designer,
 * the server and the CLI all import it.
 *
 * @module @syncraft/runtime/spec
 */

export { type CheckResult, check } from './check';
export {
  BUILTIN_PARAMS,
  CONFLICT_STRATEGIES,
  durationMs,
  FIELD_TYPES,
  OFFLINE_EVENTS,
  PERMISSION_ACTIONS,
  PRIORITIES,
} from './constants';
export {
  type Diagnostic,
  type DiagnosticCode,
  diagnosticCatalogue,
  hasErrors,
  type Severity,
  sortDiagnostics,
} from './diagnostics';
export {
  type Availability,
  type ChangeBase,
  diff,
  diffFromNothing,
  type Risk,
  SPEC_CHANGE_KINDS,
  type SpecChange,
  type SpecChangeKind,
  type SpecChangeKindName,
  summarizeDiff,
} from './diff';
export { checkDocumentShape, FORBIDDEN_KEYS, SPEC_LIMITS } from './document-guard';
export { lint } from './lint';
export { ownerField, teamField } from './owner-fields';
export { describePointer, parsePointer, pointer, resolvePointer } from './pointer';
export {
  deviceScopeParts,
  MAX_RELATION_DEPTH,
  type RelationStep,
  resolveExists,
  resolveRelated,
  resolveStep,
  type ScopeCaller,
  type StepResolution,
  subscribed,
  usesRelations,
} from './relation-paths';
export { SPEC_SCHEMA_ID, specSchema } from './schema';
export { appTypes } from './typegen/app-types';
export type * from './types';
export { type ValidationResult, validate } from './validate';
export { describeCondition, describeValue, looksLikeCondition } from './words';
