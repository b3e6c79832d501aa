/* Generated from src/protocol/schema/ by `pnpm --filter @syncraft/runtime gen:types`. Do not edit. */

import type { Diagnostic, SpecChange, SyncSpec } from '../spec';
import type { Hlc, JsonValue, RecordValues } from './values';

/** An organisation policy finding: a diagnostic with the code `POLICY` and the policy's name. */
export interface PolicyDiagnostic extends Omit<Diagnostic, 'code' | 'severity'> {
  readonly code: 'POLICY';
  readonly severity: 'error' | 'warning';
  readonly policy: string;
}


/**
 * Any request or answer of the HTTP API.
 */
export type WireMessage = (ApiErrorBody | SetEdit | Operation | FieldDecision | OperationResult | PushRequest | QueueReport | PushResponse | PullRequest | ReadRequest | FieldFilter | ReadRecord | ReadResponse | PullSubscription | SettledConflict | Change | PullResponse | Conflict | ConflictPage | ResolveRequest | ResolveAnswer | SpecDocument | CommentRequest | ApproveRequest | RejectRequest | RollbackRequest | RegistryDiagnostic | ValidationReport | App | AppList | VersionSummary | VersionList | Version | SavedVersion | Submission | QueuedSubmission | ChangeCounts | DevUserList | DevSignInRequest | SignInInfo | DevToken | Session | SubmissionList | ReviewComment | Review | Publication | PublicationList | PublishedSpec | AuditAction | AuditEntry | AuditList | AuditChainCheck | AuditedOperation | AuditedOperationPage | SandboxUser | CreateSandboxRequest | SandboxTokensRequest | SandboxToken | SandboxTokenList | SandboxEditRequest | SandboxEditAnswer | SandboxRecords | Sandbox)
/**
 * The server’s answer for one pushed operation.
 */
export type OperationResult = ({
/**
 * The operation this answers.
 */
readonly opId: string
readonly status: "applied"
/**
 * The record’s server version after this operation.
 */
readonly version: number
/**
 * The record’s server version the operation was applied on (0 when it created the record). When it equals the operation’s `baseVersion`, nothing else changed the record in between: the device knows the new state without pulling it back.
 */
readonly from?: number
/**
 * The whole record as the server now holds it, sent when other changes landed between the operation’s `baseVersion` and `from`, so the device converges without pulling it back.
 */
readonly record?: RecordValues
} | {
/**
 * The operation this answers.
 */
readonly opId: string
readonly status: "merged"
/**
 * The record’s server version after this operation.
 */
readonly version: number
/**
 * The whole record as the server now holds it, so the device converges.
 */
readonly record: RecordValues
readonly decisions: readonly FieldDecision[]
} | {
/**
 * The operation this answers.
 */
readonly opId: string
readonly status: "conflict"
/**
 * The record’s server version after this operation.
 */
readonly version: number
readonly conflictId: string
/**
 * The record as shown until a person decides (the manual rule’s interim value).
 */
readonly record: RecordValues
readonly fields: readonly string[]
/**
 * What the edit started from (the conflicting fields).
 */
readonly base?: RecordValues
/**
 * What the server held: the other side’s edit.
 */
readonly server?: RecordValues
/**
 * What this device wrote.
 */
readonly client?: RecordValues
/**
 * Other fields of the same operation that hold something else than it wrote (as in `merged`).
 */
readonly decisions?: readonly FieldDecision[]
} | {
/**
 * The operation this answers.
 */
readonly opId: string
readonly status: "rejected"
/**
 * Why the server refused the operation. Final: retrying the same operation fails again.
 */
readonly reason: ("unknown-entity" | "unknown-field" | "invalid-value" | "missing-required" | "permission" | "out-of-scope" | "read-only" | "too-large" | "not-found" | "restricted" | "conflict-settled" | "stale")
readonly message: string
readonly field?: string
})
/**
 * One field’s condition in a read’s `where`: a value the field must equal (`null`: not set), or bounds it must lie within (datetimes compare as instants).
 */
