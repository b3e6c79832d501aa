import { isHlc, isValidNodeId } from '../merge/hlc';
import { FORBIDDEN_KEYS } from '../spec/document-guard';
import { pointer } from '../spec/pointer';
import { PROTOCOL_LIMITS } from './limits';
import {
  type ApiErrorBody,
  type ApiErrorCode,
  type Operation,
  PROTOCOL_VERSION,
  type PullRequest,
  type PushRequest,
  type QueueReport,
  type ReadRequest,
  type RecordValues,
  type SetEdit,
} from './types';

/** An HTTP-shaped refusal of a whole request: the status and the error body to send. */
export interface ApiFailure {
  readonly ok: false;
  readonly status: number;
  readonly body: ApiErrorBody;
}

/** A parsed request, or why it was refused. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | ApiFailure;

/** Builds an {@link ApiFailure}. */
export function apiFailure(
  status: number,
  code: ApiErrorCode,
  message: string,
  extra: { pointer?: string; hint?: string; publishedVersion?: string } = {},
): ApiFailure {
  return { ok: false, status, body: { error: { code, message, ...extra } } };
}

class ShapeError extends Error {
  constructor(
    readonly at: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, at: string, what: string, max: number): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    throw new ShapeError(at, `${what} must be text of 1–${max} characters.`);
  }
  return value;
}

function values(value: unknown, at: string): RecordValues {
  if (!isPlainObject(value)) throw new ShapeError(at, 'Expected an object of field values.');
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      throw new ShapeError(`${at}/${key}`, `The field name “${key}” is not allowed.`, 'Rename the field.');
    }
  }
  return value as RecordValues;
}

function operation(raw: unknown, at: string): Operation {
  if (!isPlainObject(raw)) throw new ShapeError(at, 'An operation must be an object.');
  const kind = raw.kind;
  if (kind !== 'upsert' && kind !== 'delete')
    throw new ShapeError(`${at}/kind`, 'kind must be "upsert" or "delete".');
  const baseVersion = raw.baseVersion;
  if (typeof baseVersion !== 'number' || !Number.isSafeInteger(baseVersion) || baseVersion < 0) {
    throw new ShapeError(`${at}/baseVersion`, 'baseVersion must be a whole number, 0 or more.');
  }
  if (!isHlc(raw.hlc)) {
    throw new ShapeError(
      `${at}/hlc`,
      'hlc must be a hybrid-logical-clock timestamp.',
      'Write <13-digit ms>-<6-digit counter>-<node id>, e.g. 1732252800000-000003-dev42.',
    );
  }
  const clientId = text(raw.clientId, `${at}/clientId`, 'clientId', PROTOCOL_LIMITS.maxClientIdLength);
  if (!isValidNodeId(clientId))
    throw new ShapeError(`${at}/clientId`, 'clientId must be printable ASCII without spaces.');
  const settles =
    raw.settles === undefined
      ? undefined
      : text(raw.settles, `${at}/settles`, 'settles (a conflict id)', PROTOCOL_LIMITS.maxConflictIdLength);
  if (settles !== undefined && kind !== 'upsert') {
    throw new ShapeError(`${at}/settles`, 'Only an upsert can settle a conflict.');
  }
  const sets = raw.sets === undefined ? undefined : setEdits(raw.sets, `${at}/sets`);
  return {
    id: text(raw.id, `${at}/id`, 'id', PROTOCOL_LIMITS.maxIdLength),
    entity: text(raw.entity, `${at}/entity`, 'entity', PROTOCOL_LIMITS.maxIdLength),
    key: text(raw.key, `${at}/key`, 'key', PROTOCOL_LIMITS.maxKeyLength),
    kind,
    changes: values(raw.changes ?? {}, `${at}/changes`),
    base: values(raw.base ?? {}, `${at}/base`),
    baseVersion,
    hlc: raw.hlc,
    clientId,
    ...(settles === undefined ? {} : { settles }),
    ...(sets === undefined ? {} : { sets }),
  };
}

function members(value: unknown, at: string): string[] {
  if (!Array.isArray(value) || value.some((m) => typeof m !== 'string')) {
    throw new ShapeError(at, 'Expected a list of strings (set members).');
  }
  return value as string[];
}

