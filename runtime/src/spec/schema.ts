/**
 * The sync-spec v1 JSON Schema (draft 2020-12): the one source of the spec's structure.
 *
 * Everything else derives from it: `types.generated.ts` and `validator.generated.ts` (ajv standalone
 * code, so nothing compiles at run time) are generated from this object (`pnpm --filter
 * @syncraft/runtime gen`, each checked by a test), the designer attaches it to its JSON editor and
 * the server serves it.
 *
 * It is written as a TypeScript object (not a .json file) so that the branches of the discriminated
 * unions can share their common properties without `allOf`, which would defeat
 * `additionalProperties: false`.
 */

const identifier = {
  type: 'string',
  pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$',
  description: 'A name made of letters, digits and underscores, starting with a letter (at most 64).',
} as const;

const description = { type: 'string', maxLength: 2000 } as const;

/** Durations are written the way people say them: `500ms`, `30s`, `15m`, `12h`, `30d`, `2w`. */
const duration = {
  $ref: '#/$defs/Duration',
} as const;

const stringList = (items: object = identifier) => ({ type: 'array', items, uniqueItems: true }) as const;

type Props = Record<string, unknown>;

/** One branch of a discriminated union: the shared properties plus this branch's own. */
function branch(
  title: string,
  tag: string,
  tagValue: string,
  shared: Props,
  own: Props = {},
  required: string[] = [],
  sharedRequired: string[] = [],
) {
  return {
    title,
    type: 'object',
    properties: { [tag]: { const: tagValue }, ...shared, ...own },
    required: [tag, ...sharedRequired, ...required],
    additionalProperties: false,
  };
}

// ---------------------------------------------------------------------------------------------
// Conflict rules
// ---------------------------------------------------------------------------------------------

const ruleShared: Props = {
  description: { ...description, description: 'Why this rule was chosen, for reviewers.' },
};

/** Whole-record rules: only on an entity's own rule, never on a field's (lint SPEC125). */
const unit = {
  unit: {
    enum: ['field', 'record'],
    description:
      "field (default): decided field by field, a field only one side changed keeps that side's value; record: when the server changed the record after the device's base version, the whole record of the winning side is kept (manual: the edit is held as a conflict for a person to decide).",
  },
};

const conflictRules = [
  branch('LastWriterWinsRule', 'strategy', 'last-writer-wins', ruleShared),
  branch('ServerWinsRule', 'strategy', 'server-wins', ruleShared, unit),
  branch('ClientWinsRule', 'strategy', 'client-wins', ruleShared, unit),
  branch('FieldMergeRule', 'strategy', 'field-merge', ruleShared),
  branch('CounterRule', 'strategy', 'counter', ruleShared),
  branch('SetUnionRule', 'strategy', 'set-union', ruleShared),
  branch('MaxRule', 'strategy', 'max', ruleShared),
  branch('MinRule', 'strategy', 'min', ruleShared),
  branch(
    'EnumPrecedenceRule',
    'strategy',
    'enum-precedence',
    ruleShared,
    {
      order: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        minItems: 2,
        uniqueItems: true,
        description: 'Enum values from strongest to weakest: the earlier value wins a conflict.',
      },
    },
    ['order'],
  ),
  branch(
    'ManualRule',
    'strategy',
    'manual',
    ruleShared,
    {
      interim: {
        enum: ['server', 'client', 'last-writer-wins'],
        description: 'Which version the app shows until a person decides.',
      },
      prompt: { type: 'string', maxLength: 500, description: 'What the app tells the person who decides.' },
      ...unit,
    },
    ['interim'],
  ),
];

// ---------------------------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------------------------

const fieldShared: Props = {
  name: identifier,
  description,
  required: { type: 'boolean', description: 'A record cannot be saved without this field.' },
  tags: {
    ...stringList({ type: 'string', pattern: '^[a-z][a-z0-9-]{0,31}$' }),
    description: 'Labels for governance policies, for example `personal-data`.',
  },
  conflict: {
    $ref: '#/$defs/ConflictRule',
    description: 'Overrides the entity conflict rule for this field.',
  },
  fixed: {
    type: 'boolean',
    description: 'Set when the record is created, never changed afterwards (by any role).',
  },
};

