import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyOptions, jwtVerify } from 'jose';
import type { AuthConfig } from '../config';
import type { AuthUser } from './user';

/** The outcome of checking a bearer token: the caller, or why the token was refused. */
export type VerifyResult =
  | { readonly ok: true; readonly user: AuthUser }
  | { readonly ok: false; readonly message: string; readonly hint: string };

/** Checks bearer tokens; one per app instance (no shared key cache between instances). */
export interface TokenVerifier {
  verify(token: string): Promise<VerifyResult>;
}

const SECRET_HINT = 'Sign in again to get a fresh token.';

/** Turns verified claims into an {@link AuthUser}, or explains which claim is unusable. */
export function userFromClaims(claims: JWTPayload): VerifyResult {
  if (typeof claims.sub !== 'string' || claims.sub.length === 0) {
    return {
      ok: false,
      message: 'The token has no subject ("sub" claim).',
      hint: 'Issue tokens with a "sub" claim.',
    };
  }
  if ((claims as Record<string, unknown>).sandbox !== undefined) {
    // A simulator sandbox's device token (server/src/sandbox): valid on that sandbox's sync only.
    return {
      ok: false,
      message:
        'This is a simulator sandbox’s device token; it is valid only on that sandbox’s sync endpoints.',
      hint: 'Sign in with your own token here.',
    };
  }
  const rolesClaim = (claims as Record<string, unknown>).roles;
  if (
    rolesClaim !== undefined &&
    (!Array.isArray(rolesClaim) || !rolesClaim.every((r) => typeof r === 'string'))
  ) {
    return {
      ok: false,
      message: 'The token\'s "roles" claim must be a list of strings.',
      hint: 'Issue tokens with "roles": ["technician"] or without the claim.',
    };
  }
  return {
    ok: true,
    user: { userId: claims.sub, roles: (rolesClaim as string[] | undefined) ?? [], claims },
  };
}

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `The token's "${error.claim}" claim is not accepted (${error.reason}).`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is not valid.';
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'The token is signed with an algorithm this server does not accept.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'No key of the configured JWKS matches the token.';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return 'The token is malformed.';
  if (error instanceof errors.JWKSTimeout) return 'The key set (JWKS) could not be fetched in time.';
  return 'The token could not be verified.';
}

/**
 * Creates the verifier for the configured auth: HS256 with a shared secret, or any asymmetric
 * algorithm with keys from a remote JWKS (fetched lazily and cached by jose).
 */
export function createTokenVerifier(auth: AuthConfig): TokenVerifier {
  if (auth.kind === 'none') {
    return {
      async verify() {
        return {
          ok: false,
          message: 'This server has no token verification configured.',
          hint: 'Set SYNCRAFT_JWT_SECRET or SYNCRAFT_JWKS_URL, or start with SYNCRAFT_DEV_TOKENS=1.',
        };
      },
    };
  }
  const options: JWTVerifyOptions = {
    ...(auth.issuer !== undefined ? { issuer: auth.issuer } : {}),
    ...(auth.audience !== undefined ? { audience: auth.audience } : {}),
  };
  const check =
    auth.kind === 'secret'
      ? (() => {
          const key = new TextEncoder().encode(auth.secret);
          return (token: string) => jwtVerify(token, key, { ...options, algorithms: ['HS256'] });
        })()
      : (() => {
          const jwks = createRemoteJWKSet(new URL(auth.url));
          return (token: string) =>
            jwtVerify(token, jwks, { ...options, algorithms: ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'] });
        })();
  return {
    async verify(token) {
      try {
        const { payload } = await check(token);
        return userFromClaims(payload);
      } catch (error) {
        return { ok: false, message: describeJoseError(error), hint: SECRET_HINT };
      }
    },
  };
}
