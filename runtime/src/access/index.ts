/**
 * `@syncraft/runtime/access`: who may read and write which records, and which values are valid.
 * Pure, shared by the server (enforcement) and the device (to keep only what belongs there).
 * Described in docs/protocol.md ("Access and scope").
 *
 * @module @syncraft/runtime/access
 */
export { calendarBounds } from './calendar';
export {
  type CheckValuesOptions,
  checkValues,
  defaultsFor,
  VALUE_LIMITS,
  type ValueProblem,
} from './check-values';
export {
  evaluateCondition,
  ownKey,
  type RelatedRecords,
  type RelationContext,
  referencedKey,
} from './condition';
export { type AccessContext, resolveParam } from './context';
export {
  loadRelated,
  MAX_RELATED_PER_HOP,
  RelatedRecordCache,
  type RelatedSource,
  type SourceRecord,
} from './load-related';
export { MAX_PATTERN_LENGTH, matchesPattern, patternProblem } from './pattern';
export {
  type Action,
  type ActionScope,
  allows,
  canRead,
  canWrite,
  type EntityPermissions,
  permissionsFor,
  unwritableField,
} from './permissions';
export { hasIntegerKey, keyFieldValue, keyMatches, keyProblem } from './record-key';
export { redact } from './redact';
export { inScope } from './scope';
export {
  type BoundSubscription,
  bindSubscription,
  MAX_OPEN_SUBSCRIPTIONS,
  type OpenSubscription,
  paramsSelecting,
  type SubscriptionProblem,
} from './subscriptions';
export {
  decideWrite,
  grantConditions,
  isFixed,
  type WriteAttempt,
  type WriteVerdict,
  writeConditions,
} from './write-rule';
