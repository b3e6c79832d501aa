import { AUDIT_ACTIONS } from '../constants';
import { instant, int, type JsonSchema, listOf, nullable, object, oneOfText, ref, str } from './json';

/** The spec registry's answers (docs/governance.md). */

const VERSION_STATUSES = ['draft', 'pending', 'approved', 'rejected'];
const SUBMISSION_STATUSES = ['pending', 'approved', 'rejected'];
const hash = {
  type: 'string',
  pattern: '^[0-9a-f]{64}$',
  description: 'sha-256 of the spec’s canonical JSON.',
};
const diagnostics = listOf(ref('RegistryDiagnostic'));
const spec = { type: 'object', tsType: 'SyncSpec', description: 'A sync spec (spec v1).' };

const versionSummary = {
  appId: str(),
  hash,
  appVersion: str('The spec’s app.version.'),
  status: oneOfText(VERSION_STATUSES, 'Where the version is in review.'),
  published: { type: 'boolean', description: 'True for the version devices get now.' },
  createdAt: instant(),
  createdBy: str(),
  statusChangedAt: instant(),
  sizeBytes: int(),
};

const submissionFields = {
  id: str(),
  appId: str(),
  hash,
  round: int('1 for the first submission of this version, 2 after a rejection, …'),
  status: oneOfText(SUBMISSION_STATUSES),
  submittedBy: str(),
  submittedAt: instant(),
  warnings: diagnostics,
  decidedBy: nullable(),
  decidedAt: nullable(),
  decisionComment: nullable(),
};

/** A person's text: a comment, a reason. */
const note = (description: string) => ({ type: 'string', minLength: 1, maxLength: 10_000, description });

