import type { ApiErrorBody } from '../../protocol';
import type { RegistryLogin } from './registry-config';

/** The outcome of one registry call: the JSON answer, or the server's refusal. */
export type RegistryAnswer<T> =
  | { readonly ok: true; readonly status: number; readonly body: T; readonly etag: string | null }
  | { readonly ok: false; readonly status: number; readonly error: ApiErrorBody['error'] };

/**
 * Calls the registry's HTTP API with the stored bearer token. Answers the server's refusal as a
 * value (never throws for a 4xx/5xx); a server that cannot be reached is answered as status 0.
 */
export async function callRegistry<T>(
  login: RegistryLogin,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<RegistryAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(`${login.server}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${login.token}`,
        Accept: 'application/json',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      ok: false,
      status: 0,
      error: {
        code: 'unavailable',
        message: `cannot reach ${login.server}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
        hint: 'Check the server URL (syncraft login --server) and that the server is running.',
      },
    };
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (response.ok)
    return { ok: true, status: response.status, body: parsed as T, etag: response.headers.get('etag') };
  const error = (parsed as Partial<ApiErrorBody> | undefined)?.error;
  return {
    ok: false,
    status: response.status,
    error: error ?? {
      code: 'unavailable',
      message: `the server answered ${response.status} ${response.statusText}`,
    },
  };
}

/** A refusal as lines for stderr: code, message, pointer, hint and any diagnostics. */
export function formatRefusal(status: number, error: ApiErrorBody['error']): string {
  const lines = [`syncraft: ${status > 0 ? `${status} ` : ''}${error.code}: ${error.message}`];
  if (error.pointer !== undefined && error.pointer !== '') lines.push(`  at ${error.pointer}`);
  if (error.hint) lines.push(`  hint: ${error.hint}`);
  lines.push(...diagnosticLines(error.diagnostics ?? []));
  return `${lines.join('\n')}\n`;
}

/** Spec and policy diagnostics from the server, two indented lines each (finding, then hint). */
export function diagnosticLines(diagnostics: readonly unknown[]): string[] {
  return diagnostics.flatMap((d) => {
    const diag = d as { code?: string; severity?: string; pointer?: string; message?: string; hint?: string };
    const line = `  ${diag.pointer || '(spec)'}  ${diag.code ?? ''} ${diag.severity ?? ''}  ${diag.message ?? ''}`;
    return diag.hint ? [line, `      ${diag.hint}`] : [line];
  });
}
