import {
  type ApiErrorCode,
  type AppList,
  type AuditChainCheck,
  type AuditEntry,
  type AuditList,
  conforms,
  type DevToken,
  type DevUserList,
  type Publication,
  type PublicationList,
  type PublishedSpec,
  type RegistryDiagnostic,
  type Review,
  type ReviewComment,
  type Sandbox,
  type SandboxEditAnswer,
  type SandboxEditRequest,
  type SandboxRecords,
  type SandboxTokenList,
  type SandboxUser,
  type SavedVersion,
  type Session,
  type SignInInfo,
  type Submission,
  type SubmissionList,
  type ValidationReport,
  type Version,
  type VersionList,
} from '../protocol';
import type { SyncSpec } from '../spec';
import { refusalOf } from './refusal';

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
  /** Base URL of the API: `/api` on the origin that serves the designer (the default), or `https://host/api`. */
  readonly baseUrl?: string;
  /** The bearer token, read before every call. */
  readonly token: () => string | undefined;
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Abort a call after this long (default 15 s). */
  readonly timeoutMs?: number;
}

/** Filters of the audit log (`GET /api/audit`). */
export interface AuditQuery {
  readonly appId?: string;
  readonly action?: string;
  readonly since?: string;
  readonly until?: string;
  readonly after?: number;
  readonly limit?: number;
}

