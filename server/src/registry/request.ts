import type { AuditQuery } from './audit';
import { isContentHash } from './canonical';
import { ApiError } from './errors';
import { AUDIT_ACTIONS, type AuditAction, type SubmissionStatus } from './tables';

/** Longest comment accepted, in characters. */
export const MAX_COMMENT_LENGTH = 10_000;
/** Most audit records one `GET /api/audit` returns. */
export const MAX_AUDIT_LIMIT = 1000;

function bodyObject(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiError(400, 'bad-request', 'The body must be a JSON object.', {
      pointer: '',
      hint: 'Send e.g. {"comment": "..."} with "Content-Type: application/json".',
    });
  }
  return body as Record<string, unknown>;
}

/** Reads a text property of the body: trimmed, 1 to {@link MAX_COMMENT_LENGTH} characters. */
export function requireText(
  body: unknown,
  key: string,
  options: { readonly required: boolean },
): string | undefined {
  const value = bodyObject(body)[key];
  if (value === undefined && !options.required) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_COMMENT_LENGTH) {
    throw new ApiError(
      400,
      'bad-request',
      value === undefined
        ? `"${key}" is required.`
        : `"${key}" must be text of 1 to ${MAX_COMMENT_LENGTH} characters.`,
      { pointer: `/${key}`, hint: `Send {"${key}": "why"}.` },
    );
  }
  return value.trim();
}

/** Reads `{ "hash": "<64 hex>" }`. */
export function requireHash(body: unknown): string {
  const hash = bodyObject(body).hash;
  if (typeof hash !== 'string' || !isContentHash(hash)) {
    throw new ApiError(400, 'bad-request', '"hash" must be a version hash (64 lower-case hex digits).', {
      pointer: '/hash',
      hint: 'List the versions with GET /api/apps/{appId}/versions.',
    });
  }
  return hash;
}

type Query = Record<string, unknown>;

function single(query: Query, key: string): string | undefined {
  const value = query[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new ApiError(400, 'bad-request', `The query parameter "${key}" must appear once, as text.`, {
      hint: `Write ?${key}=value once.`,
    });
  }
  return value;
}

/** `?status=pending|approved|rejected`, pending by default. */
export function parseReviewStatus(query: Query): SubmissionStatus {
  const status = single(query, 'status') ?? 'pending';
  if (status !== 'pending' && status !== 'approved' && status !== 'rejected') {
    throw new ApiError(400, 'bad-request', `Unknown review status "${status}".`, {
      hint: 'Use status=pending, approved or rejected.',
    });
  }
  return status;
}

function timestamp(query: Query, key: string): string | undefined {
  const value = single(query, key);
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new ApiError(400, 'bad-request', `The query parameter "${key}" is not a date: "${value}".`, {
      hint: `Write an ISO 8601 time, e.g. ${key}=2026-01-31T00:00:00Z.`,
    });
  }
  return new Date(ms).toISOString();
}

function positive(query: Query, key: string, max: number): number | undefined {
  const value = single(query, key);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) {
    throw new ApiError(
      400,
      'bad-request',
      `The query parameter "${key}" must be a whole number from 1 to ${max}.`,
      {
        hint: `For example ${key}=100.`,
      },
    );
  }
  return n;
}

/** How many records an audit route returns: by default, and at most. */
export interface AuditLimits {
  readonly defaultLimit: number;
  readonly maxLimit: number;
}

/** `GET /api/audit`: 100 records unless asked, at most {@link MAX_AUDIT_LIMIT}. */
export const AUDIT_PAGE: AuditLimits = { defaultLimit: 100, maxLimit: MAX_AUDIT_LIMIT };
/** `GET /api/audit/export`: everything that matches unless a limit is given. */
export const AUDIT_EXPORT: AuditLimits = {
  defaultLimit: Number.MAX_SAFE_INTEGER,
  maxLimit: Number.MAX_SAFE_INTEGER,
};

/** `?appId=&action=&since=&until=&limit=&after=` of the audit routes. */
export function parseAuditQuery(query: Query, limits: AuditLimits): AuditQuery {
  const action = single(query, 'action');
  if (action !== undefined && !(AUDIT_ACTIONS as readonly string[]).includes(action)) {
    throw new ApiError(400, 'bad-request', `Unknown audit action "${action}".`, {
      hint: `Use one of: ${AUDIT_ACTIONS.join(', ')}.`,
    });
  }
  const appId = single(query, 'appId');
  const since = timestamp(query, 'since');
  const until = timestamp(query, 'until');
  const afterId = positive(query, 'after', Number.MAX_SAFE_INTEGER);
  const limit = positive(query, 'limit', limits.maxLimit);
  return {
    limit: limit ?? limits.defaultLimit,
    ...(appId !== undefined ? { appId } : {}),
    ...(action !== undefined ? { action: action as AuditAction } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
    ...(afterId !== undefined ? { afterId } : {}),
  };
}
