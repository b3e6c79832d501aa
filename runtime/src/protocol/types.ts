/**
 * The wire format of the HTTP API, shared by the runtime's transports, the registry client, the CLI,
 * the designer and the server. Described for people in docs/protocol.md and docs/governance.md.
 * Every message is defined once, as a JSON Schema in `schema/`; the types below are generated from
 * those schemas (`wire.generated.ts`), and the fixed lists live in `constants.ts`. Every message is
 * a discriminated union where it can be: a pushed operation is answered with an explicit outcome,
 * never an exception.
 */

import type { API_ERROR_CODES, REJECT_REASONS } from './constants';
import type { AuditedOperation, OperationResult, VersionSummary } from './wire.generated';

export * from './constants';
export type { Hlc, JsonValue, RecordValues } from './values';
export type * from './wire.generated';

/** Why the server refused an operation. The refusal is final: retrying the same operation fails again. */
export type RejectReason = (typeof REJECT_REASONS)[number];

/** Error codes of the HTTP API (the `error.code` of an error body). */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The outcome of a pushed operation. */
export type OperationStatus = OperationResult['status'];

/** Where a version is in review. */
export type VersionStatus = VersionSummary['status'];

/** What the audit shows of a pushed operation's outcome. */
export type AuditedStatus = AuditedOperation['status'];