export type FieldFilter = ((string | number | boolean | null) | {
readonly gt?: (string | number)
readonly gte?: (string | number)
readonly lt?: (string | number)
readonly lte?: (string | number)
})
/**
 * A manual conflict that is over, as a pull reports it: `decided` on the server (through the API or by a device), or closed because its record was deleted (`record-deleted`).
 */
export type SettledConflict = ({
readonly id: string
readonly outcome: "decided"
/**
 * Who decided (a user id).
 */
readonly resolvedBy: string
readonly resolvedAt: string
/**
 * The chosen value of each conflicting field (fields the caller may not see left out).
 */
readonly resolution: RecordValues
} | {
readonly id: string
readonly outcome: "record-deleted"
})
/**
 * One change delivered by a pull.
 */
export type Change = ({
readonly kind: "upsert"
readonly entity: string
readonly key: string
readonly version: number
/**
 * Hybrid-logical-clock timestamp: `<13-digit ms>-<6-digit counter>-<node id>`.
 */
readonly hlc: Hlc
/**
 * The whole record, without the fields the caller’s role may not see.
 */
readonly record: RecordValues
} | {
readonly kind: "delete"
readonly entity: string
readonly key: string
readonly version: number
/**
 * `deleted`: the record is gone; `out-of-scope`: it no longer belongs on this device.
 */
readonly reason: ("deleted" | "out-of-scope")
})
/**
 * A sync spec (spec v1), as saved or checked.
 */
export type SpecDocument = SyncSpec
/**
 * A spec finding (`SPEC0nn`, as the spec module reports it) or an organisation policy finding (code `POLICY`, with the policy name).
 */
export type RegistryDiagnostic = Diagnostic | PolicyDiagnostic
/**
 * An action the registry’s audit log records.
 */
export type AuditAction = ("version.create" | "version.submit" | "version.comment" | "version.approve" | "version.reject" | "version.publish" | "app.rollback")

/**
 * The body of every 4xx/5xx answer of the HTTP API.
 */
export interface ApiErrorBody {
readonly error: {
readonly code: ("bad-request" | "invalid-json" | "unauthenticated" | "forbidden" | "not-found" | "conflict" | "spec-upgrade-required" | "protocol-unsupported" | "payload-too-large" | "rate-limited" | "invalid-spec" | "policy-violation" | "unavailable")
readonly message: string
/**
 * JSON Pointer into the request body, when the problem is in one place.
 */
readonly pointer?: string
/**
 * How to fix it.
 */
readonly hint?: string
/**
 * For `spec-upgrade-required`: the version the device must load.
 */
readonly publishedVersion?: string
/**
 * For `invalid-spec` and `policy-violation`: the spec diagnostics.
 */
readonly diagnostics?: readonly unknown[]
}
}
/**
 * The members one edit added to and removed from a string-set field (disjoint lists).
 */
export interface SetEdit {
readonly add: readonly string[]
readonly remove: readonly string[]
}
/**
 * One local change, as queued in the outbox and sent in a push.
 */
export interface Operation {
/**
 * Unique id, also the idempotency key: the server applies an id at most once.
 */
readonly id: string
readonly entity: string
/**
 * The record’s key, as a string.
 */
readonly key: string
readonly kind: ("upsert" | "delete")
/**
 * Only the fields this change sets (a delta). Empty for a delete.
 */
readonly changes: RecordValues
/**
 * The values those same fields had in the version the edit was made on (absent when the field was unset), so three-way rules (counter, set union) can tell what this device added.
 */
readonly base: RecordValues
/**
 * Server version of the record the edit was made on; 0 when the record was created on this device.
 */
readonly baseVersion: number
/**
 * Hybrid-logical-clock timestamp: `<13-digit ms>-<6-digit counter>-<node id>`.
 */
readonly hlc: Hlc
/**
 * The device that made the change (stable per installation).
 */
readonly clientId: string
/**
 * Set when the operation is a person’s decision on a manual conflict: the conflict id. `changes` then holds the chosen value of every conflicting field and nothing else.
 */
readonly settles?: string
/**
 * Per string-set field in `changes`: the members this edit added and removed, so a stale `base` can never turn an add into a removal. Absent (older clients): the whole-set form, merged by `base`.
 */
readonly sets?: {
readonly [k: string]: SetEdit | undefined
}
}
/**
 * A field whose stored value differs from what the client wrote, and the rule that decided it.
 */