/** Value constraints of text fields, beyond the type (checked by the server and on the device). */
const textConstraints: Props = {
  minLength: {
    type: 'integer',
    minimum: 1,
    maximum: 1_000_000,
    description: 'The least number of characters; `1` means the text may not be empty.',
  },
  pattern: {
    type: 'string',
    minLength: 1,
    maxLength: 200,
    description:
      'A regular expression the whole value must match (anchored). Only safe patterns are accepted (see lint SPEC118).',
  },
};

const fieldBranch = (title: string, type: string, own: Props = {}, required: string[] = []) =>
  branch(title, 'type', type, fieldShared, own, required, ['name']);

const fieldTypes = [
  fieldBranch('StringField', 'string', {
    ...textConstraints,
    maxLength: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    default: { type: 'string' },
  }),
  fieldBranch('TextField', 'text', {
    ...textConstraints,
    maxLength: { type: 'integer', minimum: 1, maximum: 10_000_000 },
    default: { type: 'string' },
  }),
  fieldBranch('NumberField', 'number', {
    minimum: { type: 'number' },
    maximum: { type: 'number' },
    default: { type: 'number' },
  }),
  fieldBranch('IntegerField', 'integer', {
    minimum: { type: 'integer' },
    maximum: { type: 'integer' },
    default: { type: 'integer' },
  }),
  fieldBranch('BooleanField', 'boolean', { default: { type: 'boolean' } }),
  fieldBranch('DatetimeField', 'datetime'),
  fieldBranch(
    'EnumField',
    'enum',
    {
      values: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true },
      default: { type: 'string' },
    },
    ['values'],
  ),
  fieldBranch(
    'ReferenceField',
    'reference',
    { entity: { ...identifier, description: 'The entity this field points to (its key).' } },
    ['entity'],
  ),
  fieldBranch('CounterField', 'counter', {
    default: { type: 'integer' },
  }),
  fieldBranch('StringSetField', 'string-set', {
    minItems: { type: 'integer', minimum: 1, maximum: 100_000, description: 'The least number of members.' },
    maxItems: { type: 'integer', minimum: 1, maximum: 100_000 },
  }),
  fieldBranch('JsonField', 'json'),
];

// ---------------------------------------------------------------------------------------------
// Selective-sync conditions (declarative: evaluated by the runtime and the server, never eval'd)
// ---------------------------------------------------------------------------------------------

const scalar = { type: ['string', 'number', 'boolean', 'null'] } as const;

