import express, { type RequestHandler } from 'express';
import { ApiError } from './api-error';
import { checkBody } from './body-guard';

/**
 * Parses JSON bodies up to `limitBytes` and refuses any body holding a `__proto__`, `constructor`
 * or `prototype` key, or nesting too deep (400 `bad-request` with the pointer). Parse and size
 * errors are mapped to 400 `invalid-json` / 413 `payload-too-large` by the error middleware.
 */
export function jsonBody(limitBytes: number): RequestHandler[] {
  const parse = express.json({
    limit: limitBytes,
    strict: false,
    type: ['application/json', 'application/*+json'],
  });
  const guard: RequestHandler = (req, _res, next) => {
    const problem = checkBody(req.body);
    if (problem !== undefined) {
      next(
        new ApiError(400, 'bad-request', problem.message, { pointer: problem.pointer, hint: problem.hint }),
      );
      return;
    }
    next();
  };
  return [parse, guard];
}