export interface FieldDecision {
readonly field: string
/**
 * The conflict rule that decided.
 */
readonly strategy: string
/**
 * What the client wrote.
 */
readonly client: JsonValue
/**
 * What the server kept.
 */
readonly kept: JsonValue
}
export interface PushRequest {
/**
 * The sync protocol version (426 for another).
 */
readonly protocol: 1
/**
 * The spec version the device runs (app.version).
 */
readonly specVersion: string
readonly clientId: string
/**
 * @maxItems 500
 */
readonly operations: readonly Operation[]
readonly queue?: QueueReport
}
/**
 * The device’s queue as it reports it (optional): the server shows the figures in /metrics.
 */
export interface QueueReport {
/**
 * Operations waiting in the device’s outbox when it sent this push, this batch included.
 */
readonly pending: number
/**
 * Operations the device has given up sending until someone retries them.
 */
readonly deadLetters: number
}
export interface PushResponse {
/**
 * The sync protocol version (426 for another).
 */
readonly protocol: 1
/**
 * One result per operation, in the order sent.
 */
readonly results: readonly OperationResult[]
}
export interface PullRequest {
/**
 * The sync protocol version (426 for another).
 */
readonly protocol: 1
readonly specVersion: string
readonly clientId: string
/**
 * Opaque position from the previous pull; absent for the first pull.
 */
readonly cursor?: string
/**
 * Entities to pull; defaults to every entity the caller may read. A cursor belongs to the entity set it was pulled with.
 */
readonly entities?: readonly string[]
/**
 * Page size; the server answers at most 1000 changes (200 when absent).
 */
readonly limit?: number
/**
 * Ids of the manual conflicts this device holds open: the answer’s `settled` lists those decided since, wherever they were decided.
 * 
 * @maxItems 200
 */
readonly openConflicts?: readonly string[]
/**
 * The subscriptions the device holds open (`client.subscribe`): records of the entities they name reach the device when one selects them (within the caller’s read scope) and leave it when none does any more.
 * 
 * @maxItems 50
 */
readonly subscriptions?: readonly PullSubscription[]
}
/**
 * An open subscription as a pull carries it.
 */
export interface PullSubscription {
/**
 * The subscription’s name in the spec.
 */
readonly name: string
/**
 * Its parameter values.
 */
readonly params: RecordValues
}
/**
 * A read of records straight from the server: by key, or page by page through every record the caller may read.
 */
export interface ReadRequest {
/**
 * The sync protocol version (426 for another).
 */
readonly protocol: 1
readonly specVersion: string
readonly clientId: string
/**
 * The entity to read (any entity the caller may read, online-only ones too).
 */
readonly entity: string
/**
 * Read these records only. Records that do not exist, were deleted or lie outside the caller’s read scope are left out of the answer, alike.
 * 
 * @minItems 1
 * @maxItems 100
 */
readonly keys?: readonly string[]
/**
 * Without `keys`: the position from the previous page; absent for the first page.
 */
readonly cursor?: string
/**
 * Without `keys`: page size; at most 1000 records (200 when absent).
 */
readonly limit?: number
/**
 * Only records whose fields match, by field name (all must match). Fields the caller’s role may not see cannot be filtered on. With `keys`, filters those records; without, a page may hold fewer records than `limit` while `hasMore` is true.
 */
readonly where?: {
readonly [k: string]: FieldFilter | undefined
}
}
/**
 * A record as the server holds it now.
 */
