/**
 * `@syncraft/runtime/merge`: the conflict rules shared by the device and the server. Pure: the same
 * inputs give the same outcome everywhere. Described in docs/protocol.md ("Merge semantics").
 *
 * @module @syncraft/runtime/merge
 */
export {
  type ApplyContext,
  type ApplyOutcome,
  applyOperation,
  missingTarget,
  recreates,
} from './apply-operation';
export { effectiveRule, isDeltaRule, ruleFitsField } from './effective-rule';
export {
  compareHlc,
  formatHlc,
  HLC_MAX_COUNTER,
  HLC_MAX_WALL_MS,
  type HlcRejection,
  type HlcState,
  HybridLogicalClock,
  type HybridLogicalClockOptions,
  initialHlcState,
  isHlc,
  isValidNodeId,
  maxHlc,
  parseHlc,
  type ReceiveResult,
  receive,
  tick,
} from './hlc';
export type { ManualConflict, StoredRecord } from './record';
export { type ResolveContext, type ResolveOutcome, resolveManualConflict } from './resolve-conflict';
export { type FieldRule, fieldRules, type RuleInput, type RuleOutcome, type Winner } from './rules';
export { addIncrement } from './rules/counter';
export { applySetEdit, mergeSets } from './rules/set-union';
export { asInstant, asStringSet, type FieldValue, ISO_DATETIME, jsonEqual } from './values';
