/**
 * The fixed lists of the wire format: the one place each list is written. The wire schemas
 * (schema/), the generated types and client code all derive from them.
 */

/** Bumped on an incompatible change of these shapes; the server answers 426 to other versions. */
export const PROTOCOL_VERSION = 1;

/**
 * Every reason the server may give for refusing an operation: the one list the type, the API
 * document and client code derive from. `restricted`: a delete refused because records still
 * reference this one through a `restrict` relation. `stale`: a delete made on an older version of a
 * record whose entity rule is whole-record `manual` (optimistic concurrency). `conflict-settled`: a
 * decision on a manual
 * conflict someone already decided (the record keeps their decision).
 */
export const REJECT_REASONS = [
  'unknown-entity',
  'unknown-field',
  'invalid-value',
  'missing-required',
  'permission',
  'out-of-scope',
  'read-only',
  'too-large',
  'not-found',
  'restricted',
  'conflict-settled',
  'stale',
] as const;

/** Every error code of the HTTP API (the `error.code` of an error body): the one list. */
export const API_ERROR_CODES = [
  'bad-request',
  'invalid-json',
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'spec-upgrade-required',
  'protocol-unsupported',
  'payload-too-large',
  'rate-limited',
  'invalid-spec',
  'policy-violation',
  'unavailable',
] as const;

/** Why a pull tells a device to drop a record: it is gone, or it no longer belongs on the device. */
export const DELETE_REASONS = ['deleted', 'out-of-scope'] as const;

/** Every action the registry's audit log records (`AuditEntry.action`). */
export const AUDIT_ACTIONS = [
  'version.create',
  'version.submit',
  'version.comment',
  'version.approve',
  'version.reject',
  'version.publish',
  'app.rollback',
] as const;
