import type { DevToken, DevUserList } from '@syncraft/runtime/protocol';
import { type RequestHandler, Router } from 'express';
import { ApiError } from '../http/api-error';
import { errorAnswer, jsonAnswer, jsonBody, ref } from '../openapi/document';
import { type DevTokenClaims, signDevToken } from './dev-tokens';

/** Lifetime of a token handed out by dev sign-in (the printed ones last 30 days). */
const LIFETIME = '12h';

/** True for a connection from this machine (IPv4, IPv6, or IPv4 mapped into IPv6 loopback). */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  return address === '::1' || /^(::ffff:)?127(\.\d{1,3}){3}$/.test(address);
}

/**
 * Dev sign-in at `/api`, open only when the server runs with `SYNCRAFT_DEV_TOKENS=1` (`secret` is
 * then the dev secret; otherwise every call is a 404 saying how to turn it on):
 * `GET /dev/sign-in` lists the dev users, `POST /dev/sign-in {"sub"}` signs a token for one of them.
 * Only connections from this machine are answered (the socket's address, never a forwarded
 * header): the printed dev tokens are for the person at the machine, and so is this.
 */
export function devSignInRouter(secret: string | undefined, users: readonly DevTokenClaims[]): Router {
  const router = Router();
  const local: RequestHandler = (req, _res, next) => {
    if (secret === undefined) {
      next(
        new ApiError(404, 'not-found', 'Dev sign-in is off on this server.', {
          hint: 'Sign in with a token from your identity provider, or start a local server with SYNCRAFT_DEV_TOKENS=1.',
        }),
      );
      return;
    }
    if (isLoopback(req.socket.remoteAddress)) {
      next();
      return;
    }
    next(
      new ApiError(403, 'forbidden', 'Dev sign-in answers only requests from this machine.', {
        hint: 'Open the console on the server’s own machine (localhost), or sign in with a token.',
      }),
    );
  };
  router.use('/dev/sign-in', local);
  router.get('/dev/sign-in', (_req, res) => {
    const list: DevUserList = { users: users.map((u) => ({ sub: u.sub, roles: [...(u.roles ?? [])] })) };
    res.json(list);
  });
  router.post('/dev/sign-in', async (req, res) => {
    const body = req.body as unknown;
    const sub =
      body !== null && typeof body === 'object' && typeof (body as { sub?: unknown }).sub === 'string'
        ? (body as { sub: string }).sub
        : undefined;
    const user = users.find((u) => u.sub === sub);
    if (!user) {
      throw new ApiError(
        400,
        'bad-request',
        `"sub" must name a dev user: ${users.map((u) => u.sub).join(', ')}.`,
        {
          pointer: '/sub',
          hint: 'GET /api/dev/sign-in lists them.',
        },
      );
    }
    const token = await signDevToken(secret as string, { ...user, expiresIn: LIFETIME });
    const answer: DevToken = { token, sub: user.sub, roles: [...(user.roles ?? [])] };
    res.status(201).json(answer);
  });
  return router;
}

/** The dev sign-in paths for the API document. */
export const devSignInPaths = {
  '/api/dev/sign-in': {
    get: {
      operationId: 'listDevUsers',
      tags: ['dev'],
      security: [],
      summary: 'Dev mode only, from this machine only: the users dev sign-in signs tokens for',
      responses: {
        '200': jsonAnswer('The dev users.', ref('DevUserList')),
        '403': errorAnswer('The request does not come from this machine.'),
        '404': errorAnswer('Dev sign-in is off (the server runs without SYNCRAFT_DEV_TOKENS=1).'),
      },
    },
    post: {
      operationId: 'devSignIn',
      tags: ['dev'],
      security: [],
      summary: 'Dev mode only, from this machine only: a 12-hour token for one dev user',
      requestBody: jsonBody('DevSignInRequest'),
      responses: {
        '201': jsonAnswer('The token.', ref('DevToken')),
        '400': errorAnswer('`sub` names no dev user.'),
        '403': errorAnswer('The request does not come from this machine.'),
        '404': errorAnswer('Dev sign-in is off (the server runs without SYNCRAFT_DEV_TOKENS=1).'),
      },
    },
  },
};
