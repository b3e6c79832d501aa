import type { RequestHandler } from 'express';
import { ApiError } from '../http/api-error';
import type { TokenVerifier } from './verifier';

export type { AuthUser } from './user';
export { requireUser } from './user';

/**
 * Express middleware that requires `Authorization: Bearer <JWT>` and sets `res.locals.user`
 * (an {@link AuthUser}: `{ userId, roles, claims }`). A missing, expired or invalid token is
 * answered 401 `unauthenticated` with a message that says which.
 *
 * @example
 * const authenticate = createAuthenticate(createTokenVerifier(config.auth));
 * router.get('/me', authenticate, (_req, res) => res.json(requireUser(res)));
 */
export function createAuthenticate(verifier: TokenVerifier): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined || header === '') {
      next(
        new ApiError(401, 'unauthenticated', 'This call needs a bearer token.', {
          hint: 'Send "Authorization: Bearer <token>".',
        }),
      );
      return;
    }
    const match = /^Bearer\s+([A-Za-z0-9_\-.]+)\s*$/i.exec(header);
    if (!match) {
      next(
        new ApiError(401, 'unauthenticated', 'The Authorization header is not a bearer token.', {
          hint: 'Send "Authorization: Bearer <token>".',
        }),
      );
      return;
    }
    const result = await verifier.verify(match[1]!);
    if (!result.ok) {
      next(new ApiError(401, 'unauthenticated', result.message, { hint: result.hint }));
      return;
    }
    res.locals.user = result.user;
    next();
  };
}