export interface ReadRecord {
readonly key: string
readonly version: number
/**
 * The whole record, without the fields the caller’s role may not see.
 */
readonly record: RecordValues
}
export interface ReadResponse {
/**
 * The sync protocol version (426 for another).
 */
readonly protocol: 1
readonly records: readonly ReadRecord[]
/**
 * True when more records may follow: read again with `cursor`. Always false for a read by keys.
 */
readonly hasMore: boolean
/**
 * Without `keys`: pass back to read the next page.
 */
readonly cursor?: string
}
export interface PullResponse {
/**
 * The sync protocol version (426 for another).
 */
readonly protocol: 1
readonly changes: readonly Change[]
/**
 * Pass back on the next pull.
 */
readonly cursor: string
/**
 * True when more changes are waiting: pull again right away.
 */
readonly hasMore: boolean
/**
 * Of the request’s `openConflicts`, those someone decided since: the device drops them.
 */
readonly settled?: readonly SettledConflict[]
}
/**
 * A manual conflict as the API shows it.
 */
export interface Conflict {
readonly id: string
readonly entity: string
readonly key: string
/**
 * The conflicting fields.
 */
readonly fields: readonly string[]
readonly status: ("open" | "resolved")
readonly createdAt: string
/**
 * What the edit started from.
 */
readonly base: RecordValues
/**
 * What the server held: the other side’s edit.
 */
readonly server: RecordValues
/**
 * What the device wrote.
 */
readonly client: RecordValues
/**
 * What the record shows until a person decides.
 */
readonly interim: RecordValues
/**
 * The question the spec’s manual rule asks.
 */
readonly prompt?: string
readonly resolvedAt?: string
readonly resolvedBy?: string
/**
 * The value kept for each conflicting field.
 */
readonly resolution?: RecordValues
}
/**
 * One page of conflicts, oldest first.
 */
export interface ConflictPage {
readonly conflicts: readonly Conflict[]
/**
 * Absent on the last page.
 */
readonly nextCursor?: string
}
export interface ResolveRequest {
/**
 * The value to keep for every conflicting field.
 */
readonly values: RecordValues
}
/**
 * The settled conflict.
 */
export interface ResolveAnswer {
readonly conflict: Conflict
/**
 * The record’s version carrying the decision.
 */
readonly version: number
}
export interface CommentRequest {
/**
 * The comment.
 */
readonly body: string
}
export interface ApproveRequest {
/**
 * A comment for the record.
 */
readonly comment?: string
}
export interface RejectRequest {
/**
 * Why: the author reads it.
 */
readonly comment: string
}
/**
 * The earlier approved version to publish again.
 */
export interface RollbackRequest {
/**
 * sha-256 of the spec’s canonical JSON.
 */
readonly hash: string
}
/**
 * Spec and policy findings; nothing saved.
 */
export interface ValidationReport {
readonly valid: boolean
readonly diagnostics: readonly RegistryDiagnostic[]
}
/**
 * An app in the registry.
 */
export interface App {
readonly id: string
readonly name: string
readonly createdAt: string
readonly createdBy: string
/**
 * The version devices get now.
 */
readonly publishedHash: (string | null)
/**
 * The approved version waiting to be published.
 */
readonly releaseHash: (string | null)
}
export interface AppList {
readonly apps: readonly App[]
}
/**
 * A version without its spec, as listed.
 */
export interface VersionSummary {
readonly appId: string
/**
 * sha-256 of the spec’s canonical JSON.
 */
readonly hash: string
/**
 * The spec’s app.version.
 */
readonly appVersion: string
/**
 * Where the version is in review.
 */
readonly status: ("draft" | "pending" | "approved" | "rejected")
/**
 * True for the version devices get now.
 */
readonly published: boolean
readonly createdAt: string
readonly createdBy: string
readonly statusChangedAt: string
readonly sizeBytes: number
}
/**
 * Versions, newest first.
 */
export interface VersionList {
readonly versions: readonly VersionSummary[]
}
/**
 * One version with its spec and latest submission.
 */
