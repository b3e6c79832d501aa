import type {
  AppInfo,
  ConflictStrategy,
  Entity,
  FieldType,
  OfflineEvent,
  OfflineState,
  Priority,
  RetryPolicy,
  SyncSettings,
} from '../types';

/** How much attention a reviewer should give a change. */
export type Risk = 'low' | 'medium' | 'high';

/** What every change carries, whatever its kind. */
export interface ChangeBase {
  /**
   * Where the change is: a JSON Pointer into the new spec, or into the old spec for something removed.
   */
  readonly pointer: string;
  /** One line for a reviewer, e.g. `Job.notes conflict rule: last-writer-wins → client-wins`. */
  readonly summary: string;
  readonly risk: Risk;
  /** True when devices already holding data under the old spec would break or lose data. */
  readonly breaking: boolean;
  /** Why the risk is what it is, or what to do before rolling out. */
  readonly detail?: string;
}

/** An entity's `offline.availability`: `read-write`, `read-only` or `online-only`. */
export type Availability = Entity['offline']['availability'];

/** The kinds of change, each with the names it concerns. Discriminated by `kind`. */
export type SpecChangeKind =
  | {
      readonly kind: 'app-changed';
      readonly property: keyof AppInfo;
      readonly before?: string;
      readonly after?: string;
    }
  | {
      readonly kind: 'parameter-added' | 'parameter-removed' | 'parameter-changed';
      readonly parameter: string;
    }
  | { readonly kind: 'role-added' | 'role-removed'; readonly role: string }
  | {
      readonly kind: 'permission-added' | 'permission-removed';
      readonly role: string;
      readonly entity: string;
    }
  | {
      readonly kind: 'permission-changed';
      readonly role: string;
      readonly entity: string;
      readonly property:
        | 'actions'
        | 'writableFields'
        | 'hiddenFields'
        | 'fixedFields'
        | 'scope'
        | 'before'
        | 'after';
    }
  | { readonly kind: 'entity-added' | 'entity-removed'; readonly entity: string }
  | { readonly kind: 'entity-description-changed'; readonly entity: string }
  | { readonly kind: 'key-changed'; readonly entity: string; readonly before: string; readonly after: string }
  | {
      readonly kind: 'field-added';
      readonly entity: string;
      readonly field: string;
      readonly required: boolean;
    }
  | { readonly kind: 'field-removed'; readonly entity: string; readonly field: string }
  | {
      readonly kind: 'field-type-changed';
      readonly entity: string;
      readonly field: string;
      readonly before: FieldType;
      readonly after: FieldType;
    }
  | {
      readonly kind: 'field-required-changed';
      readonly entity: string;
      readonly field: string;
      readonly required: boolean;
    }
  | {
      readonly kind: 'enum-values-added' | 'enum-values-removed';
      readonly entity: string;
      readonly field: string;
      readonly values: readonly string[];
    }
  | {
      readonly kind: 'field-setting-changed';
      readonly entity: string;
      readonly field: string;
      readonly property: string;
      readonly before: unknown;
      readonly after: unknown;
    }
  | {
      readonly kind: 'conflict-rule-changed';
      readonly entity: string;
      /** Absent for the entity's own rule. */
      readonly field?: string;
      /** The strategy in force before and after (`undefined`: the field followed the entity rule). */
      readonly before: ConflictStrategy | undefined;
      readonly after: ConflictStrategy | undefined;
    }
  | {
      readonly kind: 'index-added' | 'index-removed';
      readonly entity: string;
      readonly fields: readonly string[];
      readonly unique: boolean;
    }
  | {
      readonly kind: 'relation-added' | 'relation-removed' | 'relation-changed';
      readonly entity: string;
      readonly relation: string;
    }
  | { readonly kind: 'scope-changed'; readonly entity: string }
  | {
      readonly kind: 'subscription-added' | 'subscription-removed' | 'subscription-changed';
      readonly subscription: string;
      readonly entity: string;
    }
  | {
      readonly kind: 'availability-changed';
      readonly entity: string;
      readonly before: Availability;
      readonly after: Availability;
    }
  | {
      readonly kind: 'retention-changed';
      readonly entity: string;
      readonly before?: string;
      readonly after?: string;
    }
  | {
      readonly kind: 'max-records-changed';
      readonly entity: string;
      readonly before?: number;
      readonly after?: number;
    }
  | {
      readonly kind: 'encryption-changed';
      readonly entity: string;
      readonly field: string;
      readonly encrypted: boolean;
    }
  | {
      readonly kind: 'priority-changed';
      readonly entity: string;
      readonly before: Priority;
      readonly after: Priority;
    }
  | {
      readonly kind: 'direction-changed';
      readonly entity: string;
      readonly before: SyncSettings['direction'];
      readonly after: SyncSettings['direction'];
    }
  | {
      readonly kind: 'sync-setting-changed';
      readonly entity: string;
      readonly setting: 'batchSize' | 'coalesce' | 'schedule';
      readonly before: unknown;
      readonly after: unknown;
    }
  | { readonly kind: 'offline-state-added' | 'offline-state-removed'; readonly state: string }
  | {
      readonly kind: 'offline-state-changed';
      readonly state: string;
      readonly property: keyof OfflineState;
    }
  | { readonly kind: 'initial-state-changed'; readonly before: string; readonly after: string }
  | {
      readonly kind: 'transition-added' | 'transition-removed';
      readonly from: string;
      readonly event: OfflineEvent;
      readonly to: string;
      readonly action?: string;
    }
  | {
      readonly kind: 'retry-changed';
      readonly setting: keyof RetryPolicy;
      readonly before: string | number;
      readonly after: string | number;
    };

/** One semantic difference between two specs, for a reviewer. */
export type SpecChange = ChangeBase & SpecChangeKind;

/** Every kind of change, for exhaustive handling. */
export type SpecChangeKindName = SpecChange['kind'];

/** Every kind of change `diff` reports, in the order a reviewer usually reads them. */
export const SPEC_CHANGE_KINDS = [
  'app-changed',
  'parameter-added',
  'parameter-removed',
  'parameter-changed',
  'role-added',
  'role-removed',
  'permission-added',
  'permission-removed',
  'permission-changed',
  'entity-added',
  'entity-removed',
  'entity-description-changed',
  'key-changed',
  'field-added',
  'field-removed',
  'field-type-changed',
  'field-required-changed',
  'enum-values-added',
  'enum-values-removed',
  'field-setting-changed',
  'conflict-rule-changed',
  'index-added',
  'index-removed',
  'relation-added',
  'relation-removed',
  'relation-changed',
  'scope-changed',
  'subscription-added',
  'subscription-removed',
  'subscription-changed',
  'availability-changed',
  'retention-changed',
  'max-records-changed',
  'encryption-changed',
  'priority-changed',
  'direction-changed',
  'sync-setting-changed',
  'offline-state-added',
  'offline-state-removed',
  'offline-state-changed',
  'initial-state-changed',
  'transition-added',
  'transition-removed',
  'retry-changed',
] as const satisfies readonly SpecChangeKindName[];

// Compile-time proof that the list above names every kind: this fails to type-check otherwise.
const everyKindListed: Exclude<SpecChangeKindName, (typeof SPEC_CHANGE_KINDS)[number]> extends never
  ? true
  : never = true;
void everyKindListed;
