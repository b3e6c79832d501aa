/**
 * OpenAPI 3.1 path items of the registry's routes, merged by the server into `/api/openapi.json`.
 * Requests and answers refer to the protocol module's wire schemas (`@syncraft/runtime/protocol`).
 */

import { BEARER_AUTH, errorAnswer, jsonAnswer, jsonBody, ref } from '../openapi/document';

const error = errorAnswer;
const json = jsonAnswer;
const security = [{ [BEARER_AUTH]: [] }];
const common = { '401': error('No valid bearer token.'), '403': error('The caller lacks the role.') };
const appId = { name: 'appId', in: 'path', required: true, schema: { type: 'string' } };
const hash = {
  name: 'hash',
  in: 'path',
  required: true,
  description: 'The version hash: sha-256 of the canonical JSON of the spec.',
  schema: { type: 'string', pattern: '^[0-9a-f]{64}$' },
};
const body = jsonBody;
const tags = ['registry'];
const auditParams = [
  { name: 'appId', in: 'query', schema: { type: 'string' } },
  { name: 'action', in: 'query', schema: { type: 'string' } },
  {
    name: 'since',
    in: 'query',
    description: 'ISO time, inclusive.',
    schema: { type: 'string', format: 'date-time' },
  },
  {
    name: 'until',
    in: 'query',
    description: 'ISO time, exclusive.',
    schema: { type: 'string', format: 'date-time' },
  },
  { name: 'after', in: 'query', description: 'Only records with a larger id.', schema: { type: 'integer' } },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1 } },
];

