import type { JWTPayload } from 'jose';

/** The signed-in caller, as read from a verified bearer token. */
export interface AuthUser {
  /** The token's `sub`. */
  readonly userId: string;
  /** The token's `roles` claim (a list of strings; empty when absent). */
  readonly roles: readonly string[];
  /** Every claim of the token, for spec parameters such as `region`. */
  readonly claims: Readonly<JWTPayload>;
}

declare global {
  namespace Express {
    /**
     * `res.locals.user` is set by the `authenticate` middleware on every route it guards; read it
     * with {@link requireUser} to get a non-optional value.
     */
    interface Locals {
      user?: AuthUser;
    }
  }
}

/**
 * The authenticated caller of a request that went through `authenticate`. Throws when called on
 * a route that is not guarded (a programming error, answered as 500).
 */
export function requireUser(res: { locals: { user?: AuthUser } }): AuthUser {
  const user = res.locals.user;
  if (user === undefined) throw new Error('requireUser() on a route without the authenticate middleware.');
  return user;
}
