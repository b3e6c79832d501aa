import { BEARER_AUTH, errorAnswer, jsonAnswer, jsonBody, ref } from '../openapi/document';

/** OpenAPI 3.1 path items of the sandbox routes (server/src/sandbox/router.ts). */

const error = errorAnswer;
const json = jsonAnswer;
const body = jsonBody;
const security = [{ [BEARER_AUTH]: [] }];
const tags = ['sandbox'];
const id = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The sandbox id (sandbox-…), also its app id on the sync endpoints.',
  schema: { type: 'string', pattern: '^sandbox-' },
};
const common = {
  '401': error('No valid bearer token (a sandbox device token is not accepted here).'),
  '403': error('The caller lacks the builder or admin role, or the sandbox is someone else’s.'),
  '404': error('No such sandbox: deleted, expired, or never created.'),
};

export const sandboxPaths = {
  '/api/sandboxes/{id}/records': {
    post: {
      operationId: 'editSandboxRecord',
      tags,
      security,
      summary:
        'Write or delete a record of one of the caller’s sandboxes as the server itself (seeding, reassignment), bypassing device permissions',
      parameters: [id],
      requestBody: body('SandboxEditRequest'),
      responses: {
        '200': json('The record as stored now.', ref('SandboxEditAnswer')),
        '400': error('The edit is malformed or its values are refused (`pointer` says where).'),
        ...common,
      },
    },
    get: {
      operationId: 'listSandboxRecords',
      tags,
      security,
      summary: 'Every live record of one of the caller’s sandboxes, by entity',
      parameters: [id],
      responses: { '200': json('The records.', ref('SandboxRecords')), ...common },
    },
  },
  '/api/sandboxes': {
    post: {
      operationId: 'createSandbox',
      tags,
      security,
      summary:
        'Run a draft spec on the sync endpoints for a while (a simulator sandbox), with device tokens for simulated people',
      requestBody: body('CreateSandboxRequest'),
      responses: {
        '201': json('The sandbox, its spec as run and the device tokens.', ref('Sandbox')),
        '400': error('The body is malformed, or the spec has errors (`invalid-spec`, with `diagnostics`).'),
        '401': common['401'],
        '403': error('The caller lacks the builder or admin role, or sandboxes are turned off.'),
        '409': error('The caller already has as many live sandboxes as the limit allows.'),
      },
    },
  },
  '/api/sandboxes/{id}': {
    get: {
      operationId: 'getSandbox',
      tags,
      security,
      summary: 'One of the caller’s live sandboxes',
      parameters: [id],
      responses: { '200': json('The sandbox (no tokens).', ref('Sandbox')), ...common },
    },
    delete: {
      operationId: 'deleteSandbox',
      tags,
      security,
      summary: 'Delete one of the caller’s sandboxes and all its data',
      parameters: [id],
      responses: { '204': { description: 'Deleted.' }, ...common },
    },
  },
  '/api/sandboxes/{id}/tokens': {
    post: {
      operationId: 'issueSandboxTokens',
      tags,
      security,
      summary: 'Device tokens for more simulated people of one of the caller’s sandboxes',
      parameters: [id],
      requestBody: body('SandboxTokensRequest'),
      responses: {
        '201': json('The tokens, valid only on this sandbox’s sync endpoints.', ref('SandboxTokenList')),
        '400': error('A person is malformed or names a role the spec does not have (`pointer` says where).'),
        ...common,
      },
    },
  },
};
