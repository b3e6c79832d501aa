import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { RateLimitConfig } from '../config';
import { ApiError } from './api-error';

/**
 * Security headers (helmet). The content security policy allows the designer's own bundle plus
 * the blob workers monaco-editor starts; nothing is loaded from another origin. `'unsafe-eval'`
 * is there because the spec validator (ajv, in `@syncraft/runtime/spec`) compiles the schema
 * into a function at run time; without it the designer cannot start. Drop it once the validator
 * ships precompiled (ajv standalone code).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", "'unsafe-eval'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'worker-src': ["'self'", 'blob:'],
        'connect-src': ["'self'"],
      },
    },
  });
}

/**
 * Per-client-address rate limit for `/api` (in-memory per process: with several processes the
 * effective limit is per process). Over the limit → 429 `rate-limited` with `Retry-After`.
 */
export function apiRateLimit(config: RateLimitConfig): RequestHandler {
  if (config.max === 0) return (_req, _res, next) => next();
  return rateLimit({
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
