import { openApiSchemas, PROTOCOL_VERSION, WIRE_SCHEMAS } from '@syncraft/runtime/protocol';
import { CONFLICT_PAGE } from '../sync/conflicts';
import { HISTORY_PAGE } from '../sync/operations-audit';
import type { PageSizes } from '../sync/page-cursor';

/** An OpenAPI 3.1 path item: method → operation object. */
export type PathItem = Readonly<Record<string, unknown>>;
/** Paths of the API document: `/api/apps/{appId}/...` → path item. */
export type OpenApiPaths = Readonly<Record<string, PathItem>>;

/** A reference to a wire schema of the protocol module; an unknown name fails when the document is built. */
export function ref(name: string): { $ref: string } {
  if (!Object.hasOwn(WIRE_SCHEMAS, name))
    throw new Error(`No wire schema named ${name} in @syncraft/runtime/protocol.`);
  return { $ref: `#/components/schemas/${name}` };
}
const json = (schema: unknown) => ({ 'application/json': { schema } });
/** An error response (body `ApiErrorBody`), described. */
export const errorAnswer = (description: string) => ({ description, content: json(ref('ApiErrorBody')) });
const error = errorAnswer;
/** A JSON response with `schema`, described. */
export const jsonAnswer = (description: string, schema: object) => ({ description, content: json(schema) });
/** A JSON request body: one of the protocol module's wire schemas. */
export const jsonBody = (schema: string, required = true) => ({ required, content: json(ref(schema)) });
const appId = { name: 'appId', in: 'path', required: true, schema: { type: 'string' } };
/** The one security scheme: a JWT in `Authorization: Bearer`, required by every `/api` operation but the document. */
export const BEARER_AUTH = 'bearerAuth';
const bearer = [{ [BEARER_AUTH]: [] }];
/** Operations anyone may call (probes, metrics, this document). */
const open: readonly never[] = [];

/** `limit` and `cursor` of a paged listing with these page sizes. */
const pageParams = (sizes: PageSizes) => [
  {
    name: 'limit',
    in: 'query',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: sizes.max, default: sizes.default },
  },
  { name: 'cursor', in: 'query', required: false, schema: { type: 'string' } },
];

/** One page of a listing (a wire schema with the list and `nextCursor`). */
const page = (description: string, schema: string) => ({ description, content: json(ref(schema)) });

const commonErrors = {
  '400': error('The body or a parameter is malformed (`bad-request`, `invalid-json`); `pointer` says where.'),
  '401': error('Missing, expired or invalid bearer token.'),
  '404': error('The app is unknown or has no published spec.'),
  '413': error('The body is larger than the limit.'),
  '429': error('Too many requests; see Retry-After.'),
};

