import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';

/** What a dev or test token says about its holder. */
export interface DevTokenClaims {
  readonly sub: string;
  readonly roles?: readonly string[];
  /** Extra claims (spec parameters such as `region`). */
  readonly claims?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
  /** Lifetime, in jose's notation (`'2h'`, `'30d'`); defaults to 12 hours. */
  readonly expiresIn?: string;
}

/**
 * Signs an HS256 token with `secret`, for dev mode and tests. Production tokens come from the
 * identity provider.
 *
 * @example
 * const token = await signDevToken(secret, { sub: 'ana', roles: ['technician'], claims: { region: 'north' } });
 */
export async function signDevToken(secret: string, claims: DevTokenClaims): Promise<string> {
  const { sub, roles = [], claims: extra = {}, expiresIn = '12h' } = claims;
  return new SignJWT({ ...extra, roles: [...roles] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

/**
 * The dev-mode secret kept in `<dataDir>/dev-jwt-secret`: read when present, else generated and
 * written (mode 0600) so tokens survive restarts.
 */
export function loadOrCreateDevSecret(dataDir: string): string {
  const file = join(dataDir, 'dev-jwt-secret');
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch {
    // Not there yet: create it below.
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The users dev mode prints tokens for: one per role the registry and the templates use. */
export const DEV_USERS: readonly DevTokenClaims[] = [
  { sub: 'dev-admin', roles: ['admin', 'builder', 'reviewer'] },
  { sub: 'dev-builder', roles: ['builder'] },
  { sub: 'dev-reviewer', roles: ['reviewer'] },
  { sub: 'dev-technician', roles: ['technician'], claims: { region: 'north' } },
  { sub: 'dev-dispatcher', roles: ['dispatcher'], claims: { region: 'north' } },
];
