/* Generated from src/spec/schema.ts by `pnpm --filter @syncraft/runtime gen:types`. Do not edit. */

/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "Condition".
 */
export type Condition = (AllCondition | AnyCondition | NotCondition | ComparisonCondition | PresenceCondition | TimeWindowCondition | RelatedCondition | ExistsCondition | CalendarWindowCondition | RoleCondition)
/**
 * `user.id`, `user.roles`, the name of a declared parameter, or `sub.<name>`: a parameter of the subscription the condition belongs to.
 * 
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "ParamName".
 */
export type ParamName = string
/**
 * A duration such as `500ms`, `30s`, `15m`, `12h`, `30d` or `2w`.
 * 
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "Duration".
 */
export type Duration = string
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "Field".
 */
export type Field = (StringField | TextField | NumberField | IntegerField | BooleanField | DatetimeField | EnumField | ReferenceField | CounterField | StringSetField | JsonField)
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "ConflictRule".
 */
export type ConflictRule = (LastWriterWinsRule | ServerWinsRule | ClientWinsRule | FieldMergeRule | CounterRule | SetUnionRule | MaxRule | MinRule | EnumPrecedenceRule | ManualRule)

/**
 * Syncraft sync spec v1: what lives on the device, what syncs first, and how conflicts resolve.
 */