/** Path items keyed by their full path (with `/api`). */
export const registryPaths = {
  '/api/specs/validate': {
    post: {
      operationId: 'validateSpec',
      tags,
      security,
      summary: 'Check a spec (structure, meaning, organisation policies) without saving it',
      requestBody: body('SpecDocument'),
      responses: { '200': json('The findings.', ref('ValidationReport')), ...common },
    },
  },
  '/api/session': {
    get: {
      operationId: 'getSession',
      tags,
      security,
      summary: 'Who the bearer token is and which registry actions its roles allow',
      responses: { '200': json('The caller.', ref('Session')), '401': common['401'] },
    },
  },
  '/api/apps': {
    get: {
      operationId: 'listApps',
      tags,
      security,
      summary: 'List the apps in the registry',
      responses: {
        '200': json('The apps.', ref('AppList')),
        ...common,
      },
    },
  },
  '/api/apps/{appId}/versions': {
    parameters: [appId],
    get: {
      operationId: 'listVersions',
      tags,
      security,
      summary: 'List the versions of an app, newest first',
      responses: {
        '200': json('The versions.', ref('VersionList')),
        '404': error('Unknown app.'),
        ...common,
      },
    },
    post: {
      operationId: 'saveVersion',
      tags,
      security,
      summary: 'Save a spec as a draft version (content-addressed; saving the same content again returns it)',
      requestBody: body('SpecDocument'),
      responses: {
        '201': json('Saved.', ref('SavedVersion')),
        '200': json('This content was saved before: the existing version.', ref('SavedVersion')),
        '400': error('Not a structurally valid spec, or app.id differs from the path.'),
        ...common,
      },
    },
  },
  '/api/apps/{appId}/versions/{hash}': {
    parameters: [appId, hash],
    get: {
      operationId: 'getVersion',
      tags,
      security,
      summary: 'One version with its spec and latest submission',
      responses: {
        '200': json('The version.', ref('Version')),
        '404': error('Unknown app or version.'),
        ...common,
      },
    },
  },
  '/api/apps/{appId}/versions/{hash}/submit': {
    parameters: [appId, hash],
    post: {
      operationId: 'submitVersion',
      tags,
      security,
      summary: 'Submit a version for review',
      responses: {
        '201': json('Submitted.', ref('Submission')),
        '404': error('Unknown app or version.'),
        '409': error('Not in a state that can be submitted.'),
        '422': error('The spec has errors (invalid-spec) or breaks a policy (policy-violation).'),
        ...common,
      },
    },
  },
  '/api/apps/{appId}/versions/{hash}/review': {
    parameters: [appId, hash],
    get: {
      operationId: 'getReview',
      tags,
      security,
      summary: 'Submission, semantic diff against the published version, warnings and comments',
      responses: {
        '200': json('The review.', ref('Review')),
        '404': error('Unknown app or version.'),
        ...common,
      },
    },
  },
  '/api/apps/{appId}/versions/{hash}/comments': {
    parameters: [appId, hash],
    post: {
      operationId: 'addComment',
      tags,
      security,
      summary: 'Comment on a version',
      requestBody: body('CommentRequest'),
      responses: {
        '201': json('The comment.', ref('ReviewComment')),
        '400': error('No comment text.'),
        '404': error('Unknown app or version.'),
        ...common,
      },
    },
  },
  '/api/apps/{appId}/versions/{hash}/approve': {
    parameters: [appId, hash],
    post: {
      operationId: 'approveVersion',
      tags,
      security,
      summary: 'Approve a pending version',
      requestBody: body('ApproveRequest', false),
      responses: {
        '200': json('Approved.', ref('Submission')),
        '404': error('Unknown app or version.'),
        '409': error('Not pending, or another approved version waits for publication.'),
        '422': error('The spec breaks a policy in force.'),
        ...common,
      },
    },
  },
  '/api/apps/{appId}/versions/{hash}/reject': {
    parameters: [appId, hash],
    post: {
      operationId: 'rejectVersion',
      tags,
      security,
      summary: 'Reject a pending version (or revoke an unpublished approval), with a comment',
      requestBody: body('RejectRequest'),
      responses: {
        '200': json('Rejected.', ref('Submission')),
        '400': error('No comment.'),
        '404': error('Unknown app or version.'),
        '409': error('Not pending or awaiting publication.'),
        ...common,
      },
    },
  },
  '/api/apps/{appId}/versions/{hash}/publish': {
    parameters: [appId, hash],
    post: {
      operationId: 'publishVersion',
      tags,
      security,
      summary: 'Publish an approved version',
      responses: {
        '201': json('Published.', ref('Publication')),
        '404': error('Unknown app or version.'),
        '409': error('Not approved, or already published.'),
        ...common,
      },
    },
  },
  '/api/apps/{appId}/rollback': {
    parameters: [appId],
    post: {
      operationId: 'rollback',
      tags,
      security,
      summary: 'Publish an earlier approved version again',
      requestBody: body('RollbackRequest'),
      responses: {
        '201': json('Rolled back.', ref('Publication')),
        '400': error('No valid hash.'),
        '404': error('Unknown app or version.'),
        '409': error('Never approved, or already published.'),
        ...common,
      },
    },
  },
  '/api/apps/{appId}/publications': {
    parameters: [appId],
    get: {
      operationId: 'listPublications',
      tags,
      security,
      summary: 'Publication history, newest first',
      responses: {
        '200': json('The history.', ref('PublicationList')),
        '404': error('Unknown app.'),
        ...common,
      },
    },
  },
  '/api/apps/{appId}/published': {
    parameters: [appId, { name: 'If-None-Match', in: 'header', schema: { type: 'string' } }],
    get: {
      operationId: 'getPublished',
      tags,
      security,
      summary: 'The published spec, with a strong ETag (the version hash)',
      responses: {
        '200': {
          ...json('The published spec.', ref('PublishedSpec')),
          headers: { ETag: { schema: { type: 'string' }, description: 'The version hash, quoted.' } },
        },
        '304': { description: 'The ETag in If-None-Match is still the published one.' },
        '404': error('Unknown app, or nothing published.'),
        ...common,
      },
    },
  },
  '/api/reviews': {
    get: {
      operationId: 'listReviews',
      tags,
      security,
      summary: 'The review queue',
      parameters: [
        {
          name: 'status',
          in: 'query',
          schema: { type: 'string', enum: ['pending', 'approved', 'rejected'] },
        },
      ],
      responses: {
        '200': json('Submissions, oldest first.', ref('SubmissionList')),
        '400': error('Unknown status.'),
        ...common,
      },
    },
  },
  '/api/audit': {
    get: {
      operationId: 'listAudit',
      tags,
      security,
      summary: 'Audit records, oldest first',
      parameters: auditParams,
      responses: {
        '200': json('Records.', ref('AuditList')),
        '400': error('A filter is malformed.'),
        ...common,
      },
    },
  },
  '/api/audit/verify': {
    get: {
      operationId: 'verifyAudit',
      tags,
      security,
      summary: 'Check the audit chain: every entry re-hashed and linked to the one before',
      responses: {
        '200': json('The check; `ok: false` names the first broken entry.', ref('AuditChainCheck')),
        ...common,
      },
    },
  },
  '/api/audit/export': {
    get: {
      operationId: 'exportAudit',
      tags,
      security,
      summary: 'Audit records as JSON lines',
      parameters: auditParams,
      responses: {
        '200': {
          description: 'One AuditEntry per line.',
          content: { 'application/x-ndjson': { schema: { type: 'string' } } },
        },
        '400': error('A filter is malformed.'),
        ...common,
      },
    },
  },
} as const;