export interface Version {
readonly appId: string
/**
 * sha-256 of the spec’s canonical JSON.
 */
readonly hash: string
/**
 * The spec’s app.version.
 */
readonly appVersion: string
/**
 * Where the version is in review.
 */
readonly status: ("draft" | "pending" | "approved" | "rejected")
/**
 * True for the version devices get now.
 */
readonly published: boolean
readonly createdAt: string
readonly createdBy: string
readonly statusChangedAt: string
readonly sizeBytes: number
/**
 * A sync spec (spec v1).
 */
readonly spec: SyncSpec
readonly submission: (Submission | null)
}
/**
 * A submission for review.
 */
export interface Submission {
readonly id: string
readonly appId: string
/**
 * sha-256 of the spec’s canonical JSON.
 */
readonly hash: string
/**
 * 1 for the first submission of this version, 2 after a rejection, …
 */
readonly round: number
readonly status: ("pending" | "approved" | "rejected")
readonly submittedBy: string
readonly submittedAt: string
readonly warnings: readonly RegistryDiagnostic[]
readonly decidedBy: (string | null)
readonly decidedAt: (string | null)
readonly decisionComment: (string | null)
}
/**
 * A saved draft (201), or the earlier version with the same content (200).
 */
export interface SavedVersion {
readonly appId: string
/**
 * sha-256 of the spec’s canonical JSON.
 */
readonly hash: string
/**
 * The spec’s app.version.
 */
readonly appVersion: string
/**
 * Where the version is in review.
 */
readonly status: ("draft" | "pending" | "approved" | "rejected")
/**
 * True for the version devices get now.
 */
readonly published: boolean
readonly createdAt: string
readonly createdBy: string
readonly statusChangedAt: string
readonly sizeBytes: number
/**
 * False when this content was saved before.
 */
readonly created: boolean
readonly diagnostics: readonly RegistryDiagnostic[]
}
/**
 * A submission in the review queue, with the counts of its changes against the published version.
 */
export interface QueuedSubmission {
readonly id: string
readonly appId: string
/**
 * sha-256 of the spec’s canonical JSON.
 */
readonly hash: string
/**
 * 1 for the first submission of this version, 2 after a rejection, …
 */
readonly round: number
readonly status: ("pending" | "approved" | "rejected")
readonly submittedBy: string
readonly submittedAt: string
readonly warnings: readonly RegistryDiagnostic[]
readonly decidedBy: (string | null)
readonly decidedAt: (string | null)
readonly decisionComment: (string | null)
/**
 * The submitted version’s app.version.
 */
readonly appVersion: string
/**
 * Who saved the version (its author).
 */
readonly createdBy: string
readonly diff: ChangeCounts
}
/**
 * How many semantic changes a version makes to the published one, how many break devices, how many are high risk.
 */
export interface ChangeCounts {
/**
 * The published hash compared against; null when nothing is published yet.
 */
readonly against: (string | null)
readonly changes: number
readonly breaking: number
readonly highRisk: number
}
/**
 * Who a person may sign in as on a local server started with SYNCRAFT_DEV_TOKENS=1.
 */
export interface DevUserList {
/**
 * The users dev mode signs tokens for.
 */
readonly users: readonly {
/**
 * The user id the token names.
 */
readonly sub: string
readonly roles: string[]
}[]
}
export interface DevSignInRequest {
/**
 * One of the dev users.
 */
readonly sub: string
}
/**
 * What a sign-in screen offers on this server: dev sign-in, and where an access token comes from.
 */
export interface SignInInfo {
/**
 * True when dev sign-in is on (SYNCRAFT_DEV_TOKENS=1); it answers this machine only.
 */
readonly devSignIn: boolean
/**
 * How the server checks tokens: a shared secret, the identity provider’s keys (JWKS), or not configured.
 */
readonly tokens: ("secret" | "jwks" | "none")
/**
 * Where people get a token from the identity provider (SYNCRAFT_SIGNIN_URL).
 */
readonly tokenUrl: (string | null)
/**
 * What to do there, in the organisation’s words (SYNCRAFT_SIGNIN_HELP).
 */
readonly help: (string | null)
}
/**
 * A dev token, signed with the server’s dev secret.
 */
