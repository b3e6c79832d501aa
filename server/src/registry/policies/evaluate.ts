import {
  type ConflictRule,
  durationMs,
  type Entity,
  PRIORITIES,
  type SyncSpec,
} from '@syncraft/runtime/spec';
import type { Policy, PolicyDiagnostic, PolicyKind, PolicyOfKind, PolicySet } from './types';

type Check<K extends PolicyKind> = (spec: SyncSpec, policy: PolicyOfKind<K>) => Finding[];

/** A violation before the policy's name and severity are attached. */
interface Finding {
  readonly pointer: string;
  readonly message: string;
  readonly hint: string;
}

const DAY_MS = 86_400_000;

/**
 * Evaluates every policy over a structurally valid spec. Pure: the same spec and policies always give
 * the same diagnostics, in policy order then document order.
 *
 * @example
 * const violations = evaluatePolicies(spec, policySet);
 * const blocking = violations.filter((d) => d.severity === 'error');
 */
export function evaluatePolicies(spec: SyncSpec, set: PolicySet): PolicyDiagnostic[] {
  return set.policies.flatMap((policy) =>
    runCheck(spec, policy).map((f) => ({
      code: 'POLICY' as const,
      severity: policy.severity,
      pointer: f.pointer,
      message: `${f.message} (policy “${policy.name}”${policy.description ? `: ${policy.description}` : ''})`,
      hint: f.hint,
      policy: policy.name,
    })),
  );
}

function runCheck(spec: SyncSpec, policy: Policy): Finding[] {
  // The switch narrows each policy to its kind, so every check gets its own typed fields.
  switch (policy.kind) {
    case 'encrypt-tagged-fields':
      return checks[policy.kind](spec, policy);
    case 'forbid-strategy-on-priority':
      return checks[policy.kind](spec, policy);
    case 'max-retention':
      return checks[policy.kind](spec, policy);
    case 'require-rule-description':
      return checks[policy.kind](spec, policy);
    case 'require-scope':
      return checks[policy.kind](spec, policy);
    case 'max-batch-size':
      return checks[policy.kind](spec, policy);
    case 'forbid-availability':
      return checks[policy.kind](spec, policy);
    case 'require-owner':
      return checks[policy.kind](spec, policy);
  }
}

const storedOffline = (entity: Entity) => entity.offline.availability !== 'online-only';

function concerned(entity: Entity, names: readonly string[] | undefined): boolean {
  return names === undefined || names.includes(entity.name);
}

/** Every conflict rule of the spec with where it sits and what it governs. */
function* rules(
  spec: SyncSpec,
): Generator<{ rule: ConflictRule; pointer: string; entity: Entity; what: string }> {
  for (const [i, entity] of spec.entities.entries()) {
    yield {
      rule: entity.conflict,
      pointer: `/entities/${i}/conflict`,
      entity,
      what: `entity ${entity.name}`,
    };
    for (const [j, field] of entity.fields.entries()) {
      if (field.conflict) {
        yield {
          rule: field.conflict,
          pointer: `/entities/${i}/fields/${j}/conflict`,
          entity,
          what: `field ${entity.name}.${field.name}`,
        };
      }
    }
  }
}

