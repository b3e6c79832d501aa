import {
  API_ERROR_CODES,
  DELETE_REASONS,
  PROTOCOL_LIMITS,
  PROTOCOL_VERSION,
  REJECT_REASONS,
} from '@syncraft/runtime/protocol';

/**
 * JSON Schemas (OpenAPI 3.1 dialect) of the sync wire format in `@syncraft/runtime/protocol`,
 * for the API document. The TypeScript types stay the source: enumerations (reject reasons, error
 * codes, delete reasons) are spread from the protocol module's lists, never repeated here.
 */
const stringMap = { type: 'object', additionalProperties: true } as const;
/** Non-empty text of at most `max` characters: the limits are the protocol module's, never repeated. */
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const L = PROTOCOL_LIMITS;

export const syncSchemas = {
  ApiErrorBody: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: {
            type: 'string',
            enum: [...API_ERROR_CODES],
          },
          message: { type: 'string' },
          pointer: { type: 'string', description: 'JSON Pointer into the request body.' },
          hint: { type: 'string' },
          publishedVersion: { type: 'string' },
          diagnostics: { type: 'array', items: {} },
        },
      },
    },
  },
  Operation: {
    type: 'object',
    required: ['id', 'entity', 'key', 'kind', 'changes', 'base', 'baseVersion', 'hlc', 'clientId'],
    properties: {
      id: { ...text(L.maxIdLength), description: 'Unique id; the idempotency key.' },
      entity: text(L.maxIdLength),
      key: text(L.maxKeyLength),
      kind: { type: 'string', enum: ['upsert', 'delete'] },
      changes: stringMap,
      base: stringMap,
      baseVersion: { type: 'integer', minimum: 0 },
      hlc: { type: 'string' },
      clientId: text(L.maxClientIdLength),
      sets: {
        type: 'object',
        description: 'Per string-set field in changes: the members this edit added and removed.',
        additionalProperties: {
          type: 'object',
          properties: {
            add: { type: 'array', items: { type: 'string' } },
            remove: { type: 'array', items: { type: 'string' } },
          },
        },
      },
      settles: {
        ...text(L.maxConflictIdLength),
        description:
          "A person's decision on this manual conflict: changes hold the chosen value of each conflicting field.",
      },
    },
  },
  OperationResult: {
    oneOf: [
      {
        type: 'object',
        required: ['opId', 'status', 'version'],
        properties: { opId: { type: 'string' }, status: { const: 'applied' }, version: { type: 'integer' } },
      },
      {
        type: 'object',
        required: ['opId', 'status', 'version', 'record', 'decisions'],
        properties: {
          opId: { type: 'string' },
          status: { const: 'merged' },
          version: { type: 'integer' },
          record: stringMap,
          decisions: { type: 'array', items: { $ref: '#/components/schemas/FieldDecision' } },
        },
      },
      {
        type: 'object',
        required: ['opId', 'status', 'version', 'conflictId', 'record', 'fields'],
        properties: {
          opId: { type: 'string' },
          status: { const: 'conflict' },
          version: { type: 'integer' },
          conflictId: { type: 'string' },
          record: stringMap,
          fields: { type: 'array', items: { type: 'string' } },
          base: stringMap,
          server: stringMap,
          client: stringMap,
          decisions: { type: 'array', items: { $ref: '#/components/schemas/FieldDecision' } },
        },
      },
      {
        type: 'object',
        required: ['opId', 'status', 'reason', 'message'],
        properties: {
          opId: { type: 'string' },
          status: { const: 'rejected' },
          reason: {
            type: 'string',
            enum: [...REJECT_REASONS],
          },
          message: { type: 'string' },
          field: { type: 'string' },
        },
      },
    ],
  },
  FieldDecision: {
    type: 'object',
    required: ['field', 'strategy', 'client', 'kept'],
    properties: { field: { type: 'string' }, strategy: { type: 'string' }, client: {}, kept: {} },
  },
  PushRequest: {
    type: 'object',
    required: ['protocol', 'specVersion', 'clientId', 'operations'],
    properties: {
      protocol: { const: PROTOCOL_VERSION },
      specVersion: text(L.maxSpecVersionLength),
      clientId: text(L.maxClientIdLength),
      operations: {
        type: 'array',
        maxItems: L.maxOperations,
        items: { $ref: '#/components/schemas/Operation' },
      },
    },
  },
  PushResponse: {
    type: 'object',
    required: ['protocol', 'results'],
    properties: {
      protocol: { const: PROTOCOL_VERSION },
      results: { type: 'array', items: { $ref: '#/components/schemas/OperationResult' } },
    },
  },
  PullRequest: {
    type: 'object',
    required: ['protocol', 'specVersion', 'clientId'],
    properties: {
      protocol: { const: PROTOCOL_VERSION },
      specVersion: text(L.maxSpecVersionLength),
      clientId: text(L.maxClientIdLength),
      cursor: text(L.maxCursorLength),
      entities: { type: 'array', items: text(L.maxEntityNameLength) },
      limit: {
        type: 'integer',
        minimum: 1,
        description: `Page size; the server answers at most ${L.maxPullLimit} changes (${L.defaultPullLimit} when absent).`,
      },
      openConflicts: {
        type: 'array',
        maxItems: L.maxOpenConflicts,
        items: text(L.maxConflictIdLength),
        description:
          'Ids of the manual conflicts the device holds open; the answer lists those decided since.',
      },
    },
  },
  SettledConflict: {
    oneOf: [
      {
        type: 'object',
        required: ['id', 'outcome', 'resolvedBy', 'resolvedAt', 'resolution'],
        properties: {
          id: { type: 'string' },
          outcome: { const: 'decided' },
          resolvedBy: { type: 'string' },
          resolvedAt: { type: 'string', format: 'date-time' },
          resolution: stringMap,
        },
      },
      {
        type: 'object',
        required: ['id', 'outcome'],
        properties: { id: { type: 'string' }, outcome: { const: 'record-deleted' } },
      },
    ],
  },
  Change: {
    oneOf: [
      {
        type: 'object',
        required: ['kind', 'entity', 'key', 'version', 'hlc', 'record'],
        properties: {
          kind: { const: 'upsert' },
          entity: { type: 'string' },
          key: { type: 'string' },
          version: { type: 'integer' },
          hlc: { type: 'string' },
          record: stringMap,
        },
      },
      {
        type: 'object',
        required: ['kind', 'entity', 'key', 'version', 'reason'],
        properties: {
          kind: { const: 'delete' },
          entity: { type: 'string' },
          key: { type: 'string' },
          version: { type: 'integer' },
          reason: { type: 'string', enum: [...DELETE_REASONS] },
        },
      },
    ],
  },
  PullResponse: {
    type: 'object',
    required: ['protocol', 'changes', 'cursor', 'hasMore'],
    properties: {
      protocol: { const: PROTOCOL_VERSION },
      changes: { type: 'array', items: { $ref: '#/components/schemas/Change' } },
      cursor: { type: 'string' },
      hasMore: { type: 'boolean' },
      settled: { type: 'array', items: { $ref: '#/components/schemas/SettledConflict' } },
    },
  },
  Conflict: {
    type: 'object',
    required: ['id', 'entity', 'key', 'fields', 'status', 'createdAt', 'server', 'client', 'interim'],
    properties: {
      id: { type: 'string' },
      entity: { type: 'string' },
      key: { type: 'string' },
      fields: { type: 'array', items: { type: 'string' } },
      status: { type: 'string', enum: ['open', 'resolved'] },
      createdAt: { type: 'string', format: 'date-time' },
      prompt: { type: 'string' },
      base: stringMap,
      server: stringMap,
      client: stringMap,
      interim: stringMap,
      resolvedAt: { type: 'string', format: 'date-time' },
      resolvedBy: { type: 'string' },
      resolution: stringMap,
    },
  },
  AuditedOperation: {
    type: 'object',
    required: ['opId', 'at', 'userId', 'clientId', 'entity', 'key', 'kind', 'status'],
    properties: {
      opId: { type: 'string' },
      at: { type: 'string', format: 'date-time' },
      userId: { type: ['string', 'null'] },
      clientId: { type: 'string' },
      entity: { type: ['string', 'null'] },
      key: { type: ['string', 'null'] },
      kind: { enum: ['upsert', 'delete', null] },
      status: { type: 'string', enum: ['applied', 'merged', 'conflict', 'rejected'] },
      version: { type: 'integer' },
      reason: { type: 'string', enum: [...REJECT_REASONS] },
      message: { type: 'string' },
      field: { type: 'string' },
      conflictId: { type: 'string' },
      decided: {
        type: 'array',
        items: {
          type: 'object',
          required: ['field', 'strategy'],
          properties: { field: { type: 'string' }, strategy: { type: 'string' } },
        },
      },
    },
  },
  ResolveRequest: {
    type: 'object',
    required: ['values'],
    properties: {
      values: { ...stringMap, description: 'The value to keep for every conflicting field.' },
    },
  },
} as const;