const conditions = [
  {
    title: 'AllCondition',
    type: 'object',
    properties: { all: { type: 'array', items: { $ref: '#/$defs/Condition' }, minItems: 1 } },
    required: ['all'],
    additionalProperties: false,
  },
  {
    title: 'AnyCondition',
    type: 'object',
    properties: { any: { type: 'array', items: { $ref: '#/$defs/Condition' }, minItems: 1 } },
    required: ['any'],
    additionalProperties: false,
  },
  {
    title: 'NotCondition',
    type: 'object',
    properties: { not: { $ref: '#/$defs/Condition' } },
    required: ['not'],
    additionalProperties: false,
  },
  {
    title: 'ComparisonCondition',
    type: 'object',
    description: 'Compares a field with a fixed value or with a parameter such as `user.id`.',
    properties: {
      field: identifier,
      op: { enum: ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'not-in', 'contains'] },
      value: { oneOf: [scalar, { type: 'array', items: scalar, maxItems: 1000 }] },
      param: { $ref: '#/$defs/ParamName' },
    },
    required: ['field', 'op'],
    oneOf: [{ required: ['value'] }, { required: ['param'] }],
    additionalProperties: false,
  },
  {
    title: 'PresenceCondition',
    type: 'object',
    description: 'True when the field has (or has not) a value.',
    properties: { field: identifier, op: { enum: ['is-set', 'is-not-set'] } },
    required: ['field', 'op'],
    additionalProperties: false,
  },
  {
    title: 'TimeWindowCondition',
    type: 'object',
    description: 'True when a datetime field lies between `past` before now and `future` after now.',
    properties: {
      field: identifier,
      within: {
        type: 'object',
        properties: { past: duration, future: duration },
        minProperties: 1,
        additionalProperties: false,
      },
    },
    required: ['field', 'within'],
    additionalProperties: false,
  },
  {
    title: 'RelatedCondition',
    description:
      "Follows a reference to the one record it points at (a many-to-one relation or a reference field) and asks about that record: `where` tests its fields, `inScope: true` asks whether it lies in this device's scope. False when the reference is empty or points at nothing.",
    type: 'object',
    properties: {
      related: {
        ...identifier,
        description: 'A many-to-one relation of this entity, or one of its reference fields.',
      },
      where: { $ref: '#/$defs/Condition' },
      inScope: {
        const: true,
        description: "True when the related record lies in the device's scope for its own entity.",
      },
    },
    required: ['related'],
    oneOf: [{ required: ['where'] }, { required: ['inScope'] }],
    additionalProperties: false,
  },
  {
    title: 'ExistsCondition',
    description:
      'True when at least one related record points at this one (and matches `where`, when given): children, junction or membership records.',
    type: 'object',
    properties: {
      exists: {
        ...identifier,
        description: 'A one-to-many relation of this entity, or the name of an entity that references it.',
      },
      via: {
        ...identifier,
        description:
          'The reference field of the related entity that points at this one; needed only when it has several.',
      },
      where: { $ref: '#/$defs/Condition' },
    },
    required: ['exists'],
    additionalProperties: false,
  },
  {
    title: 'CalendarWindowCondition',
    description:
      'True when a datetime field lies in calendar days, weeks or months counted from the current one, in a named time zone: `{ unit: "day", from: 0, to: 0 }` is today, `{ unit: "week", from: 0, to: 1 }` this week and next.',
    type: 'object',
    properties: {
      field: identifier,
      calendar: {
        type: 'object',
        properties: {
          unit: { enum: ['day', 'week', 'month'] },
          from: {
            type: 'integer',
            minimum: -1000,
            maximum: 1000,
            description: 'The first unit, counted from the current one (0), negative for the past.',
          },
          to: {
            type: 'integer',
            minimum: -1000,
            maximum: 1000,
            description: 'The last unit, included.',
          },
          timeZone: {
            type: 'string',
            pattern: '^(UTC|[A-Za-z_]+(/[A-Za-z0-9_+-]+){1,2})$',
            maxLength: 64,
            description: 'An IANA time zone such as `Europe/Paris`; UTC when left out.',
          },
          weekStartsOn: {
            enum: ['monday', 'sunday'],
            description: 'For weeks: the first day (monday when left out).',
          },
        },
        required: ['unit', 'from', 'to'],
        additionalProperties: false,
      },
    },
    required: ['field', 'calendar'],
    additionalProperties: false,
  },
  {
    title: 'RoleCondition',
    type: 'object',
    description: 'True when the signed-in user has this role.',
    properties: { role: identifier },
    required: ['role'],
    additionalProperties: false,
  },
];

// ---------------------------------------------------------------------------------------------
// The whole document
// ---------------------------------------------------------------------------------------------

const priority = { enum: ['critical', 'high', 'normal', 'low'] } as const;
const writeMode = {
  enum: ['allow', 'queue', 'block'],
  description: 'allow: save locally and sync; queue: save locally, sync later; block: refuse the change.',
} as const;

export const SPEC_SCHEMA_ID = 'urn:syncraft:spec:v1';