const syncPaths: OpenApiPaths = {
  '/api/apps/{appId}/sync/push': {
    post: {
      operationId: 'syncPush',
      summary: 'Apply a batch of operations in one transaction; one result per operation.',
      tags: ['sync'],
      security: bearer,
      parameters: [appId],
      requestBody: { required: true, content: json(ref('PushRequest')) },
      responses: {
        '200': {
          description: 'Per-operation results, in the order sent.',
          content: json(ref('PushResponse')),
        },
        ...commonErrors,
        '409': error(
          '`spec-upgrade-required`: the device runs an incompatible spec version (`publishedVersion`).',
        ),
        '426': error('`protocol-unsupported`: the device speaks another sync protocol.'),
      },
    },
  },
  '/api/apps/{appId}/sync/pull': {
    post: {
      operationId: 'syncPull',
      summary: 'Changes after a cursor, for the entities and records the caller may read.',
      tags: ['sync'],
      security: bearer,
      parameters: [appId],
      requestBody: { required: true, content: json(ref('PullRequest')) },
      responses: {
        '200': { description: 'A page of changes and the next cursor.', content: json(ref('PullResponse')) },
        ...commonErrors,
        '409': error('`spec-upgrade-required`, or `conflict` for a cursor this server did not hand out.'),
        '426': error('`protocol-unsupported`.'),
      },
    },
  },
  '/api/apps/{appId}/sync/read': {
    post: {
      operationId: 'syncRead',
      summary:
        'Records of one entity straight from the server, by key or page by page, within the caller’s read scope (how apps read online-only entities).',
      tags: ['sync'],
      security: bearer,
      parameters: [appId],
      requestBody: { required: true, content: json(ref('ReadRequest')) },
      responses: {
        '200': {
          description:
            'The records the caller may read (hidden fields removed), and the next cursor when paging.',
          content: json(ref('ReadResponse')),
        },
        ...commonErrors,
        '403': error('`forbidden`: none of the caller’s roles grants read on the entity.'),
        '409': error('`spec-upgrade-required`: the device runs an incompatible spec version.'),
        '426': error('`protocol-unsupported`.'),
      },
    },
  },
  '/api/apps/{appId}/sync/events': {
    get: {
      operationId: 'syncEvents',
      summary: 'Server-sent events: `event: change` with the newest cursor; `: ping` every 15 s.',
      tags: ['sync'],
      security: bearer,
      parameters: [
        appId,
        {
          name: 'access_token',
          in: 'query',
          required: false,
          schema: { type: 'string' },
          description: 'The bearer token, for clients (EventSource) that cannot send headers.',
        },
      ],
      responses: {
        '200': {
          description: 'An event stream.',
          content: { 'text/event-stream': { schema: { type: 'string' } } },
        },
        '401': commonErrors['401'],
        '403': error("None of the caller's roles is a role of the app."),
        '404': commonErrors['404'],
      },
    },
  },
  '/api/apps/{appId}/sync/conflicts': {
    get: {
      operationId: 'listConflicts',
      summary: 'Manual-rule conflicts of records the caller may update (open ones unless `status=all`).',
      tags: ['sync'],
      security: bearer,
      parameters: [
        appId,
        { name: 'status', in: 'query', required: false, schema: { type: 'string', enum: ['open', 'all'] } },
        ...pageParams(CONFLICT_PAGE),
      ],
      responses: {
        '200': page(
          'One page of conflicts, oldest first; `nextCursor` (absent on the last page) asks for the next.',
          'ConflictPage',
        ),
        ...commonErrors,
      },
    },
  },
  '/api/apps/{appId}/sync/operations': {
    get: {
      operationId: 'listPushedOperations',
      summary:
        'The audit of offline actions: every operation devices pushed (who, what, when, outcome), oldest first. Roles reviewer or admin.',
      tags: ['sync'],
      security: bearer,
      parameters: [
        appId,
        ...['userId', 'clientId', 'entity', 'key'].map((name) => ({
          name,
          in: 'query',
          required: false,
          schema: { type: 'string' },
        })),
        ...pageParams(HISTORY_PAGE),
      ],
      responses: {
        '200': page(
          'One page of operations; `nextCursor` (absent on the last page) asks for the next.',
          'AuditedOperationPage',
        ),
        ...commonErrors,
      },
    },
  },
  '/api/apps/{appId}/sync/conflicts/{conflictId}/resolve': {
    post: {
      operationId: 'resolveConflict',
      summary: 'Decide a manual conflict: the chosen values become a new version of the record.',
      tags: ['sync'],
      security: bearer,
      parameters: [appId, { name: 'conflictId', in: 'path', required: true, schema: { type: 'string' } }],
      requestBody: { required: true, content: json(ref('ResolveRequest')) },
      responses: {
        '200': {
          description: 'The settled conflict.',
          content: json(ref('ResolveAnswer')),
        },
        ...commonErrors,
        '403': error('The caller may not update this record.'),
        '409': error('The conflict was already resolved.'),
      },
    },
  },
};

const operationsPaths: OpenApiPaths = {
  '/healthz': {
    get: {
      operationId: 'health',
      summary: 'The process is up.',
      tags: ['operations'],
      security: open,
      responses: {
        '200': {
          description: 'Up.',
          content: json({ type: 'object', properties: { status: { const: 'ok' } } }),
        },
      },
    },
  },
  '/readyz': {
    get: {
      operationId: 'ready',
      summary: 'The database answers and every migration has run.',
      tags: ['operations'],
      security: open,
      responses: {
        '200': {
          description: 'Ready.',
          content: json({ type: 'object', properties: { status: { const: 'ready' } } }),
        },
        '503': error('Not ready: database unreachable or migrations pending.'),
      },
    },
  },
  '/metrics': {
    get: {
      operationId: 'metrics',
      summary: 'Prometheus metrics (text exposition format).',
      tags: ['operations'],
      security: open,
      responses: {
        '200': { description: 'Metrics.', content: { 'text/plain': { schema: { type: 'string' } } } },
      },
    },
  },
  '/api/openapi.json': {
    get: {
      operationId: 'openapi',
      summary: 'This document.',
      tags: ['operations'],
      security: open,
      responses: {
        '200': { description: 'The OpenAPI 3.1 document.', content: json({ type: 'object' }) },
        '429': commonErrors['429'],
      },
    },
  },
};

/**
 * The OpenAPI 3.1 document of the whole HTTP API: operations, sync, and the registry's paths
 * (`registryPaths` from server/src/registry/openapi.ts) when the registry is mounted. Every request
 * and answer schema is the protocol module's (`@syncraft/runtime/protocol`), never written here.
 */
export function openApiDocument(extra: { readonly paths?: OpenApiPaths } = {}): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Syncraft server',
      version: '0.1.0',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      description: `Spec registry and sync endpoint. Sync protocol version ${PROTOCOL_VERSION}. Errors use ApiErrorBody.`,
    },
    servers: [{ url: '/' }],
    security: bearer,
    paths: { ...operationsPaths, ...syncPaths, ...(extra.paths ?? {}) },
    components: {
      securitySchemes: {
        [BEARER_AUTH]: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'A JWT whose claims name the user and their roles (docs/server.md, "Authentication").',
        },
      },
      schemas: openApiSchemas(),
    },
  };
}
