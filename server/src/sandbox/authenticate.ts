import type { RequestHandler } from 'express';
import { createAuthenticate } from '../auth/authenticate';
import { isSandboxId } from './ids';
import type { SandboxService } from './service';
import { verifySandboxToken } from './tokens';

/**
 * The sync endpoints' authentication: on a sandbox's app id (`sandbox-…`) only that sandbox's device
 * tokens are accepted (an ordinary user's token is refused: the simulated people are the sandbox's,
 * and nobody else may write into someone's simulation); on every other app id the server's
 * ordinary verifier, which itself refuses any token carrying a `sandbox` claim.
 */
export function syncAuthenticate(ordinary: RequestHandler, sandboxes: SandboxService): RequestHandler {
  return async (req, res, next) => {
    const appId = String(req.params.appId ?? '');
    if (!isSandboxId(appId)) {
      ordinary(req, res, next);
      return;
    }
    let key: string;
    try {
      key = (await sandboxes.live(appId)).tokenKey;
    } catch (error) {
      next(error);
      return;
    }
    createAuthenticate({ verify: (token) => verifySandboxToken(appId, key, token) })(req, res, next);
  };
}