/** The JSON Schema of spec v1. Treat as read-only. */
export const specSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: SPEC_SCHEMA_ID,
  title: 'SyncSpec',
  description:
    'Syncraft sync spec v1: what lives on the device, what syncs first, and how conflicts resolve.',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    specVersion: { const: 1, description: 'The version of the spec format itself.' },
    app: { $ref: '#/$defs/AppInfo' },
    parameters: {
      type: 'array',
      items: { $ref: '#/$defs/Parameter' },
      maxItems: 100,
      description: 'Values a scope can compare with, besides the built-in `user.id` and `user.roles`.',
    },
    roles: { type: 'array', items: { $ref: '#/$defs/Role' }, minItems: 1, maxItems: 200 },
    entities: { type: 'array', items: { $ref: '#/$defs/Entity' }, minItems: 1, maxItems: 5000 },
    subscriptions: {
      type: 'array',
      items: { $ref: '#/$defs/Subscription' },
      maxItems: 200,
      description:
        'Named sets of records the app opens at run time with parameters (`client.subscribe`). An entity named by a subscription holds, besides its offline scope, what its open subscriptions select, always within the role’s read scope.',
    },
    offlineStates: { $ref: '#/$defs/OfflineStates' },
    retry: { $ref: '#/$defs/RetryPolicy' },
  },
  required: ['specVersion', 'app', 'roles', 'entities', 'offlineStates', 'retry'],
  additionalProperties: false,
  $defs: {
    Duration: {
      title: 'Duration',
      type: 'string',
      pattern: '^(0|[1-9][0-9]{0,8})(ms|s|m|h|d|w)$',
      description: 'A duration such as `500ms`, `30s`, `15m`, `12h`, `30d` or `2w`.',
    },
    ParamName: {
      title: 'ParamName',
      type: 'string',
      pattern: '^(user\\.id|user\\.roles|sub\\.[A-Za-z][A-Za-z0-9_]{0,63}|[A-Za-z][A-Za-z0-9_]{0,63})$',
      description:
        '`user.id`, `user.roles`, the name of a declared parameter, or `sub.<name>`: a parameter of the subscription the condition belongs to.',
    },
    AppInfo: {
      title: 'AppInfo',
      type: 'object',
      properties: {
        id: {
          type: 'string',
          pattern: '^[a-z][a-z0-9-]{1,62}$',
          description: 'Lower-case letters, digits and dashes, e.g. `field-service`.',
        },
        name: { type: 'string', minLength: 1, maxLength: 200 },
        version: {
          type: 'string',
          pattern: '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$',
          description: 'Semantic version, e.g. `1.4.0`.',
        },
        description,
        owner: { type: 'string', minLength: 1, maxLength: 200, description: 'Team or person responsible.' },
      },
      required: ['id', 'name', 'version'],
      additionalProperties: false,
    },
    Parameter: {
      title: 'Parameter',
      type: 'object',
      properties: {
        name: identifier,
        type: { enum: ['string', 'number', 'boolean', 'string-list'] },
        description,
        claim: {
          type: 'string',
          pattern: '^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$',
          description: 'The token claim the server reads this parameter from (defaults to the name).',
        },
      },
      required: ['name', 'type'],
      additionalProperties: false,
    },
    Subscription: {
      title: 'Subscription',
      type: 'object',
      properties: {
        name: identifier,
        description,
        entity: { ...identifier, description: 'The entity whose records the subscription brings.' },
        parameters: {
          type: 'array',
          items: { $ref: '#/$defs/SubscriptionParameter' },
          maxItems: 20,
          description: 'What the app supplies when it opens the subscription; compared as `sub.<name>`.',
        },
        where: {
          $ref: '#/$defs/Condition',
          description: 'Which records it brings; intersected with the role’s read scope on the server.',
        },
      },
      required: ['name', 'entity', 'where'],
      additionalProperties: false,
    },
    SubscriptionParameter: {
      title: 'SubscriptionParameter',
      type: 'object',
      properties: {
        name: identifier,
        type: { enum: ['string', 'number', 'integer', 'boolean', 'datetime', 'string-list'] },
        description,
        required: { type: 'boolean', description: 'The app must supply it (default true).' },
        maxLength: { type: 'integer', minimum: 1, maximum: 10_000, description: 'Text: most characters.' },
        minimum: { type: 'number' },
        maximum: { type: 'number' },
        maxItems: { type: 'integer', minimum: 1, maximum: 1000, description: 'A list: most items.' },
        values: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          minItems: 1,
          uniqueItems: true,
          description: 'Text: the only values allowed.',
        },
      },
      required: ['name', 'type'],
      additionalProperties: false,
    },
    Role: {
      title: 'Role',
      type: 'object',
      properties: {
        name: identifier,
        description,
        permissions: { type: 'array', items: { $ref: '#/$defs/Permission' } },
      },
      required: ['name', 'permissions'],
      additionalProperties: false,
    },
    Permission: {
      title: 'Permission',
      type: 'object',
      properties: {
        entity: identifier,
        actions: {
          type: 'array',
          items: { enum: ['read', 'create', 'update', 'delete'] },
          uniqueItems: true,
          minItems: 1,
        },
        writableFields: {
          ...stringList(),
          description: 'When set, the role may change only these fields.',
        },
        hiddenFields: { ...stringList(), description: 'Fields this role never receives.' },
        fixedFields: {
          ...stringList(),
          description: 'Fields this grant does not let change once the record exists (set on create only).',
        },
        scope: {
          $ref: '#/$defs/Condition',
          description:
            'Limits this grant to the records that match, on top of the entity scope: the stored record (update, delete) and the result (create, update) must both match.',
        },
        before: {
          $ref: '#/$defs/Condition',
          description: 'Update and delete only: the stored record must match, as it was before the write.',
        },
        after: {
          $ref: '#/$defs/Condition',
          description: 'Create and update only: the record as the write leaves it must match.',
        },
      },
      required: ['entity', 'actions'],
      additionalProperties: false,
    },
    Entity: {
      title: 'Entity',
      type: 'object',
      properties: {
        name: identifier,
        description,
        key: { ...identifier, description: 'The field that identifies a record.' },
        fields: { type: 'array', items: { $ref: '#/$defs/Field' }, minItems: 1, maxItems: 500 },
        indexes: { type: 'array', items: { $ref: '#/$defs/Index' }, maxItems: 50 },
        relations: { type: 'array', items: { $ref: '#/$defs/Relation' }, maxItems: 100 },
        offline: { $ref: '#/$defs/OfflineBehaviour' },
        sync: { $ref: '#/$defs/SyncSettings' },
        conflict: { $ref: '#/$defs/ConflictRule' },
      },
      required: ['name', 'key', 'fields', 'offline', 'sync', 'conflict'],
      additionalProperties: false,
    },
    Field: {
      title: 'Field',
      type: 'object',
      required: ['type'],
      discriminator: { propertyName: 'type' },
      oneOf: fieldTypes,
    },
    Index: {
      title: 'Index',
      type: 'object',
      properties: {
        fields: { ...stringList(), minItems: 1, maxItems: 8 },
        unique: { type: 'boolean' },
      },
      required: ['fields'],
      additionalProperties: false,
    },
    Relation: {
      title: 'Relation',
      type: 'object',
      properties: {
        name: identifier,
        kind: {
          enum: ['many-to-one', 'one-to-many'],
          description: 'many-to-one: this entity holds `field`; one-to-many: the other entity holds it.',
        },
        entity: identifier,
        field: { ...identifier, description: 'The reference field that links the two entities.' },
        onDelete: {
          enum: ['cascade', 'restrict', 'set-null', 'keep'],
          description: 'What happens to the many side when the one side is deleted.',
        },
      },
      required: ['name', 'kind', 'entity', 'field', 'onDelete'],
      additionalProperties: false,
    },
    OfflineBehaviour: {
      title: 'OfflineBehaviour',
      type: 'object',
      properties: {
        availability: {
          enum: ['read-write', 'read-only', 'online-only'],
          description: 'read-write: usable offline; read-only: readable offline; online-only: never stored.',
        },
        scope: {
          $ref: '#/$defs/Condition',
          description: 'Which records this device keeps. Without it, every record the user may read.',
        },
        maxRecords: { type: 'integer', minimum: 1, maximum: 10_000_000 },
        retention: {
          ...duration,
          description: 'How long synced records stay on the device. Unsynced changes are never purged.',
        },
        encrypt: { ...stringList(), description: 'Fields stored encrypted on the device.' },
      },
      required: ['availability'],
      additionalProperties: false,
    },
    SyncSettings: {
      title: 'SyncSettings',
      type: 'object',
      properties: {
        priority,
        direction: {
          enum: ['push', 'pull', 'both'],
          description: 'push: device to server only; pull: server to device only; both.',
        },
        batchSize: { type: 'integer', minimum: 1, maximum: 1000 },
        coalesce: {
          type: 'boolean',
          description: 'Combine consecutive unsent edits of one record into one change (default true).',
        },
        schedule: { $ref: '#/$defs/Schedule' },
      },
      required: ['priority', 'direction'],
      additionalProperties: false,
    },
    Schedule: {
      title: 'Schedule',
      type: 'object',
      properties: {
        onReconnect: { type: 'boolean' },
        onAppStart: { type: 'boolean' },
        interval: duration,
      },
      additionalProperties: false,
    },
    ConflictRule: {
      title: 'ConflictRule',
      type: 'object',
      required: ['strategy'],
      discriminator: { propertyName: 'strategy' },
      oneOf: conflictRules,
    },
    Condition: {
      title: 'Condition',
      type: 'object',
      oneOf: conditions.map((c) => ({ $ref: `#/$defs/${c.title}` })),
    },
    ...Object.fromEntries(conditions.map((c) => [c.title, c])),
    OfflineStates: {
      title: 'OfflineStates',
      type: 'object',
      properties: {
        initial: { ...identifier, description: 'The state the app starts in.' },
        states: { type: 'array', items: { $ref: '#/$defs/OfflineState' }, minItems: 1, maxItems: 50 },
        transitions: { type: 'array', items: { $ref: '#/$defs/Transition' }, maxItems: 500 },
      },
      required: ['initial', 'states', 'transitions'],
      additionalProperties: false,
    },
    OfflineState: {
      title: 'OfflineState',
      type: 'object',
      properties: {
        name: identifier,
        description,
        network: {
          enum: ['online', 'limited', 'offline'],
          description: 'What the network is like in this state; at least one state must be online.',
        },
        sync: {
          type: 'object',
          properties: {
            enabled: { type: 'boolean' },
            priorities: { type: 'array', items: priority, uniqueItems: true, minItems: 1 },
            entities: { ...stringList(), minItems: 1 },
          },
          required: ['enabled'],
          additionalProperties: false,
        },
        writes: writeMode,
        entityWrites: {
          type: 'array',
          items: {
            type: 'object',
            properties: { entity: identifier, writes: writeMode },
            required: ['entity', 'writes'],
            additionalProperties: false,
          },
          description: 'Per-entity exceptions to `writes`.',
        },
      },
      required: ['name', 'network', 'sync', 'writes'],
      additionalProperties: false,
    },
    Transition: {
      title: 'Transition',
      type: 'object',
      properties: {
        from: {
          type: 'string',
          pattern: '^(\\*|[A-Za-z][A-Za-z0-9_]{0,63})$',
          description: 'A state name, or `*` for any state.',
        },
        event: {
          enum: [
            'connection-lost',
            'connection-restored',
            'connection-metered',
            'heartbeat-failed',
            'sync-started',
            'sync-succeeded',
            'sync-failed',
            'battery-low',
            'battery-ok',
            'user-action',
          ],
        },
        action: { ...identifier, description: 'For `user-action`: the name of the action.' },
        to: identifier,
      },
      required: ['from', 'event', 'to'],
      additionalProperties: false,
    },
    RetryPolicy: {
      title: 'RetryPolicy',
      type: 'object',
      properties: {
        initialDelay: duration,
        maxDelay: duration,
        multiplier: { type: 'number', minimum: 1, maximum: 10 },
        jitter: {
          enum: ['full', 'equal', 'none'],
          description: 'full: a random wait up to the backoff; equal: half fixed, half random.',
        },
        maxAttempts: { type: 'integer', minimum: 1, maximum: 1000 },
      },
      required: ['initialDelay', 'maxDelay', 'multiplier', 'jitter', 'maxAttempts'],
      additionalProperties: false,
    },
  },
} as const;