export interface DevToken {
/**
 * A bearer token for the user, valid 12 hours.
 */
readonly token: string
readonly sub: string
readonly roles: readonly string[]
}
/**
 * Who the bearer token is, and what the registry lets them do.
 */
export interface Session {
/**
 * The token’s subject.
 */
readonly userId: string
/**
 * The token’s roles claim.
 */
readonly roles: readonly string[]
/**
 * The registry actions these roles allow (version.approve, audit.read, …), as the server enforces them.
 */
readonly permissions: readonly string[]
}
/**
 * The review queue, oldest first.
 */
export interface SubmissionList {
readonly reviews: readonly QueuedSubmission[]
}
/**
 * A reviewer’s or author’s comment on a version.
 */
export interface ReviewComment {
readonly id: string
readonly author: string
readonly body: string
readonly createdAt: string
readonly submissionId: (string | null)
}
/**
 * Everything a reviewer needs on one version.
 */
export interface Review {
readonly version: VersionSummary
readonly submission: (Submission | null)
/**
 * What the diff compares with; null when nothing is published yet.
 */
readonly published: ({
/**
 * sha-256 of the spec’s canonical JSON.
 */
readonly hash: string
readonly appVersion: (string | null)
} | null)
readonly diff: {
/**
 * The spec module’s semantic diff.
 */
readonly changes: readonly SpecChange[]
readonly summary: ChangeCounts
}
/**
 * Evaluated now, with the policies in force now.
 */
readonly warnings: readonly RegistryDiagnostic[]
readonly comments: readonly ReviewComment[]
}
/**
 * A publication or rollback.
 */
export interface Publication {
readonly id: string
readonly appId: string
/**
 * 1 for the first publication of the app, then 2, 3, …
 */
readonly seq: number
/**
 * sha-256 of the spec’s canonical JSON.
 */
readonly hash: string
readonly kind: ("publish" | "rollback")
readonly previousHash: (string | null)
readonly publishedBy: string
readonly publishedAt: string
}
/**
 * Newest first.
 */
export interface PublicationList {
readonly publications: readonly Publication[]
}
/**
 * The spec devices get now.
 */
export interface PublishedSpec {
readonly appId: string
/**
 * The spec’s app.version.
 */
readonly version: string
/**
 * sha-256 of the spec’s canonical JSON.
 */
readonly hash: string
/**
 * A sync spec (spec v1).
 */
readonly spec: SyncSpec
}
/**
 * One audit record.
 */
export interface AuditEntry {
readonly id: number
readonly at: string
readonly userId: string
readonly roles: readonly string[]
readonly action: AuditAction
readonly appId: (string | null)
readonly hash: (string | null)
readonly details: {
readonly [k: string]: unknown | undefined
}
readonly comment: (string | null)
}
/**
 * Audit records, oldest first.
 */
export interface AuditList {
readonly entries: readonly AuditEntry[]
}
/**
 * The tamper-evidence check of the audit log: every entry re-hashed and linked to the one before.
 */
export interface AuditChainCheck {
readonly ok: boolean
/**
 * Entries checked before the first break (all of them when ok).
 */
readonly entries: number
/**
 * The hash the chain ends in: record it elsewhere to anchor the log.
 */
readonly headHash: string
/**
 * The first entry where the chain breaks.
 */
readonly firstBroken?: {
/**
 * Position in the chain, 1 for the first entry.
 */
readonly position: number
readonly id: (number | null)
readonly problem: ("altered" | "missing" | "reordered" | "relinked")
readonly message: string
}
}
/**
 * One pushed operation as the audit shows it: who, what, when and the outcome, without values.
 */
