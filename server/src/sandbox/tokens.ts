import { randomBytes } from 'node:crypto';
import type { SandboxUser } from '@syncraft/runtime/protocol';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { VerifyResult } from '../auth/verifier';
import { userFromClaims } from '../auth/verifier';

/** The claim naming the one sandbox a device token is valid for. */
export const SANDBOX_CLAIM = 'sandbox';

/** A fresh key for one sandbox's device tokens. */
export function newTokenKey(): string {
  return randomBytes(32).toString('base64url');
}

const audience = (sandboxId: string) => `syncraft-sandbox:${sandboxId}`;
const keyBytes = (key: string) => new TextEncoder().encode(key);

/**
 * A device token for one simulated person of a sandbox: HS256 with the sandbox's own key, audience
 * and `sandbox` claim naming it, expiring with the sandbox. The server's ordinary verifier refuses
 * any token with a `sandbox` claim, and no other sandbox has the key.
 */
export async function signSandboxToken(
  sandboxId: string,
  key: string,
  user: SandboxUser,
  expiresAt: Date,
): Promise<string> {
  return new SignJWT({ ...(user.claims ?? {}), roles: [...user.roles], [SANDBOX_CLAIM]: sandboxId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.id)
    .setAudience(audience(sandboxId))
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(keyBytes(key));
}

/** Checks a device token against one sandbox: its key, its audience, its claim, its expiry. */
export async function verifySandboxToken(
  sandboxId: string,
  key: string,
  token: string,
): Promise<VerifyResult> {
  const hint = 'Use a device token this sandbox issued (POST /api/sandboxes/{id}/tokens).';
  try {
    const { payload } = await jwtVerify(token, keyBytes(key), {
      algorithms: ['HS256'],
      audience: audience(sandboxId),
    });
    if (payload[SANDBOX_CLAIM] !== sandboxId) {
      return { ok: false, message: `The token is not a device token of the sandbox "${sandboxId}".`, hint };
    }
    const { [SANDBOX_CLAIM]: _named, aud: _aud, ...claims } = payload;
    return userFromClaims(claims);
  } catch (error) {
    const message =
      error instanceof errors.JWTExpired
        ? 'The sandbox device token has expired.'
        : `The sandbox "${sandboxId}" accepts only the device tokens it issued; this one is not.`;
    return { ok: false, message, hint };
  }
}
