/** OpenAPI 3.1 component schemas of the registry's answers, referenced by `registryPaths`. */

const diagnostic = {
  type: 'object',
  required: ['code', 'severity', 'pointer', 'message', 'hint'],
  properties: {
    code: { type: 'string', description: 'SPECnnn, or POLICY for an organisation policy.' },
    severity: { type: 'string', enum: ['error', 'warning', 'info'] },
    pointer: { type: 'string' },
    message: { type: 'string' },
    hint: { type: 'string' },
    policy: { type: 'string', description: 'For POLICY: the policy name.' },
  },
};
const nullableString = { type: ['string', 'null'] };
const diagnostics = { type: 'array', items: { $ref: '#/components/schemas/Diagnostic' } };

/** Component schemas referenced by `registryPaths` (openapi.ts). */
export const registrySchemas = {
  Diagnostic: diagnostic,
  ValidationReport: {
    type: 'object',
    required: ['valid', 'diagnostics'],
    properties: { valid: { type: 'boolean' }, diagnostics: diagnostics },
  },
  App: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      createdAt: { type: 'string' },
      createdBy: { type: 'string' },
      publishedHash: nullableString,
      releaseHash: nullableString,
    },
  },
  Version: {
    type: 'object',
    properties: {
      appId: { type: 'string' },
      hash: { type: 'string' },
      appVersion: { type: 'string' },
      status: { type: 'string', enum: ['draft', 'pending', 'approved', 'rejected'] },
      published: { type: 'boolean' },
      createdAt: { type: 'string' },
      createdBy: { type: 'string' },
      statusChangedAt: { type: 'string' },
      sizeBytes: { type: 'integer' },
      spec: { type: 'object' },
    },
  },
  SavedVersion: {
    allOf: [
      { $ref: '#/components/schemas/Version' },
      {
        type: 'object',
        properties: { created: { type: 'boolean' }, diagnostics: diagnostics },
      },
    ],
  },
  Submission: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      appId: { type: 'string' },
      hash: { type: 'string' },
      round: { type: 'integer' },
      status: { type: 'string', enum: ['pending', 'approved', 'rejected'] },
      submittedBy: { type: 'string' },
      submittedAt: { type: 'string' },
      warnings: diagnostics,
      decidedBy: nullableString,
      decidedAt: nullableString,
      decisionComment: nullableString,
    },
  },
  Comment: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      author: { type: 'string' },
      body: { type: 'string' },
      createdAt: { type: 'string' },
      submissionId: nullableString,
    },
  },
  Review: {
    type: 'object',
    properties: {
      version: { $ref: '#/components/schemas/Version' },
      submission: { oneOf: [{ $ref: '#/components/schemas/Submission' }, { type: 'null' }] },
      published: { type: ['object', 'null'] },
      diff: {
        type: 'object',
        properties: {
          changes: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                kind: { type: 'string' },
                pointer: { type: 'string' },
                summary: { type: 'string' },
                risk: { type: 'string', enum: ['low', 'medium', 'high'] },
                breaking: { type: 'boolean' },
              },
            },
          },
          summary: { type: 'object' },
        },
      },
      warnings: diagnostics,
      comments: { type: 'array', items: { $ref: '#/components/schemas/Comment' } },
    },
  },
  Publication: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      appId: { type: 'string' },
      seq: { type: 'integer' },
      hash: { type: 'string' },
      kind: { type: 'string', enum: ['publish', 'rollback'] },
      previousHash: nullableString,
      publishedBy: { type: 'string' },
      publishedAt: { type: 'string' },
    },
  },
  PublishedSpec: {
    type: 'object',
    required: ['appId', 'version', 'hash', 'spec'],
    properties: {
      appId: { type: 'string' },
      version: { type: 'string' },
      hash: { type: 'string' },
      spec: { type: 'object' },
    },
  },
  AuditEntry: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      at: { type: 'string' },
      userId: { type: 'string' },
      roles: { type: 'array', items: { type: 'string' } },
      action: { type: 'string' },
      appId: nullableString,
      hash: nullableString,
      details: { type: 'object' },
      comment: nullableString,
    },
  },
} as const;
