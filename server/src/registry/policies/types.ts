import type { ConflictStrategy, OfflineBehaviour, Priority } from '@syncraft/runtime/spec';

/** Every kind of organisation policy the registry can evaluate. */
export const POLICY_KINDS = [
  'encrypt-tagged-fields',
  'forbid-strategy-on-priority',
  'max-retention',
  'require-rule-description',
  'require-scope',
  'max-batch-size',
  'forbid-availability',
  'require-owner',
] as const;

/** The kind of a policy, e.g. `max-retention`. */
export type PolicyKind = (typeof POLICY_KINDS)[number];

/** How a broken policy counts: an `error` blocks submission, a `warning` is shown to the reviewer. */
export type PolicySeverity = 'error' | 'warning';

/** Fields every policy has. */
interface PolicyBase {
  /** Unique name, lower-case letters, digits and dashes; shown with each violation. */
  readonly name: string;
  readonly severity: PolicySeverity;
  /** Why the organisation has this rule, shown to builders. */
  readonly description?: string;
}

/** Restricts a policy to some entities by name; absent means every entity. */
interface EntityFilter {
  readonly entities?: readonly string[];
}

/** An entity's offline availability, as policies name it. */
export type Availability = OfflineBehaviour['availability'];

/**
 * One declarative organisation policy. Evaluated by the server over a spec; nothing in a policy is
 * ever executed as code.
 */
export type Policy =
  | (PolicyBase & {
      /** Fields carrying any of `tags` must be listed in their entity's `offline.encrypt`. */
      readonly kind: 'encrypt-tagged-fields';
      readonly tags: readonly string[];
    })
  | (PolicyBase & {
      /** Entities of one of `priorities` (and their fields) may not use one of `strategies`. */
      readonly kind: 'forbid-strategy-on-priority';
      readonly strategies: readonly ConflictStrategy[];
      readonly priorities: readonly Priority[];
    })
  | (PolicyBase &
      EntityFilter & {
        /** Entities kept on the device keep records at most `maxDays` days (`offline.retention`). */
        readonly kind: 'max-retention';
        readonly maxDays: number;
      })
  | (PolicyBase & {
      /** Every conflict rule (entity and field) carries a `description` for the reviewer. */
      readonly kind: 'require-rule-description';
    })
  | (PolicyBase & {
      /** Entities kept on the device with priority `minPriority` or more urgent need `offline.scope`. */
      readonly kind: 'require-scope';
      readonly minPriority: Priority;
    })
  | (PolicyBase &
      EntityFilter & {
        /** `sync.batchSize` may not exceed `max`. */
        readonly kind: 'max-batch-size';
        readonly max: number;
      })
  | (PolicyBase &
      EntityFilter & {
        /**
         * Entities may not use one of `availability`; with `tags`, only entities holding a field with
         * one of those tags are concerned.
         */
        readonly kind: 'forbid-availability';
        readonly availability: readonly Availability[];
        readonly tags?: readonly string[];
      })
  | (PolicyBase & {
      /** `app.owner` names the team responsible. */
      readonly kind: 'require-owner';
    });

/** A policy of one given kind. */
export type PolicyOfKind<K extends PolicyKind> = Extract<Policy, { kind: K }>;

/** Policy and spec findings: the wire types (`@syncraft/runtime/protocol`), defined once. */
export type { PolicyDiagnostic, RegistryDiagnostic } from '@syncraft/runtime/protocol';

/** The policies in force, and where they came from (a file path, or `none`). */
export interface PolicySet {
  readonly source: string;
  readonly policies: readonly Policy[];
}

/** An empty policy set: no organisation rules beyond the spec's own checks. */
export const NO_POLICIES: PolicySet = { source: 'none', policies: [] };
