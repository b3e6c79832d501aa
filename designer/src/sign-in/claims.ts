/** What a bearer token says about its holder, read without checking it (the server checks it). */
export interface TokenClaims {
  readonly subject: string | undefined;
  readonly roles: readonly string[];
  /** Expiry, epoch ms. */
  readonly expiresAt: number | undefined;
}

/**
 * Reads a JWT's payload to show who a pasted token is before it is sent; undefined when the text is
 * not a JWT. Nothing here is trusted: what the console may do comes from the server (`GET /api/session`).
 *
 * @example
 * peekClaims(token)?.roles; // ['reviewer']
 */
export function peekClaims(token: string): TokenClaims | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  let payload: unknown;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '=');
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    payload = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
  if (payload === null || typeof payload !== 'object') return undefined;
  const p = payload as Record<string, unknown>;
  return {
    subject: typeof p.sub === 'string' ? p.sub : undefined,
    roles: Array.isArray(p.roles) ? p.roles.filter((r): r is string => typeof r === 'string') : [],
    expiresAt: typeof p.exp === 'number' ? p.exp * 1000 : undefined,
  };
}
