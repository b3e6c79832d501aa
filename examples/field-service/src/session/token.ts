import type { SyncUser } from '@syncraft/runtime';
import type { JsonValue } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';

/** Who is signed in, as the bearer token says. The server verifies the token; the app only reads it. */
export interface Session {
  readonly token: string;
  readonly userId: string;
  readonly roles: readonly string[];
  /** Every other claim: spec parameters such as `region` come from here. */
  readonly claims: Readonly<Record<string, unknown>>;
  /** Epoch ms when the token expires, when it says. */
  readonly expiresAt: number | null;
}

/** The outcome of reading a pasted token. */
export type TokenReading =
  | { readonly ok: true; readonly session: Session }
  | { readonly ok: false; readonly error: string };

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/**
 * Reads a JWT's claims (without verifying it: the server does that on every request) into a
 * session. Refuses, saying why, anything that is not a token with a subject, or an expired one.
 *
 * @example
 * const reading = readToken(pasted, Date.now());
 * if (reading.ok) signIn(reading.session);
 */
export function readToken(token: string, now: number): TokenReading {
  const trimmed = token.trim().replace(/^Bearer\s+/i, '');
  const parts = trimmed.split('.');
  if (parts.length !== 3)
    return { ok: false, error: 'This is not a token: a token has three parts separated by dots.' };
  let payload: unknown;
  try {
    payload = decodeSegment(parts[1]!);
  } catch {
    return { ok: false, error: 'The token’s claims cannot be read: copy the whole token again.' };
  }
  if (typeof payload !== 'object' || payload === null)
    return { ok: false, error: 'The token carries no claims.' };
  const { sub, roles, exp, iat: _iat, ...claims } = payload as Record<string, unknown>;
  if (typeof sub !== 'string' || sub === '')
    return { ok: false, error: 'The token names no user (no “sub” claim).' };
  const roleList = Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
  const expiresAt = typeof exp === 'number' ? exp * 1000 : null;
  if (expiresAt !== null && expiresAt <= now)
    return {
      ok: false,
      error: `This token expired on ${new Date(expiresAt).toLocaleString()}: get a new one.`,
    };
  return { ok: true, session: { token: trimmed, userId: sub, roles: roleList, claims, expiresAt } };
}

/**
 * The runtime's user for a session: the spec's roles the token grants, and each spec parameter
 * read from its claim (`parameters[].claim`, default the parameter's name) — as the server reads them.
 */
export function syncUserOf(session: Session, spec: SyncSpec): SyncUser {
  const specRoles = new Set(spec.roles.map((r) => r.name));
  const params: Record<string, JsonValue> = {};
  for (const parameter of spec.parameters ?? []) {
    const value = session.claims[parameter.claim ?? parameter.name];
    if (value !== undefined) params[parameter.name] = value as JsonValue;
  }
  return { id: session.userId, roles: session.roles.filter((r) => specRoles.has(r)), params };
}

/** Which screen a user gets: dispatchers plan, technicians work their jobs. */
export function roleOf(session: Session): 'dispatcher' | 'technician' | null {
  if (session.roles.includes('dispatcher')) return 'dispatcher';
  if (session.roles.includes('technician')) return 'technician';
  return null;
}
