import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRegistryClient, type RegistryFailure } from '@syncraft/runtime/registry';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { describeDiagnostic, describeFailure, policyNames } from '../../src/registry/explain';
import { sessionTokenStore, TOKEN_KEY } from '../../src/registry/token-store';

const spec = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../templates/field-service.json'), 'utf8'),
) as SyncSpec;

const HASH = '4be0c1a2f9d3'.padEnd(64, '0');

interface Recorded {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** A fetch that records each request and answers from a route table, as the documented server does. */
function fakeFetch(
  routes: Record<string, (body: unknown) => { status: number; body: unknown; type?: string }>,
) {
  const requests: Recorded[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const method = init?.method ?? 'GET';
    const url = String(input);
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    requests.push({ method, url, headers, body });
    const route = routes[`${method} ${url}`];
    if (!route)
      return new Response('<!doctype html><title>Not found</title>', {
        status: 404,
        headers: { 'content-type': 'text/html' },
      });
    const answer = route(body);
    return new Response(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': answer.type ?? 'application/json; charset=utf-8' },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

const version = {
  appId: 'field-service',
  hash: HASH,
  appVersion: '1.0.0',
  status: 'draft',
  published: false,
  createdAt: '2026-11-22T09:12:03.120Z',
  createdBy: 'dev-builder',
  statusChangedAt: '2026-11-22T09:12:03.120Z',
  sizeBytes: 5120,
};

const retentionWarning = {
  code: 'POLICY',
  severity: 'warning',
  pointer: '/entities/0/offline',
  policy: 'retention-90-days',
  message: 'Entity Site keeps records on the device with no retention limit.',
  hint: 'Set offline.retention to 90d or less.',
};

const client = (fetch: typeof globalThis.fetch, token: string | undefined = 'tok-1') =>
  createRegistryClient({ fetch, token: () => token });

function failureOf<T>(
  result: { ok: true; value: T } | { ok: false; failure: RegistryFailure },
): RegistryFailure {
  if (result.ok) throw new Error('expected a failure');
  return result.failure;
}

describe('registry client', () => {
  it('validates on the server with the bearer token and reads the findings', async () => {
    const { fetch, requests } = fakeFetch({
      'POST /api/specs/validate': () => ({
        status: 200,
        body: { valid: true, diagnostics: [retentionWarning] },
      }),
    });
    const result = await client(fetch).validate(spec);
    expect(result).toEqual({
      ok: true,
      status: 200,
      value: { valid: true, diagnostics: [retentionWarning] },
    });
    expect(requests[0]?.headers.authorization).toBe('Bearer tok-1');
    expect(requests[0]?.headers['content-type']).toBe('application/json');
    expect(requests[0]?.body).toEqual(spec);
  });

  it('saves a draft under the spec’s app id and returns its hash and state', async () => {
    const { fetch, requests } = fakeFetch({
      'POST /api/apps/field-service/versions': () => ({
        status: 201,
        body: { ...version, created: true, diagnostics: [retentionWarning] },
      }),
    });
    const result = await client(fetch).saveDraft(spec);
    expect(result.ok && result.value).toMatchObject({ hash: HASH, status: 'draft', created: true });
    expect(result.ok && result.status).toBe(201);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/apps/field-service/versions']);
  });

  it('submits a version for review and reads the submission with its warnings', async () => {
    const { fetch, requests } = fakeFetch({
      [`POST /api/apps/field-service/versions/${HASH}/submit`]: () => ({
        status: 201,
        body: {
          id: 'sub-1',
          appId: 'field-service',
          hash: HASH,
          round: 1,
          status: 'pending',
          submittedBy: 'dev-builder',
          submittedAt: '2026-11-22T09:13:00.000Z',
          warnings: [retentionWarning],
          decidedBy: null,
          decidedAt: null,
          decisionComment: null,
        },
      }),
    });
    const result = await client(fetch).submit('field-service', HASH);
    expect(result.ok && result.value).toMatchObject({
      status: 'pending',
      round: 1,
      warnings: [retentionWarning],
    });
    expect(requests[0]?.body).toBeUndefined();
    expect(requests[0]?.headers['content-type']).toBeUndefined();
  });

  it('reads the review page with the semantic diff against the published version', async () => {
    const change = {
      kind: 'strategy-changed',
      pointer: '/entities/1/fields/5/conflict',
      summary: 'Job.status conflict rule: enum-precedence → last-writer-wins',
      risk: 'high',
      breaking: false,
    };
    const { fetch } = fakeFetch({
      [`GET /api/apps/field-service/versions/${HASH}/review`]: () => ({
        status: 200,
        body: {
          version: { ...version, status: 'pending' },
          submission: null,
          published: { hash: 'a'.repeat(64), appVersion: '0.9.0' },
          diff: {
            changes: [change],
            summary: { against: 'a'.repeat(64), changes: 1, breaking: 0, highRisk: 1 },
          },
          warnings: [],
          comments: [
            {
              id: 'c1',
              author: 'dev-reviewer',
              body: 'Why?',
              createdAt: '2026-11-22T10:00:00Z',
              submissionId: null,
            },
          ],
        },
      }),
    });
    const result = await client(fetch).review('field-service', HASH);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.diff.changes[0]?.summary).toBe(change.summary);
    expect(result.value.diff.summary).toEqual({
      against: 'a'.repeat(64),
      changes: 1,
      breaking: 0,
      highRisk: 1,
    });
    expect(result.value.published?.appVersion).toBe('0.9.0');
    expect(result.value.comments[0]?.body).toBe('Why?');
  });

  it('sends nothing without a token and says a token is needed', async () => {
    const { fetch, requests } = fakeFetch({});
    const failure = failureOf(await client(fetch, '  ').validate(spec));
    expect(failure).toEqual({ kind: 'no-token' });
    expect(requests).toEqual([]);
    expect(describeFailure(failure).title).toBe('An access token is needed');
  });

  it('explains a 401 with the server’s words', async () => {
    const { fetch } = fakeFetch({
      'POST /api/specs/validate': () => ({
        status: 401,
        body: {
          error: { code: 'unauthenticated', message: 'The token has expired.', hint: 'Log in again.' },
        },
      }),
    });
    const failure = failureOf(await client(fetch).validate(spec));
    expect(failure).toMatchObject({ kind: 'refused', status: 401, code: 'unauthenticated' });
    expect(describeFailure(failure)).toEqual({
      title: 'The server did not accept your token',
      detail: 'The token has expired.',
      hint: 'Log in again.',
    });
  });

  it('explains a 403 for a role that may not submit', async () => {
    const { fetch } = fakeFetch({
      [`POST /api/apps/field-service/versions/${HASH}/submit`]: () => ({
        status: 403,
        body: {
          error: {
            code: 'forbidden',
            message: 'Submitting needs the role builder or admin; you have reviewer.',
          },
        },
      }),
    });
    const failure = failureOf(await client(fetch).submit('field-service', HASH));
    expect(describeFailure(failure).title).toBe('Your role may not do this');
    expect(describeFailure(failure).detail).toContain('needs the role builder');
  });

  it('explains a 409 for a version in the wrong state', async () => {
    const { fetch } = fakeFetch({
      [`POST /api/apps/field-service/versions/${HASH}/submit`]: () => ({
        status: 409,
        body: {
          error: {
            code: 'conflict',
            message: 'The version is pending; only a draft or rejected version can be submitted.',
          },
        },
      }),
    });
    const explained = describeFailure(failureOf(await client(fetch).submit('field-service', HASH)));
    expect(explained.title).toBe('Not possible in the version’s current state');
  });

  it('lists the broken policies by name on a 422 policy violation', async () => {
    const violation = {
      code: 'POLICY',
      severity: 'error',
      pointer: '/entities/1/conflict/strategy',
      policy: 'no-client-wins-on-critical',
      message: 'The entity Job uses “client-wins” on a critical-priority entity.',
      hint: 'Choose a strategy other than client-wins (for example server-wins or manual).',
    };
    const { fetch } = fakeFetch({
      [`POST /api/apps/field-service/versions/${HASH}/submit`]: () => ({
        status: 422,
        body: {
          error: {
            code: 'policy-violation',
            message: "The spec breaks the organisation's policies: no-client-wins-on-critical.",
            diagnostics: [violation, retentionWarning],
          },
        },
      }),
    });
    const failure = failureOf(await client(fetch).submit('field-service', HASH));
    expect(failure.kind === 'refused' && policyNames(failure.diagnostics)).toEqual([
      'no-client-wins-on-critical',
      'retention-90-days',
    ]);
    // The title names the blocking policy; the warning stays in the findings.
    expect(describeFailure(failure).title).toBe(
      'The spec breaks the organisation’s policies: no-client-wins-on-critical',
    );
    expect(failure.kind === 'refused' && describeDiagnostic(failure.diagnostics[0]!)).toBe(
      'Policy “no-client-wins-on-critical” (error) at /entities/1/conflict/strategy: The entity Job uses “client-wins” on a critical-priority entity. — Choose a strategy other than client-wins (for example server-wins or manual).',
    );
  });

  it('reports spec errors of a 422 invalid-spec with their catalogue codes', async () => {
    const { fetch } = fakeFetch({
      [`POST /api/apps/field-service/versions/${HASH}/submit`]: () => ({
        status: 422,
        body: {
          error: {
            code: 'invalid-spec',
            message: 'The spec has 1 error.',
            diagnostics: [
              {
                code: 'SPEC116',
                severity: 'error',
                pointer: '/entities/1/fields/5/default',
                message: 'The default is not one of the values.',
                hint: 'Pick one of the values.',
              },
            ],
          },
        },
      }),
    });
    const failure = failureOf(await client(fetch).submit('field-service', HASH));
    expect(describeFailure(failure).title).toBe('The server found errors in the spec');
    expect(failure.kind === 'refused' && failure.diagnostics.map((d) => describeDiagnostic(d))).toEqual([
      'Default value not allowed (SPEC116, error) at /entities/1/fields/5/default: The default is not one of the values. — Pick one of the values.',
    ]);
    // Given the spec, the place reads as a person finds it in the drawing.
    expect(failure.kind === 'refused' && describeDiagnostic(failure.diagnostics[0]!, spec)).toBe(
      'Default value not allowed (SPEC116, error) at entity “Job” › field “status” › default: The default is not one of the values. — Pick one of the values.',
    );
  });

  it('says the designer is not served by a Syncraft server when /api answers with a web page', async () => {
    const { fetch } = fakeFetch({});
    const failure = failureOf(await client(fetch).validate(spec));
    expect(failure).toEqual({ kind: 'not-a-server', url: '/api/specs/validate', status: 404 });
    expect(describeFailure(failure).title).toBe('This designer is not served by a Syncraft server');
  });

  it('says the server is unreachable when the request fails, without throwing', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const failure = failureOf(await client(fetch).saveDraft(spec));
    expect(failure).toEqual({
      kind: 'unreachable',
      url: '/api/apps/field-service/versions',
      message: 'Failed to fetch',
    });
    expect(describeFailure(failure).title).toBe('The Syncraft server could not be reached');
  });

  it('gives up after the time limit and says so', async () => {
    const fetch = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof globalThis.fetch;
    const registry = createRegistryClient({ fetch, token: () => 't', timeoutMs: 1 });
    const failure = failureOf(await registry.validate(spec));
    expect(failure).toMatchObject({ kind: 'unreachable', message: 'no answer within 0 s' });
  });

  it('reports an answer of another shape instead of trusting it', async () => {
    const { fetch } = fakeFetch({
      'POST /api/apps/field-service/versions': () => ({
        status: 201,
        body: { ...version, status: 'shipped', created: true, diagnostics: [] },
      }),
    });
    const failure = failureOf(await client(fetch).saveDraft(spec));
    expect(failure).toEqual({
      kind: 'bad-answer',
      status: 201,
      message: '/status: expected one of "draft", "pending", "approved", "rejected"',
    });
    const { fetch: partial } = fakeFetch({
      'POST /api/apps/field-service/versions': () => ({ status: 201, body: { hash: HASH, status: 'draft' } }),
    });
    expect(failureOf(await client(partial).saveDraft(spec))).toMatchObject({
      kind: 'bad-answer',
      message: 'the answer: missing "appId"',
    });
  });

  it('keeps the token in session storage only, and forgets it', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    const tokens = sessionTokenStore(storage);
    expect(tokens.get()).toBeUndefined();
    tokens.set('secret');
    expect(data.get(TOKEN_KEY)).toBe('secret');
    expect(tokens.get()).toBe('secret');
    tokens.clear();
    expect(data.size).toBe(0);
    expect(tokens.get()).toBeUndefined();
  });
});