const checks: { [K in PolicyKind]: Check<K> } = {
  'encrypt-tagged-fields': (spec, policy) =>
    spec.entities.flatMap((entity, i) => {
      if (!storedOffline(entity)) return [];
      const encrypted = new Set(entity.offline.encrypt ?? []);
      return entity.fields.flatMap((field, j) => {
        const tag = field.tags?.find((t) => policy.tags.includes(t));
        if (tag === undefined || encrypted.has(field.name)) return [];
        return [
          {
            pointer: `/entities/${i}/fields/${j}`,
            message: `Field ${entity.name}.${field.name} is tagged “${tag}” but is stored on the device unencrypted.`,
            hint: `Add "${field.name}" to /entities/${i}/offline/encrypt, or make the entity online-only.`,
          },
        ];
      });
    }),

  'forbid-strategy-on-priority': (spec, policy) =>
    [...rules(spec)].flatMap(({ rule, pointer, entity, what }) =>
      policy.priorities.includes(entity.sync.priority) && policy.strategies.includes(rule.strategy)
        ? [
            {
              pointer: `${pointer}/strategy`,
              message: `The ${what} uses “${rule.strategy}” on a ${entity.sync.priority}-priority entity.`,
              hint: `Choose a strategy other than ${policy.strategies.join(', ')} (for example server-wins or manual).`,
            },
          ]
        : [],
    ),

  'max-retention': (spec, policy) =>
    spec.entities.flatMap((entity, i) => {
      if (!storedOffline(entity) || !concerned(entity, policy.entities)) return [];
      const retention = entity.offline.retention;
      if (retention === undefined) {
        return [
          {
            pointer: `/entities/${i}/offline`,
            message: `Entity ${entity.name} keeps records on the device with no retention limit.`,
            hint: `Set "retention" to at most "${policy.maxDays}d".`,
          },
        ];
      }
      return durationMs(retention) > policy.maxDays * DAY_MS
        ? [
            {
              pointer: `/entities/${i}/offline/retention`,
              message: `Entity ${entity.name} keeps records for ${retention}, longer than ${policy.maxDays} days.`,
              hint: `Set "retention" to at most "${policy.maxDays}d".`,
            },
          ]
        : [];
    }),

  'require-rule-description': (spec) =>
    [...rules(spec)].flatMap(({ rule, pointer, what }) =>
      rule.description?.trim()
        ? []
        : [
            {
              pointer,
              message: `The conflict rule of ${what} has no description.`,
              hint: 'Add "description": say why this strategy was chosen, for the reviewer.',
            },
          ],
    ),

  'require-scope': (spec, policy) => {
    const limit = PRIORITIES.indexOf(policy.minPriority);
    return spec.entities.flatMap((entity, i) =>
      storedOffline(entity) && PRIORITIES.indexOf(entity.sync.priority) <= limit && !entity.offline.scope
        ? [
            {
              pointer: `/entities/${i}/offline`,
              message: `Entity ${entity.name} has ${entity.sync.priority} priority but no scope: every device would get every record.`,
              hint: 'Add "scope" to say which records belong on a device, e.g. those assigned to user.id.',
            },
          ]
        : [],
    );
  },

  'max-batch-size': (spec, policy) =>
    spec.entities.flatMap((entity, i) =>
      concerned(entity, policy.entities) &&
      entity.sync.batchSize !== undefined &&
      entity.sync.batchSize > policy.max
        ? [
            {
              pointer: `/entities/${i}/sync/batchSize`,
              message: `Entity ${entity.name} syncs batches of ${entity.sync.batchSize} records, more than ${policy.max}.`,
              hint: `Set "batchSize" to ${policy.max} or less.`,
            },
          ]
        : [],
    ),

  'forbid-availability': (spec, policy) =>
    spec.entities.flatMap((entity, i) => {
      if (!concerned(entity, policy.entities) || !policy.availability.includes(entity.offline.availability))
        return [];
      const tagged = policy.tags
        ? entity.fields.find((f) => f.tags?.some((t) => policy.tags?.includes(t)))
        : undefined;
      if (policy.tags && !tagged) return [];
      const reason = tagged ? ` while field ${tagged.name} is tagged ${tagged.tags?.join(', ')}` : '';
      return [
        {
          pointer: `/entities/${i}/offline/availability`,
          message: `Entity ${entity.name} is “${entity.offline.availability}”${reason}.`,
          hint: `Use an availability other than ${policy.availability.join(', ')}.`,
        },
      ];
    }),

  'require-owner': (spec) =>
    spec.app.owner?.trim()
      ? []
      : [
          {
            pointer: '/app',
            message: 'The app does not name an owner.',
            hint: 'Add "owner" to /app: the team responsible for this app.',
          },
        ],
};