export const registrySchemas: Readonly<Record<string, JsonSchema>> = {
  SpecDocument: { ...spec, description: 'A sync spec (spec v1), as saved or checked.' },
  CommentRequest: object({ body: note('The comment.') }),
  ApproveRequest: object({}, { comment: note('A comment for the record.') }),
  RejectRequest: object({ comment: note('Why: the author reads it.') }),
  RollbackRequest: object({ hash }, {}, 'The earlier approved version to publish again.'),
  RegistryDiagnostic: {
    type: 'object',
    tsType: 'Diagnostic | PolicyDiagnostic',
    description:
      'A spec finding (`SPEC0nn`, as the spec module reports it) or an organisation policy finding (code `POLICY`, with the policy name).',
    required: ['code', 'severity', 'pointer', 'message', 'hint'],
    properties: {
      code: str('SPECnnn, or POLICY for an organisation policy.'),
      severity: oneOfText(['error', 'warning', 'info']),
      pointer: str(),
      message: str(),
      hint: str(),
      policy: str('For POLICY: the policy name.'),
    },
  },
  ValidationReport: object(
    { valid: { type: 'boolean' }, diagnostics },
    {},
    'Spec and policy findings; nothing saved.',
  ),
  App: object(
    {
      id: str(),
      name: str(),
      createdAt: instant(),
      createdBy: str(),
      publishedHash: nullable('The version devices get now.'),
      releaseHash: nullable('The approved version waiting to be published.'),
    },
    {},
    'An app in the registry.',
  ),
  AppList: object({ apps: listOf(ref('App')) }),
  VersionSummary: object(versionSummary, {}, 'A version without its spec, as listed.'),
  VersionList: object({ versions: listOf(ref('VersionSummary')) }, {}, 'Versions, newest first.'),
  Version: object(
    { ...versionSummary, spec, submission: { oneOf: [ref('Submission'), { type: 'null' }] } },
    {},
    'One version with its spec and latest submission.',
  ),
  SavedVersion: object(
    {
      ...versionSummary,
      created: { type: 'boolean', description: 'False when this content was saved before.' },
      diagnostics,
    },
    {},
    'A saved draft (201), or the earlier version with the same content (200).',
  ),
  Submission: object(submissionFields, {}, 'A submission for review.'),
  QueuedSubmission: object(
    {
      ...submissionFields,
      appVersion: str('The submitted version’s app.version.'),
      createdBy: str('Who saved the version (its author).'),
      diff: ref('ChangeCounts'),
    },
    {},
    'A submission in the review queue, with the counts of its changes against the published version.',
  ),
  ChangeCounts: object(
    {
      against: nullable('The published hash compared against; null when nothing is published yet.'),
      changes: int(),
      breaking: int(),
      highRisk: int(),
    },
    {},
    'How many semantic changes a version makes to the published one, how many break devices, how many are high risk.',
  ),
  DevUserList: object(
    {
      users: listOf(
        object({ sub: str('The user id the token names.'), roles: listOf({ type: 'string' }) }),
        'The users dev mode signs tokens for.',
      ),
    },
    {},
    'Who a person may sign in as on a local server started with SYNCRAFT_DEV_TOKENS=1.',
  ),
  DevSignInRequest: object({ sub: str('One of the dev users.') }),
  SignInInfo: object(
    {
      devSignIn: {
        type: 'boolean',
        description: 'True when dev sign-in is on (SYNCRAFT_DEV_TOKENS=1); it answers this machine only.',
      },
      tokens: {
        enum: ['secret', 'jwks', 'none'],
        description:
          'How the server checks tokens: a shared secret, the identity provider’s keys (JWKS), or not configured.',
      },
      tokenUrl: nullable('Where people get a token from the identity provider (SYNCRAFT_SIGNIN_URL).'),
      help: nullable('What to do there, in the organisation’s words (SYNCRAFT_SIGNIN_HELP).'),
    },
    {},
    'What a sign-in screen offers on this server: dev sign-in, and where an access token comes from.',
  ),
  DevToken: object(
    {
      token: str('A bearer token for the user, valid 12 hours.'),
      sub: str(),
      roles: listOf({ type: 'string' }),
    },
    {},
    'A dev token, signed with the server’s dev secret.',
  ),
  Session: object(
    {
      userId: str('The token’s subject.'),
      roles: listOf({ type: 'string' }, 'The token’s roles claim.'),
      permissions: listOf(
        { type: 'string' },
        'The registry actions these roles allow (version.approve, audit.read, …), as the server enforces them.',
      ),
    },
    {},
    'Who the bearer token is, and what the registry lets them do.',
  ),
  SubmissionList: object({ reviews: listOf(ref('QueuedSubmission')) }, {}, 'The review queue, oldest first.'),
  ReviewComment: object(
    { id: str(), author: str(), body: str(), createdAt: instant(), submissionId: nullable() },
    {},
    'A reviewer’s or author’s comment on a version.',
  ),
  Review: object(
    {
      version: ref('VersionSummary'),
      submission: { oneOf: [ref('Submission'), { type: 'null' }] },
      published: {
        oneOf: [object({ hash, appVersion: nullable() }), { type: 'null' }],
        description: 'What the diff compares with; null when nothing is published yet.',
      },
      diff: object({
        changes: listOf({ type: 'object', tsType: 'SpecChange' }, 'The spec module’s semantic diff.'),
        summary: ref('ChangeCounts'),
      }),
      warnings: listOf(ref('RegistryDiagnostic'), 'Evaluated now, with the policies in force now.'),
      comments: listOf(ref('ReviewComment')),
    },
    {},
    'Everything a reviewer needs on one version.',
  ),
  Publication: object(
    {
      id: str(),
      appId: str(),
      seq: int('1 for the first publication of the app, then 2, 3, …'),
      hash,
      kind: oneOfText(['publish', 'rollback']),
      previousHash: nullable(),
      publishedBy: str(),
      publishedAt: instant(),
    },
    {},
    'A publication or rollback.',
  ),
  PublicationList: object({ publications: listOf(ref('Publication')) }, {}, 'Newest first.'),
  PublishedSpec: object(
    { appId: str(), version: str('The spec’s app.version.'), hash, spec },
    {},
    'The spec devices get now.',
  ),
  AuditAction: oneOfText(AUDIT_ACTIONS, 'An action the registry’s audit log records.'),
};
