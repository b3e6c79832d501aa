import type { RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import helmet from 'helmet';
import type { RateLimitConfig } from '../config';
import { ApiError } from './api-error';

/**
 * Security headers (helmet). The content security policy allows the designer's own bundle, its
 * same-origin layout worker (elkjs's worker build, under `'self'`) and the blob workers
 * monaco-editor starts; nothing is loaded from another origin, and no script may
 * evaluate text as code (no `'unsafe-eval'`): the spec validator ships precompiled
 * (`@syncraft/runtime/spec`, ajv standalone code), so the designer needs no run-time compilation.
 * The designer's e2e run opens the built designer under exactly these headers.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'worker-src': ["'self'", 'blob:'],
        'connect-src': ["'self'"],
        // helmet adds upgrade-insecure-requests by default; the server is often reached over plain
        // HTTP on a local network (TLS ends at a proxy, if any), where that directive would make
        // browsers fetch the designer's own scripts over https and fail.
        'upgrade-insecure-requests': null,
      },
    },
  });
}

/**
 * Per-client-address rate limit for `/api`. Over the limit → 429 `rate-limited` with `Retry-After`.
 * Counted in `store` when given (the database, shared by every process on it), else in this
 * process's memory.
 */
export function apiRateLimit(config: RateLimitConfig, store?: Store): RequestHandler {
  if (config.max === 0) return (_req, _res, next) => next();
  return rateLimit({
    ...(store === undefined ? {} : { store }),
    windowMs: config.windowMs,
    limit: config.max,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => {
      next(
        new ApiError(
          429,
          'rate-limited',
          `More than ${config.max} requests in ${config.windowMs / 1000} s.`,
          {
            hint: 'Wait for the time in the Retry-After header, then retry.',
          },
        ),
      );
    },
  });
}
