import {
  type Operation,
  PROTOCOL_VERSION,
  type PullRequest,
  type PushRequest,
} from '@syncraft/runtime/protocol';
import { ApiError, badRequest } from '../http/api-error';

/** Longest id, key, client id or version string accepted on the wire. */
const MAX_ID = 200;
const MAX_KEY = 500;

type Shape<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

const fail = <T>(error: ApiError): Shape<T> => ({ ok: false, error });

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `the string "${value.slice(0, 40)}"` : `a ${typeof value}`;
}

function text(body: Record<string, unknown>, field: string, pointer: string, max: number): ApiError | string {
  const value = body[field];
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    return badRequest(
      `"${field}" must be a non-empty string of at most ${max} characters, not ${describe(value)}.`,
      `${pointer}/${field}`,
    );
  }
  return value;
}

/**
 * Checks the protocol version of a sync request: the `protocol` field of the body and, when sent,
 * the `Syncraft-Protocol` header. A different version is answered 426 `protocol-unsupported`.
 */
export function checkProtocol(body: unknown, header: string | undefined): ApiError | undefined {
  const hint = `This server speaks sync protocol ${PROTOCOL_VERSION}: update the app's Syncraft runtime.`;
  if (header !== undefined && header !== String(PROTOCOL_VERSION)) {
    return new ApiError(426, 'protocol-unsupported', `Sync protocol ${header} is not supported.`, { hint });
  }
  if (!isObject(body)) {
    return new ApiError(400, 'bad-request', `The body must be a JSON object, not ${describe(body)}.`, {
      pointer: '',
      hint: 'Send a PushRequest or PullRequest (docs/protocol.md).',
    });
  }
  if (body.protocol !== PROTOCOL_VERSION) {
    return new ApiError(
      426,
      'protocol-unsupported',
      `Sync protocol ${JSON.stringify(body.protocol)} is not supported.`,
      {
        pointer: '/protocol',
        hint,
      },
    );
  }
  return undefined;
}

function operationShape(value: unknown, pointer: string): Shape<Operation> {
  if (!isObject(value))
    return fail(badRequest(`An operation must be an object, not ${describe(value)}.`, pointer));
  const fields: Record<string, string> = {};
  for (const [field, max] of [
    ['id', MAX_ID],
    ['entity', MAX_ID],
    ['key', MAX_KEY],
    ['hlc', MAX_ID],
    ['clientId', MAX_ID],
  ] as const) {
    const got = text(value, field, pointer, max);
    if (got instanceof ApiError) return fail(got);
    fields[field] = got;
  }
  if (value.kind !== 'upsert' && value.kind !== 'delete') {
    return fail(
      badRequest(`"kind" must be "upsert" or "delete", not ${describe(value.kind)}.`, `${pointer}/kind`),
    );
  }
  for (const field of ['changes', 'base'] as const) {
    if (!isObject(value[field])) {
      return fail(
        badRequest(
          `"${field}" must be an object of field values, not ${describe(value[field])}.`,
          `${pointer}/${field}`,
        ),
      );
    }
  }
  const baseVersion = value.baseVersion;
  if (typeof baseVersion !== 'number' || !Number.isSafeInteger(baseVersion) || baseVersion < 0) {
    return fail(
      badRequest(
        `"baseVersion" must be a whole number ≥ 0, not ${describe(baseVersion)}.`,
        `${pointer}/baseVersion`,
      ),
    );
  }
  return {
    ok: true,
    value: {
      id: fields.id!,
      entity: fields.entity!,
      key: fields.key!,
      kind: value.kind,
      changes: value.changes as Operation['changes'],
      base: value.base as Operation['base'],
      baseVersion,
      hlc: fields.hlc!,
      clientId: fields.clientId!,
    },
  };
}

/** Reads a PushRequest from a body whose protocol was checked, or says precisely what is wrong. */
export function pushRequestShape(body: Record<string, unknown>, maxOperations: number): Shape<PushRequest> {
  const specVersion = text(body, 'specVersion', '', MAX_ID);
  if (specVersion instanceof ApiError) return fail(specVersion);
  const clientId = text(body, 'clientId', '', MAX_ID);
  if (clientId instanceof ApiError) return fail(clientId);
  if (!Array.isArray(body.operations)) {
    return fail(badRequest(`"operations" must be a list, not ${describe(body.operations)}.`, '/operations'));
  }
  if (body.operations.length > maxOperations) {
    return fail(
      new ApiError(413, 'payload-too-large', `A push may carry at most ${maxOperations} operations.`, {
        pointer: '/operations',
        hint: 'Split the outbox into several pushes.',
      }),
    );
  }
  const operations: Operation[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < body.operations.length; i++) {
    const op = operationShape(body.operations[i], `/operations/${i}`);
    if (!op.ok) return op;
    if (seen.has(op.value.id)) {
      return fail(
        badRequest(`Operation id "${op.value.id}" appears twice in this push.`, `/operations/${i}/id`),
      );
    }
    seen.add(op.value.id);
    operations.push(op.value);
  }
  return { ok: true, value: { protocol: PROTOCOL_VERSION, specVersion, clientId, operations } };
}

/** Reads a PullRequest from a body whose protocol was checked, or says precisely what is wrong. */
export function pullRequestShape(body: Record<string, unknown>): Shape<PullRequest> {
  const specVersion = text(body, 'specVersion', '', MAX_ID);
  if (specVersion instanceof ApiError) return fail(specVersion);
  const clientId = text(body, 'clientId', '', MAX_ID);
  if (clientId instanceof ApiError) return fail(clientId);
  let cursor: string | undefined;
  if (body.cursor !== undefined) {
    const got = text(body, 'cursor', '', MAX_ID);
    if (got instanceof ApiError) return fail(got);
    cursor = got;
  }
  let entities: string[] | undefined;
  if (body.entities !== undefined) {
    if (!Array.isArray(body.entities) || body.entities.length > 5000) {
      return fail(badRequest('"entities" must be a list of entity names.', '/entities'));
    }
    entities = [];
    for (let i = 0; i < body.entities.length; i++) {
      const name = body.entities[i];
      if (typeof name !== 'string' || name.length === 0 || name.length > MAX_ID) {
        return fail(
          badRequest(`Entity names are non-empty strings, not ${describe(name)}.`, `/entities/${i}`),
        );
      }
      entities.push(name);
    }
  }
  let limit: number | undefined;
  if (body.limit !== undefined) {
    if (typeof body.limit !== 'number' || !Number.isSafeInteger(body.limit) || body.limit < 1) {
      return fail(badRequest(`"limit" must be a whole number ≥ 1, not ${describe(body.limit)}.`, '/limit'));
    }
    limit = body.limit;
  }
  return {
    ok: true,
    value: {
      protocol: PROTOCOL_VERSION,
      specVersion,
      clientId,
      ...(cursor !== undefined ? { cursor } : {}),
      ...(entities !== undefined ? { entities } : {}),
      ...(limit !== undefined ? { limit } : {}),
    },
  };
}