/** Every registry call (docs/governance.md), as the designer and the CLI make them. */
export interface RegistryClient {
  /** `POST /specs/validate`: spec and policy findings, nothing saved. */
  validate(spec: unknown): Promise<RegistryResult<ValidationReport>>;
  /** `POST /apps/:appId/versions` with `appId` = the spec's `app.id`: saves a draft (or finds the same content). */
  saveDraft(spec: SyncSpec): Promise<RegistryResult<SavedVersion>>;
  /** `POST /apps/:appId/versions` with any body (the server checks it). */
  saveVersion(appId: string, spec: unknown): Promise<RegistryResult<SavedVersion>>;
  /** `GET /apps`. */
  apps(): Promise<RegistryResult<AppList>>;
  /** `GET /apps/:appId/versions`, newest first. */
  versions(appId: string): Promise<RegistryResult<VersionList>>;
  /** `GET /apps/:appId/versions/:hash`: the version with its spec and latest submission. */
  version(appId: string, hash: string): Promise<RegistryResult<Version>>;
  /** `POST /apps/:appId/versions/:hash/submit`. */
  submit(appId: string, hash: string): Promise<RegistryResult<Submission>>;
  /** `GET /apps/:appId/versions/:hash/review`: submission, semantic diff against published, warnings, comments. */
  review(appId: string, hash: string): Promise<RegistryResult<Review>>;
  /** `POST /apps/:appId/versions/:hash/comments`. */
  comment(appId: string, hash: string, body: string): Promise<RegistryResult<ReviewComment>>;
  /** `POST /apps/:appId/versions/:hash/approve`. */
  approve(appId: string, hash: string, comment?: string): Promise<RegistryResult<Submission>>;
  /** `POST /apps/:appId/versions/:hash/reject` (a reason is required). */
  reject(appId: string, hash: string, comment: string): Promise<RegistryResult<Submission>>;
  /** `POST /apps/:appId/versions/:hash/publish`. */
  publish(appId: string, hash: string): Promise<RegistryResult<Publication>>;
  /** `POST /apps/:appId/rollback`: publishes an earlier approved version again. */
  rollback(appId: string, hash: string): Promise<RegistryResult<Publication>>;
  /** `GET /apps/:appId/publications`, newest first. */
  publications(appId: string): Promise<RegistryResult<PublicationList>>;
  /** `GET /apps/:appId/published`: the spec devices get now (404 `not-found` before a first publication). */
  published(appId: string): Promise<RegistryResult<PublishedSpec>>;
  /** `GET /reviews?status=…`: the review queue. */
  reviews(status?: Submission['status']): Promise<RegistryResult<SubmissionList>>;
  /** `GET /audit`: audit records, oldest first. */
  audit(query?: AuditQuery): Promise<RegistryResult<AuditList>>;
  /**
   * `GET /audit/export`: every matching record (no page limit), read from the JSON lines the server
   * streams; each line is checked against `AuditEntry`.
   */
  exportAudit(
    query?: Omit<AuditQuery, 'limit'> & { readonly limit?: number },
  ): Promise<RegistryResult<AuditEntry[]>>;
  /**
   * `GET /dev/sign-in` (no token needed): the users a local server started with
   * `SYNCRAFT_DEV_TOKENS=1` signs tokens for; 404 `not-found` where dev sign-in is off.
   */
  devUsers(): Promise<RegistryResult<DevUserList>>;
  /** `POST /dev/sign-in` (no token needed, from the server's own machine only): a token for a dev user. */
  devSignIn(sub: string): Promise<RegistryResult<DevToken>>;
  /** `GET /sign-in` (no token needed): whether dev sign-in is on and where tokens come from. */
  signInInfo(): Promise<RegistryResult<SignInInfo>>;
  /** `GET /session`: who the token is and which registry actions its roles allow. */
  session(): Promise<RegistryResult<Session>>;
  /** `GET /audit/verify`: re-hashes the audit chain and names the first broken entry. */
  verifyAudit(): Promise<RegistryResult<AuditChainCheck>>;
  /**
   * `POST /sandboxes` (builder, admin): runs a draft spec on the server's sync endpoints for a while,
   * under its own `sandbox-…` app id, with device tokens for `users` (docs/server.md, "Simulator sandboxes").
   */
  createSandbox(spec: SyncSpec, users?: readonly SandboxUser[]): Promise<RegistryResult<Sandbox>>;
  /** `POST /sandboxes/:id/tokens`: device tokens for more simulated people. */
  sandboxTokens(id: string, users: readonly SandboxUser[]): Promise<RegistryResult<SandboxTokenList>>;
  /** `POST /sandboxes/:id/records`: writes or deletes a record as the server itself (seeding). */
  editSandbox(id: string, edit: SandboxEditRequest): Promise<RegistryResult<SandboxEditAnswer>>;
  /** `GET /sandboxes/:id/records`: every live record of the sandbox, by entity. */
  sandboxRecords(id: string): Promise<RegistryResult<SandboxRecords>>;
  /** `DELETE /sandboxes/:id`: deletes the sandbox and its data (answers `undefined`). */
  deleteSandbox(id: string): Promise<RegistryResult<undefined>>;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The registry's HTTP client, shared by the designer and the CLI. Every answer is checked against
 * its wire schema (`@syncraft/runtime/protocol`) before use; every failure (no server, 401/403/409/422,
 * a foreign answer) comes back as a {@link RegistryFailure}, never as an exception.
 *
 * @example
 * const registry = createRegistryClient({ baseUrl: 'https://syncraft.example.com/api', token: () => token });
 * const saved = await registry.saveDraft(spec);
 * if (saved.ok) await registry.submit(spec.app.id, saved.value.hash);
 */
export function createRegistryClient(options: RegistryClientOptions): RegistryClient {
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const path = (...parts: string[]) => parts.map((p) => `/${encodeURIComponent(p)}`).join('');
  const version = (appId: string, hash: string) => path('apps', appId, 'versions', hash);

  async function call<T>(
    method: 'GET' | 'POST' | 'DELETE',
    route: string,
    body: unknown,
    answer: string | undefined,
    how: { readonly lines?: boolean; readonly open?: boolean } = {},
  ): Promise<RegistryResult<T>> {
    const lines = how.lines === true;
    const token = options.token()?.trim();
    if (!token && !how.open) return { ok: false, failure: { kind: 'no-token' } } as const;
    const url = `${base}${route}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, {
        method,
        headers: {
          Accept: lines ? 'application/x-ndjson, application/json' : 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const message = controller.signal.aborted
        ? `no answer within ${Math.round(timeoutMs / 1000)} s`
        : (cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)));
      return { ok: false, failure: { kind: 'unreachable', url, message } } as const;
    } finally {
      clearTimeout(timer);
    }
    const type = response.headers.get('content-type') ?? '';
    // An answer with no body expected (DELETE's 204).
    if (answer === undefined && response.ok)
      return { ok: true, status: response.status, value: undefined as T };
    if (lines && response.ok && /\bx-ndjson\b/i.test(type))
      return checkedLines<T>(response.status, text, answer ?? '');
    let json: unknown;
    try {
      json = /\bjson\b/i.test(type) ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const refusal = refusalOf(response.status, json);
      return {
        ok: false,
        failure: refusal ?? { kind: 'not-a-server', url, status: response.status },
      } as const;
    }
    if (json === undefined)
      return { ok: false, failure: { kind: 'not-a-server', url, status: response.status } } as const;
    const checked = conforms(answer ?? '', json);
    if (!checked.ok) {
      const where = checked.pointer === '' ? 'the answer' : checked.pointer;
      const message = `${where}: ${checked.message}`;
      return { ok: false, failure: { kind: 'bad-answer', status: response.status, message } } as const;
    }
    return { ok: true, status: response.status, value: json as T } as const;
  }

  const get = <T>(route: string, answer: string): Promise<RegistryResult<T>> =>
    call<T>('GET', route, undefined, answer);
  const post = <T>(route: string, body: unknown, answer: string): Promise<RegistryResult<T>> =>
    call<T>('POST', route, body, answer);
  const query = (params: Readonly<Record<string, string | number | undefined>>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params))
      if (value !== undefined) search.set(key, String(value));
    const text = search.toString();
    return text === '' ? '' : `?${text}`;
  };

  const saveVersion = (appId: string, spec: unknown) =>
    post<SavedVersion>(path('apps', appId, 'versions'), spec, 'SavedVersion');
  return {
    validate: (spec) => post(path('specs', 'validate'), spec, 'ValidationReport'),
    saveDraft: (spec) => saveVersion(spec.app.id, spec),
    saveVersion,
    apps: () => get(path('apps'), 'AppList'),
    versions: (appId) => get(path('apps', appId, 'versions'), 'VersionList'),
    version: (appId, hash) => get(version(appId, hash), 'Version'),
    submit: (appId, hash) => post(`${version(appId, hash)}/submit`, undefined, 'Submission'),
    review: (appId, hash) => get(`${version(appId, hash)}/review`, 'Review'),
    comment: (appId, hash, body) => post(`${version(appId, hash)}/comments`, { body }, 'ReviewComment'),
    approve: (appId, hash, comment) =>
      post(`${version(appId, hash)}/approve`, comment === undefined ? {} : { comment }, 'Submission'),
    reject: (appId, hash, comment) => post(`${version(appId, hash)}/reject`, { comment }, 'Submission'),
    publish: (appId, hash) => post(`${version(appId, hash)}/publish`, undefined, 'Publication'),
    rollback: (appId, hash) => post(path('apps', appId, 'rollback'), { hash }, 'Publication'),
    publications: (appId) => get(path('apps', appId, 'publications'), 'PublicationList'),
    published: (appId) => get(path('apps', appId, 'published'), 'PublishedSpec'),
    reviews: (status) => get(`${path('reviews')}${query({ status })}`, 'SubmissionList'),
    audit: (q = {}) => get(`${path('audit')}${query({ ...q })}`, 'AuditList'),
    exportAudit: (q = {}) =>
      call<AuditEntry[]>('GET', `${path('audit', 'export')}${query({ ...q })}`, undefined, 'AuditEntry', {
        lines: true,
      }),
    session: () => get(path('session'), 'Session'),
    devUsers: () =>
      call<DevUserList>('GET', path('dev', 'sign-in'), undefined, 'DevUserList', { open: true }),
    signInInfo: () => call<SignInInfo>('GET', path('sign-in'), undefined, 'SignInInfo', { open: true }),
    devSignIn: (sub) => call<DevToken>('POST', path('dev', 'sign-in'), { sub }, 'DevToken', { open: true }),
    verifyAudit: () => get(path('audit', 'verify'), 'AuditChainCheck'),
    createSandbox: (spec, users) =>
      post(path('sandboxes'), users === undefined ? { spec } : { spec, users }, 'Sandbox'),
    sandboxTokens: (id, users) => post(`${path('sandboxes', id)}/tokens`, { users }, 'SandboxTokenList'),
    editSandbox: (id, edit) => post(`${path('sandboxes', id)}/records`, edit, 'SandboxEditAnswer'),
    sandboxRecords: (id) => get(`${path('sandboxes', id)}/records`, 'SandboxRecords'),
    deleteSandbox: (id) => call<undefined>('DELETE', path('sandboxes', id), undefined, undefined),
  };
}

/** JSON lines, each checked against `answer`; the first bad line names its number. */
function checkedLines<T>(status: number, text: string, answer: string): RegistryResult<T> {
  const items: unknown[] = [];
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!.trim();
    if (row === '') continue;
    let item: unknown;
    try {
      item = JSON.parse(row);
    } catch {
      return { ok: false, failure: { kind: 'bad-answer', status, message: `line ${i + 1} is not JSON` } };
    }
    const checked = conforms(answer, item);
    if (!checked.ok) {
      const message = `line ${i + 1}${checked.pointer}: ${checked.message}`;
      return { ok: false, failure: { kind: 'bad-answer', status, message } };
    }
    items.push(item);
  }
  return { ok: true, status, value: items as T };
}