export interface AuditedOperation {
readonly opId: string
/**
 * When the server answered.
 */
readonly at: string
readonly userId: (string | null)
readonly clientId: string
/**
 * Null for operations stored before it was kept.
 */
readonly entity: (string | null)
readonly key: (string | null)
readonly kind: ("upsert" | "delete" | null)
readonly status: ("applied" | "merged" | "conflict" | "rejected")
readonly version?: number
readonly reason?: ("unknown-entity" | "unknown-field" | "invalid-value" | "missing-required" | "permission" | "out-of-scope" | "read-only" | "too-large" | "not-found" | "restricted" | "conflict-settled" | "stale")
readonly message?: string
readonly field?: string
readonly conflictId?: string
/**
 * Fields a rule decided otherwise than written, and by which rule (no values).
 */
readonly decided?: readonly {
readonly field: string
readonly strategy: string
}[]
}
/**
 * One page of pushed operations, oldest first.
 */
export interface AuditedOperationPage {
readonly operations: readonly AuditedOperation[]
/**
 * Absent on the last page.
 */
readonly nextCursor?: string
}
/**
 * A person the simulation signs a device in as.
 */
export interface SandboxUser {
/**
 * The simulated person’s user id (the token’s sub), e.g. "ana".
 */
readonly id: string
/**
 * Roles of the spec the person has.
 */
readonly roles: readonly string[]
/**
 * Spec parameters the token carries (region, team, …).
 */
readonly claims?: {
readonly [k: string]: string | number | boolean | readonly string[] | undefined
}
}
/**
 * A sandbox to run a draft spec on the real sync endpoints.
 */
export interface CreateSandboxRequest {
/**
 * The draft spec to run (its app.id is replaced).
 */
readonly spec: SyncSpec
/**
 * People to issue device tokens for now (at most 20).
 */
readonly users?: readonly SandboxUser[]
}
/**
 * More device tokens for a sandbox.
 */
export interface SandboxTokensRequest {
/**
 * At most 20.
 */
readonly users: readonly SandboxUser[]
}
/**
 * A device token of a sandbox.
 */
export interface SandboxToken {
readonly userId: string
readonly roles: readonly string[]
/**
 * A bearer token valid only on this sandbox’s sync endpoints, until the sandbox expires.
 */
readonly token: string
readonly expiresAt: string
}
export interface SandboxTokenList {
readonly tokens: readonly SandboxToken[]
}
/**
 * An edit of a sandbox’s data made as the server itself (seeding, reassignment), bypassing device permissions.
 */
export interface SandboxEditRequest {
readonly entity: string
readonly key: string
/**
 * Default upsert.
 */
readonly kind?: ("upsert" | "delete")
/**
 * The fields to set (an upsert).
 */
readonly changes?: RecordValues
}
/**
 * The record as the sandbox stores it now.
 */
export interface SandboxEditAnswer {
readonly entity: string
readonly key: string
/**
 * The record’s server version after the edit.
 */
readonly version: number
readonly deleted: boolean
readonly values: RecordValues
}
/**
 * What a sandbox’s server holds, for the simulator’s server column.
 */
export interface SandboxRecords {
/**
 * Entity name → its live records (at most 1000 each), as the server stores them.
 */
readonly records: {
readonly [k: string]: readonly RecordValues[] | undefined
}
/**
 * Manual-rule conflicts the sandbox kept for a person, decided ones included (absent from older servers).
 */
readonly conflicts?: number
}
/**
 * A simulator sandbox: a draft spec served by the sync endpoints under its own app id.
 */
export interface Sandbox {
/**
 * The sandbox’s app id (sandbox-…): sync at /api/apps/{id}/sync.
 */
readonly id: string
readonly createdBy: string
readonly createdAt: string
/**
 * After this the sandbox and its data are deleted.
 */
readonly expiresAt: string
/**
 * The spec as run: app.id is the sandbox id.
 */
readonly spec: SyncSpec
/**
 * Warnings of the spec (errors refuse the sandbox).
 */
readonly diagnostics: readonly RegistryDiagnostic[]
readonly tokens: readonly SandboxToken[]
}