export interface SyncSpec {
$schema?: string
/**
 * The version of the spec format itself.
 */
specVersion: 1
app: AppInfo
/**
 * Values a scope can compare with, besides the built-in `user.id` and `user.roles`.
 * 
 * @maxItems 100
 */
parameters?: Parameter[]
/**
 * @minItems 1
 * @maxItems 200
 */
roles: Role[]
/**
 * @minItems 1
 * @maxItems 5000
 */
entities: Entity[]
/**
 * Named sets of records the app opens at run time with parameters (`client.subscribe`). An entity named by a subscription holds, besides its offline scope, what its open subscriptions select, always within the role’s read scope.
 * 
 * @maxItems 200
 */
subscriptions?: Subscription[]
offlineStates: OfflineStates
retry: RetryPolicy
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "AppInfo".
 */
export interface AppInfo {
/**
 * Lower-case letters, digits and dashes, e.g. `field-service`.
 */
id: string
name: string
/**
 * Semantic version, e.g. `1.4.0`.
 */
version: string
description?: string
/**
 * Team or person responsible.
 */
owner?: string
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "Parameter".
 */
export interface Parameter {
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
type: ("string" | "number" | "boolean" | "string-list")
description?: string
/**
 * The token claim the server reads this parameter from (defaults to the name).
 */
claim?: string
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "Role".
 */
export interface Role {
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
permissions: Permission[]
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "Permission".
 */
export interface Permission {
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
entity: string
/**
 * @minItems 1
 */
actions: ("read" | "create" | "update" | "delete")[]
/**
 * When set, the role may change only these fields.
 * 
 * Items: A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
writableFields?: string[]
/**
 * Fields this role never receives.
 * 
 * Items: A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
hiddenFields?: string[]
/**
 * Fields this grant does not let change once the record exists (set on create only).
 * 
 * Items: A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
fixedFields?: string[]
scope?: Condition
before?: Condition
after?: Condition
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "AllCondition".
 */
export interface AllCondition {
/**
 * @minItems 1
 */
all: Condition[]
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "AnyCondition".
 */
export interface AnyCondition {
/**
 * @minItems 1
 */
any: Condition[]
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "NotCondition".
 */
export interface NotCondition {
not: Condition
}
/**
 * Compares a field with a fixed value or with a parameter such as `user.id`.
 * 
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "ComparisonCondition".
 */
export interface ComparisonCondition {
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
field: string
op: ("eq" | "ne" | "lt" | "lte" | "gt" | "gte" | "in" | "not-in" | "contains")
value?: ((string | number | boolean | null) | (string | number | boolean | null)[])
param?: ParamName
}
/**
 * True when the field has (or has not) a value.
 * 
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "PresenceCondition".
 */
export interface PresenceCondition {
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
field: string
op: ("is-set" | "is-not-set")
}
/**
 * True when a datetime field lies between `past` before now and `future` after now.
 * 
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "TimeWindowCondition".
 */
export interface TimeWindowCondition {
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
field: string
within: {
past?: Duration
future?: Duration
}
}
/**
 * Follows a reference to the one record it points at (a many-to-one relation or a reference field) and asks about that record: `where` tests its fields, `inScope: true` asks whether it lies in this device's scope. False when the reference is empty or points at nothing.
 * 
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "RelatedCondition".
 */
export interface RelatedCondition {
/**
 * A many-to-one relation of this entity, or one of its reference fields.
 */
related: string
where?: Condition
/**
 * True when the related record lies in the device's scope for its own entity.
 */
inScope?: true
}
/**
 * True when at least one related record points at this one (and matches `where`, when given): children, junction or membership records.
 * 
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "ExistsCondition".
 */
export interface ExistsCondition {
/**
 * A one-to-many relation of this entity, or the name of an entity that references it.
 */
exists: string
/**
 * The reference field of the related entity that points at this one; needed only when it has several.
 */
via?: string
where?: Condition
}
/**
 * True when a datetime field lies in calendar days, weeks or months counted from the current one, in a named time zone: `{ unit: "day", from: 0, to: 0 }` is today, `{ unit: "week", from: 0, to: 1 }` this week and next.
 * 
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "CalendarWindowCondition".
 */
export interface CalendarWindowCondition {
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
field: string
calendar: {
unit: ("day" | "week" | "month")
/**
 * The first unit, counted from the current one (0), negative for the past.
 */
from: number
/**
 * The last unit, included.
 */
to: number
/**
 * An IANA time zone such as `Europe/Paris`; UTC when left out.
 */
timeZone?: string
/**
 * For weeks: the first day (monday when left out).
 */
weekStartsOn?: ("monday" | "sunday")
}
}
/**
 * True when the signed-in user has this role.
 * 
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "RoleCondition".
 */
export interface RoleCondition {
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
role: string
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "Entity".
 */
export interface Entity {
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
/**
 * The field that identifies a record.
 */
key: string
/**
 * @minItems 1
 * @maxItems 500
 */
fields: Field[]
/**
 * @maxItems 50
 */
indexes?: Index[]
/**
 * @maxItems 100
 */
relations?: Relation[]
offline: OfflineBehaviour
sync: SyncSettings
conflict: ConflictRule
}
export interface StringField {
type: "string"
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
/**
 * A record cannot be saved without this field.
 */
required?: boolean
/**
 * Labels for governance policies, for example `personal-data`.
 */
tags?: string[]
conflict?: ConflictRule
/**
 * Set when the record is created, never changed afterwards (by any role).
 */
fixed?: boolean
/**
 * The least number of characters; `1` means the text may not be empty.
 */
minLength?: number
/**
 * A regular expression the whole value must match (anchored). Only safe patterns are accepted (see lint SPEC118).
 */
pattern?: string
maxLength?: number
default?: string
}
export interface LastWriterWinsRule {
strategy: "last-writer-wins"
/**
 * Why this rule was chosen, for reviewers.
 */
description?: string
}
export interface ServerWinsRule {
strategy: "server-wins"
/**
 * Why this rule was chosen, for reviewers.
 */
description?: string
/**
 * field (default): decided field by field, a field only one side changed keeps that side's value; record: when the server changed the record after the device's base version, the whole record of the winning side is kept (manual: the edit is held as a conflict for a person to decide).
 */
unit?: ("field" | "record")
}
export interface ClientWinsRule {
strategy: "client-wins"
/**
 * Why this rule was chosen, for reviewers.
 */
description?: string
/**
 * field (default): decided field by field, a field only one side changed keeps that side's value; record: when the server changed the record after the device's base version, the whole record of the winning side is kept (manual: the edit is held as a conflict for a person to decide).
 */
unit?: ("field" | "record")
}
export interface FieldMergeRule {
strategy: "field-merge"
/**
 * Why this rule was chosen, for reviewers.
 */
description?: string
}
export interface CounterRule {
strategy: "counter"
/**
 * Why this rule was chosen, for reviewers.
 */
description?: string
}
export interface SetUnionRule {
strategy: "set-union"
/**
 * Why this rule was chosen, for reviewers.
 */
description?: string
}
export interface MaxRule {
strategy: "max"
/**
 * Why this rule was chosen, for reviewers.
 */
description?: string
}
export interface MinRule {
strategy: "min"
/**
 * Why this rule was chosen, for reviewers.
 */
description?: string
}
export interface EnumPrecedenceRule {
strategy: "enum-precedence"
/**
 * Why this rule was chosen, for reviewers.
 */
description?: string
/**
 * Enum values from strongest to weakest: the earlier value wins a conflict.
 * 
 * @minItems 2
 */
order: string[]
}
export interface ManualRule {
strategy: "manual"
/**
 * Why this rule was chosen, for reviewers.
 */
description?: string
/**
 * Which version the app shows until a person decides.
 */
interim: ("server" | "client" | "last-writer-wins")
/**
 * What the app tells the person who decides.
 */
prompt?: string
/**
 * field (default): decided field by field, a field only one side changed keeps that side's value; record: when the server changed the record after the device's base version, the whole record of the winning side is kept (manual: the edit is held as a conflict for a person to decide).
 */
unit?: ("field" | "record")
}
export interface TextField {
type: "text"
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
/**
 * A record cannot be saved without this field.
 */
required?: boolean
/**
 * Labels for governance policies, for example `personal-data`.
 */
tags?: string[]
conflict?: ConflictRule
/**
 * Set when the record is created, never changed afterwards (by any role).
 */
fixed?: boolean
/**
 * The least number of characters; `1` means the text may not be empty.
 */
minLength?: number
/**
 * A regular expression the whole value must match (anchored). Only safe patterns are accepted (see lint SPEC118).
 */
pattern?: string
maxLength?: number
default?: string
}
export interface NumberField {
type: "number"
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
/**
 * A record cannot be saved without this field.
 */
required?: boolean
/**
 * Labels for governance policies, for example `personal-data`.
 */
tags?: string[]
conflict?: ConflictRule
/**
 * Set when the record is created, never changed afterwards (by any role).
 */
fixed?: boolean
minimum?: number
maximum?: number
default?: number
}
export interface IntegerField {
type: "integer"
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
/**
 * A record cannot be saved without this field.
 */
required?: boolean
/**
 * Labels for governance policies, for example `personal-data`.
 */
tags?: string[]
conflict?: ConflictRule
/**
 * Set when the record is created, never changed afterwards (by any role).
 */
fixed?: boolean
minimum?: number
maximum?: number
default?: number
}
export interface BooleanField {
type: "boolean"
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
/**
 * A record cannot be saved without this field.
 */
required?: boolean
/**
 * Labels for governance policies, for example `personal-data`.
 */
tags?: string[]
conflict?: ConflictRule
/**
 * Set when the record is created, never changed afterwards (by any role).
 */
fixed?: boolean
default?: boolean
}
export interface DatetimeField {
type: "datetime"
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
/**
 * A record cannot be saved without this field.
 */
required?: boolean
/**
 * Labels for governance policies, for example `personal-data`.
 */
tags?: string[]
conflict?: ConflictRule
/**
 * Set when the record is created, never changed afterwards (by any role).
 */
fixed?: boolean
}
export interface EnumField {
type: "enum"
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
/**
 * A record cannot be saved without this field.
 */
required?: boolean
/**
 * Labels for governance policies, for example `personal-data`.
 */
tags?: string[]
conflict?: ConflictRule
/**
 * Set when the record is created, never changed afterwards (by any role).
 */
fixed?: boolean
/**
 * @minItems 1
 */
values: string[]
default?: string
}
export interface ReferenceField {
type: "reference"
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
/**
 * A record cannot be saved without this field.
 */
required?: boolean
/**
 * Labels for governance policies, for example `personal-data`.
 */
tags?: string[]
conflict?: ConflictRule
/**
 * Set when the record is created, never changed afterwards (by any role).
 */
fixed?: boolean
/**
 * The entity this field points to (its key).
 */
entity: string
}
export interface CounterField {
type: "counter"
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
/**
 * A record cannot be saved without this field.
 */
required?: boolean
/**
 * Labels for governance policies, for example `personal-data`.
 */
tags?: string[]
conflict?: ConflictRule
/**
 * Set when the record is created, never changed afterwards (by any role).
 */
fixed?: boolean
default?: number
}
export interface StringSetField {
type: "string-set"
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
/**
 * A record cannot be saved without this field.
 */
required?: boolean
/**
 * Labels for governance policies, for example `personal-data`.
 */
tags?: string[]
conflict?: ConflictRule
/**
 * Set when the record is created, never changed afterwards (by any role).
 */
fixed?: boolean
/**
 * The least number of members.
 */
minItems?: number
maxItems?: number
}
export interface JsonField {
type: "json"
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
/**
 * A record cannot be saved without this field.
 */
required?: boolean
/**
 * Labels for governance policies, for example `personal-data`.
 */
tags?: string[]
conflict?: ConflictRule
/**
 * Set when the record is created, never changed afterwards (by any role).
 */
fixed?: boolean
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "Index".
 */
export interface Index {
/**
 * @minItems 1
 * @maxItems 8
 * 
 * Items: A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
fields: string[]
unique?: boolean
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "Relation".
 */
export interface Relation {
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
/**
 * many-to-one: this entity holds `field`; one-to-many: the other entity holds it.
 */
kind: ("many-to-one" | "one-to-many")
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
entity: string
/**
 * The reference field that links the two entities.
 */
field: string
/**
 * What happens to the many side when the one side is deleted.
 */
onDelete: ("cascade" | "restrict" | "set-null" | "keep")
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "OfflineBehaviour".
 */
export interface OfflineBehaviour {
/**
 * read-write: usable offline; read-only: readable offline; online-only: never stored.
 */
availability: ("read-write" | "read-only" | "online-only")
scope?: Condition
maxRecords?: number
retention?: Duration
/**
 * Fields stored encrypted on the device.
 * 
 * Items: A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
encrypt?: string[]
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "SyncSettings".
 */
export interface SyncSettings {
priority: ("critical" | "high" | "normal" | "low")
/**
 * push: device to server only; pull: server to device only; both.
 */
direction: ("push" | "pull" | "both")
batchSize?: number
/**
 * Combine consecutive unsent edits of one record into one change (default true).
 */
coalesce?: boolean
schedule?: Schedule
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "Schedule".
 */
export interface Schedule {
onReconnect?: boolean
onAppStart?: boolean
interval?: Duration
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "Subscription".
 */
export interface Subscription {
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
/**
 * The entity whose records the subscription brings.
 */
entity: string
/**
 * What the app supplies when it opens the subscription; compared as `sub.<name>`.
 * 
 * @maxItems 20
 */
parameters?: SubscriptionParameter[]
where: Condition
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "SubscriptionParameter".
 */
export interface SubscriptionParameter {
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
type: ("string" | "number" | "integer" | "boolean" | "datetime" | "string-list")
description?: string
/**
 * The app must supply it (default true).
 */
required?: boolean
/**
 * Text: most characters.
 */
maxLength?: number
minimum?: number
maximum?: number
/**
 * A list: most items.
 */
maxItems?: number
/**
 * Text: the only values allowed.
 * 
 * @minItems 1
 */
values?: string[]
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "OfflineStates".
 */
export interface OfflineStates {
/**
 * The state the app starts in.
 */
initial: string
/**
 * @minItems 1
 * @maxItems 50
 */
states: OfflineState[]
/**
 * @maxItems 500
 */
transitions: Transition[]
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "OfflineState".
 */
export interface OfflineState {
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
name: string
description?: string
/**
 * What the network is like in this state; at least one state must be online.
 */
network: ("online" | "limited" | "offline")
sync: {
enabled: boolean
/**
 * @minItems 1
 */
priorities?: ("critical" | "high" | "normal" | "low")[]
/**
 * @minItems 1
 * 
 * Items: A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
entities?: string[]
}
/**
 * allow: save locally and sync; queue: save locally, sync later; block: refuse the change.
 */
writes: ("allow" | "queue" | "block")
/**
 * Per-entity exceptions to `writes`.
 */
entityWrites?: {
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
entity: string
/**
 * allow: save locally and sync; queue: save locally, sync later; block: refuse the change.
 */
writes: ("allow" | "queue" | "block")
}[]
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "Transition".
 */
export interface Transition {
/**
 * A state name, or `*` for any state.
 */
from: string
event: ("connection-lost" | "connection-restored" | "connection-metered" | "heartbeat-failed" | "sync-started" | "sync-succeeded" | "sync-failed" | "battery-low" | "battery-ok" | "user-action")
/**
 * For `user-action`: the name of the action.
 */
action?: string
/**
 * A name made of letters, digits and underscores, starting with a letter (at most 64).
 */
to: string
}
/**
 * This interface was referenced by `SyncSpec`'s JSON-Schema
 * via the `definition` "RetryPolicy".
 */
export interface RetryPolicy {
initialDelay: Duration
maxDelay: Duration
multiplier: number
/**
 * full: a random wait up to the backoff; equal: half fixed, half random.
 */
jitter: ("full" | "equal" | "none")
maxAttempts: number
}