/** `{ <field>: { add: [...], remove: [...] } }`, with no member both added and removed. */
function setEdits(value: unknown, at: string): Record<string, SetEdit> {
  const fields = values(value, at);
  const out: Record<string, SetEdit> = {};
  for (const [field, raw] of Object.entries(fields)) {
    const where = `${at}/${field.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (!isPlainObject(raw))
      throw new ShapeError(where, 'A set edit must be { "add": [...], "remove": [...] }.');
    const add = members(raw.add ?? [], `${where}/add`);
    const remove = members(raw.remove ?? [], `${where}/remove`);
    const both = add.find((m) => remove.includes(m));
    if (both !== undefined) {
      throw new ShapeError(`${where}/remove`, `“${both}” is both added and removed; send one of them.`);
    }
    out[field] = { add, remove };
  }
  return out;
}

function header(body: unknown): Record<string, unknown> {
  if (!isPlainObject(body)) throw new ShapeError('', 'The request body must be a JSON object.');
  return body;
}

function protocolFailure(body: Record<string, unknown>): ApiFailure | undefined {
  if (body.protocol === PROTOCOL_VERSION) return undefined;
  return apiFailure(
    426,
    'protocol-unsupported',
    `This server speaks sync protocol ${PROTOCOL_VERSION}; the request says ${JSON.stringify(body.protocol ?? null)}.`,
    { pointer: '/protocol', hint: 'Update the app to a runtime that speaks this protocol version.' },
  );
}

/**
 * The part push and pull bodies share: an object with the protocol version (426 otherwise), the
 * device's spec version and client id; `rest` reads the remaining fields. Shape problems thrown
 * as {@link ShapeError} become a 400 with their pointer.
 */
function parseEnvelope<T>(
  body: unknown,
  rest: (b: Record<string, unknown>, specVersion: string, clientId: string) => T,
): Parsed<T> {
  if (isPlainObject(body)) {
    const failure = protocolFailure(body);
    if (failure) return failure;
  }
  try {
    const b = header(body);
    const specVersion = text(
      b.specVersion,
      '/specVersion',
      'specVersion',
      PROTOCOL_LIMITS.maxSpecVersionLength,
    );
    const clientId = text(b.clientId, '/clientId', 'clientId', PROTOCOL_LIMITS.maxClientIdLength);
    return { ok: true, value: rest(b, specVersion, clientId) };
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    return apiFailure(400, 'bad-request', error.message, {
      pointer: error.at,
      ...(error.hint === undefined ? {} : { hint: error.hint }),
    });
  }
}

/**
 * Checks the shape of a push body (already parsed from JSON) and returns a clean {@link PushRequest},
 * or a 400 `bad-request` naming the first problem by JSON pointer (426 `protocol-unsupported` for
 * another protocol version). Never throws. Values are checked against the spec later, per operation.
 */
export function parsePushRequest(body: unknown): Parsed<PushRequest> {
  return parseEnvelope(body, (b, specVersion, clientId) => {
    if (!Array.isArray(b.operations)) throw new ShapeError('/operations', 'operations must be a list.');
    if (b.operations.length > PROTOCOL_LIMITS.maxOperations) {
      throw new ShapeError(
        '/operations',
        `A push carries at most ${PROTOCOL_LIMITS.maxOperations} operations; this one has ${b.operations.length}.`,
        'Send the outbox in smaller batches.',
      );
    }
    const operations = b.operations.map((op, i) => operation(op, pointer('operations', i)));
    const request: PushRequest = { protocol: PROTOCOL_VERSION, specVersion, clientId, operations };
    return b.queue === undefined ? request : { ...request, queue: queueReport(b.queue) };
  });
}

/** The optional queue figures of a push: two counts, each a whole number, 0 or more. */
function queueReport(value: unknown): QueueReport {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ShapeError('/queue', 'queue must be an object with pending and deadLetters.');
  const v = value as Record<string, unknown>;
  const count = (name: 'pending' | 'deadLetters'): number => {
    const n = v[name];
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
      throw new ShapeError(`/queue/${name}`, `queue.${name} must be a whole number, 0 or more.`);
    return n;
  };
  return { pending: count('pending'), deadLetters: count('deadLetters') };
}

/** Checks the shape of a pull body, like {@link parsePushRequest}. Never throws. */
export function parsePullRequest(body: unknown): Parsed<PullRequest> {
  return parseEnvelope(body, (b, specVersion, clientId) => {
    let request: PullRequest = { protocol: PROTOCOL_VERSION, specVersion, clientId };
    if (b.cursor !== undefined && b.cursor !== null) {
      request = { ...request, cursor: text(b.cursor, '/cursor', 'cursor', PROTOCOL_LIMITS.maxCursorLength) };
    }
    if (b.entities !== undefined) {
      if (!Array.isArray(b.entities))
        throw new ShapeError('/entities', 'entities must be a list of entity names.');
      const entities = b.entities.map((e, i) =>
        text(e, pointer('entities', i), 'An entity name', PROTOCOL_LIMITS.maxEntityNameLength),
      );
      request = { ...request, entities };
    }
    if (b.limit !== undefined) {
      if (typeof b.limit !== 'number' || !Number.isSafeInteger(b.limit) || b.limit < 1) {
        throw new ShapeError('/limit', 'limit must be a whole number, 1 or more.');
      }
      request = { ...request, limit: b.limit };
    }
    if (b.openConflicts !== undefined) {
      if (!Array.isArray(b.openConflicts) || b.openConflicts.length > PROTOCOL_LIMITS.maxOpenConflicts) {
        throw new ShapeError(
          '/openConflicts',
          `openConflicts must be a list of at most ${PROTOCOL_LIMITS.maxOpenConflicts} conflict ids.`,
        );
      }
      const openConflicts = b.openConflicts.map((id, i) =>
        text(id, pointer('openConflicts', i), 'A conflict id', PROTOCOL_LIMITS.maxConflictIdLength),
      );
      request = { ...request, openConflicts };
    }
    if (b.subscriptions !== undefined) {
      if (!Array.isArray(b.subscriptions) || b.subscriptions.length > PROTOCOL_LIMITS.maxSubscriptions) {
        throw new ShapeError(
          '/subscriptions',
          `subscriptions must be a list of at most ${PROTOCOL_LIMITS.maxSubscriptions} open subscriptions.`,
        );
      }
      const subscriptions = b.subscriptions.map((raw, i) => {
        const at = pointer('subscriptions', i);
        if (!isPlainObject(raw))
          throw new ShapeError(at, 'A subscription must be an object { name, params }.');
        const name = text(raw.name, `${at}/name`, 'A subscription name', 64);
        const params = raw.params === undefined ? {} : values(raw.params, `${at}/params`);
        return { name, params };
      });
      request = { ...request, subscriptions };
    }
    return request;
  });
}

/** Checks the shape of a read body (`POST …/sync/read`), like {@link parsePushRequest}. Never throws. */
export function parseReadRequest(body: unknown): Parsed<ReadRequest> {
  return parseEnvelope(body, (b, specVersion, clientId) => {
    const entity = text(b.entity, '/entity', 'entity', PROTOCOL_LIMITS.maxEntityNameLength);
    let request: ReadRequest = { protocol: PROTOCOL_VERSION, specVersion, clientId, entity };
    if (b.keys !== undefined) {
      if (!Array.isArray(b.keys) || b.keys.length === 0 || b.keys.length > PROTOCOL_LIMITS.maxReadKeys) {
        throw new ShapeError(
          '/keys',
          `keys must be a list of 1–${PROTOCOL_LIMITS.maxReadKeys} record keys.`,
          'Read more records page by page: leave keys out and pass the answer’s cursor back.',
        );
      }
      const keys = b.keys.map((k, i) => text(k, pointer('keys', i), 'A key', PROTOCOL_LIMITS.maxKeyLength));
      request = { ...request, keys };
    }
    if (b.cursor !== undefined && b.cursor !== null) {
      if (request.keys) throw new ShapeError('/cursor', 'A read by keys has no pages; send keys or cursor.');
      request = { ...request, cursor: text(b.cursor, '/cursor', 'cursor', PROTOCOL_LIMITS.maxCursorLength) };
    }
    if (b.limit !== undefined) {
      if (typeof b.limit !== 'number' || !Number.isSafeInteger(b.limit) || b.limit < 1) {
        throw new ShapeError('/limit', 'limit must be a whole number, 1 or more.');
      }
      request = { ...request, limit: b.limit };
    }
    if (b.where !== undefined) request = { ...request, where: readFilter(b.where) };
    return request;
  });
}

const BOUNDS = new Set(['gt', 'gte', 'lt', 'lte']);

/**
 * Checks the shape of a read's `where` (field names are checked against the spec by the
 * authority, which knows the entity and what the caller may see).
 */
function readFilter(where: unknown): NonNullable<ReadRequest['where']> {
  const max = PROTOCOL_LIMITS.maxReadFilterFields;
  const fields = isPlainObject(where) ? Object.keys(where) : [];
  if (!isPlainObject(where) || fields.length === 0 || fields.length > max) {
    throw new ShapeError(
      '/where',
      `where must be an object of 1–${max} field conditions, such as { "status": "open" }.`,
    );
  }
  for (const field of fields) {
    const at = pointer('where', field);
    if (FORBIDDEN_KEYS.has(field)) throw new ShapeError(at, `“${field}” cannot be a field name.`);
    const condition = where[field];
    if (condition === null || ['string', 'number', 'boolean'].includes(typeof condition)) continue;
    const bounds = isPlainObject(condition) ? Object.keys(condition) : [];
    const unknown = bounds.find((b) => !BOUNDS.has(b));
    if (!isPlainObject(condition) || bounds.length === 0 || unknown !== undefined) {
      throw new ShapeError(
        unknown === undefined ? at : pointer('where', field, unknown),
        `A field condition is a value to equal, or bounds made of gt, gte, lt and lte${unknown === undefined ? '' : ` (not “${unknown}”)`}.`,
        'Write { "amount": { "gte": 100, "lt": 500 } } for a range, { "status": "open" } for a value.',
      );
    }
    for (const bound of bounds) {
      const value = condition[bound];
      if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
        throw new ShapeError(pointer('where', field, bound), `A bound must be text or a number.`);
      }
    }
  }
  return where as NonNullable<ReadRequest['where']>;
}
