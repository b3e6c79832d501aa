import {
  instant,
  int,
  type JsonSchema,
  listOf,
  object,
  oneOfText,
  recordValues,
  ref,
  str,
  text,
} from './json';

/** Simulator sandboxes: a draft spec the real sync endpoints run for a while (docs/designer.md). */

const claimValue = {
  oneOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: { type: 'string' } },
  ],
};

export const sandboxSchemas: Readonly<Record<string, JsonSchema>> = {
  SandboxUser: object(
    {
      id: text(128, 'The simulated person’s user id (the token’s sub), e.g. "ana".'),
      roles: listOf({ type: 'string' }, 'Roles of the spec the person has.'),
    },
    {
      claims: {
        type: 'object',
        additionalProperties: claimValue,
        description: 'Spec parameters the token carries (region, team, …).',
      },
    },
    'A person the simulation signs a device in as.',
  ),
  CreateSandboxRequest: object(
    {
      spec: {
        type: 'object',
        tsType: 'SyncSpec',
        description: 'The draft spec to run (its app.id is replaced).',
      },
    },
    { users: listOf(ref('SandboxUser'), 'People to issue device tokens for now (at most 20).') },
    'A sandbox to run a draft spec on the real sync endpoints.',
  ),
  SandboxTokensRequest: object(
    { users: listOf(ref('SandboxUser'), 'At most 20.') },
    {},
    'More device tokens for a sandbox.',
  ),
  SandboxToken: object(
    {
      userId: str(),
      roles: listOf({ type: 'string' }),
      token: str('A bearer token valid only on this sandbox’s sync endpoints, until the sandbox expires.'),
      expiresAt: instant(),
    },
    {},
    'A device token of a sandbox.',
  ),
  SandboxTokenList: object({ tokens: listOf(ref('SandboxToken')) }),
  SandboxEditRequest: object(
    { entity: str(), key: text(256) },
    {
      kind: oneOfText(['upsert', 'delete'], 'Default upsert.'),
      changes: recordValues('The fields to set (an upsert).'),
    },
    'An edit of a sandbox’s data made as the server itself (seeding, reassignment), bypassing device permissions.',
  ),
  SandboxEditAnswer: object(
    {
      entity: str(),
      key: str(),
      version: int('The record’s server version after the edit.'),
      deleted: { type: 'boolean' },
      values: recordValues(),
    },
    {},
    'The record as the sandbox stores it now.',
  ),
  SandboxRecords: object(
    {
      records: {
        type: 'object',
        additionalProperties: listOf(recordValues()),
        description: 'Entity name → its live records (at most 1000 each), as the server stores them.',
      },
    },
    {
      conflicts: int(
        'Manual-rule conflicts the sandbox kept for a person, decided ones included (absent from older servers).',
      ),
    },
    'What a sandbox’s server holds, for the simulator’s server column.',
  ),
  Sandbox: object(
    {
      id: str('The sandbox’s app id (sandbox-…): sync at /api/apps/{id}/sync.'),
      createdBy: str(),
      createdAt: instant(),
      expiresAt: instant('After this the sandbox and its data are deleted.'),
      spec: { type: 'object', tsType: 'SyncSpec', description: 'The spec as run: app.id is the sandbox id.' },
      diagnostics: listOf(ref('RegistryDiagnostic'), 'Warnings of the spec (errors refuse the sandbox).'),
      tokens: listOf(ref('SandboxToken')),
    },
    {},
    'A simulator sandbox: a draft spec served by the sync endpoints under its own app id.',
  ),
};
