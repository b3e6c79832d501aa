import express, { type RequestHandler } from 'express';
import { ApiError } from './api-error';
import { findForbiddenKey } from './forbidden-keys';

/**
 * Parses JSON bodies up to `limitBytes` and refuses any body holding a `__proto__`, `constructor`
 * or `prototype` key (400 `bad-request` with the key's pointer). Parse and size errors are mapped
 * to 400 `invalid-json` / 413 `payload-too-large` by the error middleware.
 */
export function jsonBody(limitBytes: number): RequestHandler[] {
  const parse = express.json({
    limit: limitBytes,
    strict: false,
    type: ['application/json', 'application/*+json'],
  });
  const guard: RequestHandler = (req, _res, next) => {
    const pointer = findForbiddenKey(req.body);
    if (pointer !== undefined) {
      next(
        new ApiError(400, 'bad-request', `The key at ${pointer} is not allowed in a request body.`, {
          pointer,
          hint: 'Remove "__proto__", "constructor" and "prototype" keys: they could change how the server reads the data.',
        }),
      );
      return;
    }
    next();
  };
  return [parse, guard];
}
