import { API_ERROR_CODES, type ApiErrorBody, type ApiErrorCode } from '@syncraft/runtime/protocol';
import type { SpecChange } from '@syncraft/runtime/spec';
import type {
  RegistryDiagnostic,
  ReviewAnswer,
  ReviewComment,
  SaveAnswer,
  Submission,
  ValidateAnswer,
  VersionStatus,
  VersionSummary,
} from './types';

/**
 * Checks of the registry's JSON answers: each returns the typed value, or a message naming the
 * first thing that does not fit (so a proxy's HTML page or an old server is reported, not crashed on).
 */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

type Obj = Readonly<Record<string, unknown>>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Obj, k: string): string | undefined =>
  typeof o[k] === 'string' ? (o[k] as string) : undefined;

class Shape extends Error {}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Shape(`the answer has no ${what}`);
  return value;
}

function obj(v: unknown, what: string): Obj {
  if (!isObj(v)) throw new Shape(`${what} is not an object`);
  return v;
}

function list(v: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(v)) throw new Shape(`${what} is not a list`);
  return v;
}

const STATUSES: readonly VersionStatus[] = ['draft', 'pending', 'approved', 'rejected'];

function diagnostic(v: unknown, i: number): RegistryDiagnostic {
  const o = obj(v, `diagnostic ${i}`);
  const code = need(str(o, 'code'), `code in diagnostic ${i}`);
  const severity = need(str(o, 'severity'), `severity in diagnostic ${i}`);
  const base = {
    pointer: str(o, 'pointer') ?? '',
    message: need(str(o, 'message'), `message in diagnostic ${i}`),
    hint: str(o, 'hint') ?? '',
  };
  if (code === 'POLICY') {
    if (severity !== 'error' && severity !== 'warning')
      throw new Shape(`diagnostic ${i} has severity ${severity}`);
    return { ...base, code, severity, policy: need(str(o, 'policy'), `policy name in diagnostic ${i}`) };
  }
  return { ...base, code, severity } as RegistryDiagnostic;
}

function diagnostics(v: unknown, what: string): RegistryDiagnostic[] {
  return list(v ?? [], what).map(diagnostic);
}

function summary(v: unknown): VersionSummary {
  const o = obj(v, 'the version');
  const status = need(str(o, 'status'), 'status');
  if (!(STATUSES as readonly string[]).includes(status))
    throw new Shape(`the version status “${status}” is unknown`);
  return {
    appId: need(str(o, 'appId'), 'appId'),
    hash: need(str(o, 'hash'), 'hash'),
    appVersion: need(str(o, 'appVersion'), 'appVersion'),
    status: status as VersionStatus,
    published: o.published === true,
    createdAt: str(o, 'createdAt') ?? '',
    createdBy: str(o, 'createdBy') ?? '',
  };
}

function submission(v: unknown): Submission {
  const o = obj(v, 'the submission');
  const status = need(str(o, 'status'), 'submission status');
  if (status !== 'pending' && status !== 'approved' && status !== 'rejected')
    throw new Shape(`the submission status “${status}” is unknown`);
  return {
    id: need(str(o, 'id'), 'submission id'),
    round: typeof o.round === 'number' ? o.round : 1,
    status,
    submittedBy: str(o, 'submittedBy') ?? '',
    submittedAt: str(o, 'submittedAt') ?? '',
    warnings: diagnostics(o.warnings, 'the warnings'),
    decidedBy: str(o, 'decidedBy') ?? null,
    decisionComment: str(o, 'decisionComment') ?? null,
  };
}

function change(v: unknown, i: number): SpecChange {
  const o = obj(v, `change ${i}`);
  need(str(o, 'kind'), `kind of change ${i}`);
  need(str(o, 'summary'), `summary of change ${i}`);
  const risk = str(o, 'risk');
  if (risk !== 'low' && risk !== 'medium' && risk !== 'high') throw new Shape(`change ${i} has no risk`);
  // The rest of a change is the spec module's own type; the fields shown are checked above.
  return o as unknown as SpecChange;
}

