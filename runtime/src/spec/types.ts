/**
 * The spec's TypeScript types. The structural types are generated from the JSON Schema
 * (`types.generated.ts`); this module re-exports them and adds names for the unions' members
 * that the rest of the code talks about.
 */
export type * from './types.generated';

import type { ConflictRule, Field, OfflineState, SyncSpec } from './types.generated';

/** Every field type a spec may use, e.g. `'enum'` or `'string-set'`. */
export type FieldType = Field['type'];
/** Every conflict strategy, e.g. `'last-writer-wins'`. */
export type ConflictStrategy = ConflictRule['strategy'];
/** Sync priority of an entity, strongest first. */
export type Priority = SyncSpec['entities'][number]['sync']['priority'];
/** What a state does with a local write: allow (and sync), queue (sync later) or block. */
export type WriteMode = OfflineState['writes'];
/** The events that move the offline state machine. */
export type OfflineEvent = SyncSpec['offlineStates']['transitions'][number]['event'];
/** A field definition of one given type: `FieldOfType<'enum'>` has `values`. */
export type FieldOfType<T extends FieldType> = Extract<Field, { type: T }>;
/** A conflict rule of one given strategy. */
export type RuleOfStrategy<S extends ConflictStrategy> = Extract<ConflictRule, { strategy: S }>;
