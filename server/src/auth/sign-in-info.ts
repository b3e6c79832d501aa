import type { SignInInfo } from '@syncraft/runtime/protocol';
import { Router } from 'express';
import type { ServerConfig } from '../config';
import { errorAnswer, jsonAnswer, ref } from '../openapi/document';

/**
 * What a sign-in screen offers on this server, without a token (`GET /api/sign-in`): whether dev
 * sign-in is on, how tokens are checked, and where people get one from the identity provider
 * (`SYNCRAFT_SIGNIN_URL`, `SYNCRAFT_SIGNIN_HELP`). Says nothing secret: no key, issuer or audience.
 */
export function signInInfoRouter(config: ServerConfig): Router {
  const info: SignInInfo = {
    devSignIn: config.devTokens && config.auth.kind === 'secret',
    tokens: config.auth.kind,
    tokenUrl: config.signInUrl ?? null,
    help: config.signInHelp ?? null,
  };
  const router = Router();
  router.get('/sign-in', (_req, res) => {
    res.json(info);
  });
  return router;
}

/** The sign-in path for the API document. */
export const signInInfoPaths = {
  '/api/sign-in': {
    get: {
      operationId: 'signInInfo',
      tags: ['dev'],
      security: [],
      summary: 'What the sign-in screen offers: dev sign-in (on or off) and where a token comes from',
      responses: {
        '200': jsonAnswer('The sign-in options.', ref('SignInInfo')),
        '429': errorAnswer('Too many requests from this address (the /api rate limit).'),
      },
    },
  },
};
