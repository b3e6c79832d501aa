import type { ApiErrorCode } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import {
  errorDiagnostics,
  type Parsed,
  parseApiError,
  parseReview,
  parseSave,
  parseSubmission,
  parseValidate,
  parseVersion,
} from './parse';
import type {
  RegistryDiagnostic,
  ReviewAnswer,
  SaveAnswer,
  Submission,
  ValidateAnswer,
  VersionSummary,
} from './types';

/** Why a registry call did not give an answer to use. Discriminated by `kind`. */
export type RegistryFailure =
  /** No token was given: nothing was sent. */
  | { readonly kind: 'no-token' }
  /** The request never got an answer: no server, network down, or the time limit passed. */
  | { readonly kind: 'unreachable'; readonly url: string; readonly message: string }
  /** Something answered, but not the Syncraft API (e.g. a static file server's 404 page). */
  | { readonly kind: 'not-a-server'; readonly url: string; readonly status: number }
  /** The server refused the call with an `ApiErrorBody`. */
  | {
      readonly kind: 'refused';
      readonly status: number;
      readonly code: ApiErrorCode;
      readonly message: string;
      readonly pointer: string | undefined;
      readonly hint: string | undefined;
      readonly diagnostics: readonly RegistryDiagnostic[];
    }
  /** The server answered 2xx with JSON of another shape (an older or newer server). */
  | { readonly kind: 'bad-answer'; readonly status: number; readonly message: string };

/** The outcome of a registry call: never thrown, always answered. */
export type RegistryResult<T> =
  | { readonly ok: true; readonly status: number; readonly value: T }
  | { readonly ok: false; readonly failure: RegistryFailure };

/** How to reach the registry. */
export interface RegistryClientOptions {
  /** Base URL of the API; default `/api` on the origin that serves the designer. */
  readonly baseUrl?: string;
  /** The bearer token, read before every call. */
  readonly token: () => string | undefined;
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Abort a call after this long (default 15 s). */
  readonly timeoutMs?: number;
}

/** The registry calls the designer makes (docs/governance.md). */
export interface RegistryClient {
  /** `POST /specs/validate`: spec and policy findings, nothing saved. */
  validate(spec: SyncSpec): Promise<RegistryResult<ValidateAnswer>>;
  /** `POST /apps/:appId/versions` with `appId` = the spec's `app.id`: saves a draft (or finds the same content). */
  saveDraft(spec: SyncSpec): Promise<RegistryResult<SaveAnswer>>;
  /** `POST /apps/:appId/versions/:hash/submit`. */
  submit(appId: string, hash: string): Promise<RegistryResult<Submission>>;
  /** `GET /apps/:appId/versions/:hash`: the version's current state. */
  version(appId: string, hash: string): Promise<RegistryResult<VersionSummary>>;
  /** `GET /apps/:appId/versions/:hash/review`: submission, semantic diff against published, warnings, comments. */
  review(appId: string, hash: string): Promise<RegistryResult<ReviewAnswer>>;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * A registry client over `fetch`. Every answer is checked before use; every failure (no server,
 * 401/403/409/422, a foreign answer) comes back as a {@link RegistryFailure}, never as an exception.
 *
 * @example
 * const registry = createRegistryClient({ token: () => tokens.get() });
 * const saved = await registry.saveDraft(spec);
 * if (saved.ok) await registry.submit(spec.app.id, saved.value.hash);
 * else show(describeFailure(saved.failure));
 */
export function createRegistryClient(options: RegistryClientOptions): RegistryClient {
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const versionPath = (appId: string, hash: string) =>
    `/apps/${encodeURIComponent(appId)}/versions/${encodeURIComponent(hash)}`;

  async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    parse: (body: unknown) => Parsed<T>,
  ): Promise<RegistryResult<T>> {
    const token = options.token()?.trim();
    if (!token) return { ok: false, failure: { kind: 'no-token' } };
    const url = `${base}${path}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, {
        method,
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      const message = controller.signal.aborted
        ? `no answer within ${Math.round(timeoutMs / 1000)} s`
        : error instanceof Error
          ? error.message
          : String(error);
      return { ok: false, failure: { kind: 'unreachable', url, message } };
    } finally {
      clearTimeout(timer);
    }
    let json: unknown;
    const isJson = /\bjson\b/i.test(response.headers.get('content-type') ?? '');
    try {
      json = isJson ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const error = parseApiError(json);
      if (!error) return { ok: false, failure: { kind: 'not-a-server', url, status: response.status } };
      return {
        ok: false,
        failure: {
          kind: 'refused',
          status: response.status,
          code: error.code,
          message: error.message,
          pointer: error.pointer,
          hint: error.hint,
          diagnostics: errorDiagnostics(error),
        },
      };
    }
    if (json === undefined)
      return { ok: false, failure: { kind: 'not-a-server', url, status: response.status } };
    const parsed = parse(json);
    if (!parsed.ok)
      return { ok: false, failure: { kind: 'bad-answer', status: response.status, message: parsed.message } };
    return { ok: true, status: response.status, value: parsed.value };
  }

  return {
    validate: (spec) => call('POST', '/specs/validate', spec, parseValidate),
    saveDraft: (spec) => call('POST', `/apps/${encodeURIComponent(spec.app.id)}/versions`, spec, parseSave),
    submit: (appId, hash) => call('POST', `${versionPath(appId, hash)}/submit`, undefined, parseSubmission),
    version: (appId, hash) => call('GET', versionPath(appId, hash), undefined, parseVersion),
    review: (appId, hash) => call('GET', `${versionPath(appId, hash)}/review`, undefined, parseReview),
  };
}