function comment(v: unknown, i: number): ReviewComment {
  const o = obj(v, `comment ${i}`);
  return {
    id: need(str(o, 'id'), `id of comment ${i}`),
    author: str(o, 'author') ?? '',
    body: str(o, 'body') ?? '',
    createdAt: str(o, 'createdAt') ?? '',
  };
}

function attempt<T>(read: () => T): Parsed<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof Shape) return { ok: false, message: error.message };
    throw error;
  }
}

/** `POST /api/specs/validate`. */
export function parseValidate(body: unknown): Parsed<ValidateAnswer> {
  return attempt(() => {
    const o = obj(body, 'the answer');
    if (typeof o.valid !== 'boolean') throw new Shape('the answer has no “valid”');
    return { valid: o.valid, diagnostics: diagnostics(o.diagnostics, 'the diagnostics') };
  });
}

/** `POST /api/apps/:appId/versions`. */
export function parseSave(body: unknown): Parsed<SaveAnswer> {
  return attempt(() => {
    const o = obj(body, 'the answer');
    return {
      ...summary(o),
      created: o.created === true,
      diagnostics: diagnostics(o.diagnostics, 'the diagnostics'),
    };
  });
}

/** `POST …/versions/:hash/submit`. */
export function parseSubmission(body: unknown): Parsed<Submission> {
  return attempt(() => submission(body));
}

/** `GET …/versions/:hash`: the version (its spec is not needed here). */
export function parseVersion(body: unknown): Parsed<VersionSummary> {
  return attempt(() => summary(body));
}

/** `GET …/versions/:hash/review`. */
export function parseReview(body: unknown): Parsed<ReviewAnswer> {
  return attempt(() => {
    const o = obj(body, 'the answer');
    const d = obj(o.diff, 'the diff');
    const s = obj(d.summary, 'the diff summary');
    const published =
      o.published === null || o.published === undefined ? null : obj(o.published, 'published');
    return {
      version: summary(o.version),
      submission: o.submission === null || o.submission === undefined ? null : submission(o.submission),
      published: published
        ? {
            hash: need(str(published, 'hash'), 'published hash'),
            appVersion: str(published, 'appVersion') ?? null,
          }
        : null,
      diff: {
        changes: list(d.changes, 'the changes').map(change),
        summary: {
          changes: typeof s.changes === 'number' ? s.changes : 0,
          breaking: typeof s.breaking === 'number' ? s.breaking : 0,
          highRisk: typeof s.highRisk === 'number' ? s.highRisk : 0,
        },
      },
      warnings: diagnostics(o.warnings, 'the warnings'),
      comments: list(o.comments ?? [], 'the comments').map(comment),
    };
  });
}

/** An `ApiErrorBody`, or undefined when the body is something else (an HTML page, another API). */
export function parseApiError(body: unknown): ApiErrorBody['error'] | undefined {
  if (!isObj(body) || !isObj(body.error)) return undefined;
  const e = body.error;
  const code = str(e, 'code');
  const message = str(e, 'message');
  if (code === undefined || message === undefined || !(API_ERROR_CODES as readonly string[]).includes(code))
    return undefined;
  const pointer = str(e, 'pointer');
  const hint = str(e, 'hint');
  const diagnostics: unknown = e.diagnostics;
  return {
    code: code as ApiErrorCode,
    message,
    ...(pointer !== undefined ? { pointer } : {}),
    ...(hint !== undefined ? { hint } : {}),
    ...(Array.isArray(diagnostics) ? { diagnostics: diagnostics as readonly unknown[] } : {}),
  };
}

/** The diagnostics an error answer carries (`invalid-spec`, `policy-violation`), checked. */
export function errorDiagnostics(error: ApiErrorBody['error']): RegistryDiagnostic[] {
  const parsed = attempt(() => diagnostics(error.diagnostics ?? [], 'the diagnostics'));
  return parsed.ok ? parsed.value : [];
}
