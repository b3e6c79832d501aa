import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ApiError } from './api-error';

/** Fields body-parser (used by express.json) sets on the errors it raises. */
interface BodyParserError {
  readonly type?: unknown;
  readonly status?: unknown;
  readonly limit?: unknown;
  readonly message: string;
}

function fromBodyParser(error: BodyParserError): ApiError | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new ApiError(400, 'invalid-json', `The body is not valid JSON: ${error.message}.`, {
        hint: 'Send a JSON document with "Content-Type: application/json".',
      });
    case 'entity.too.large':
      return new ApiError(
        413,
        'payload-too-large',
        `The body is larger than the limit of ${String(error.limit)} bytes.`,
        {
          hint: 'Send fewer operations per request (split the batch).',
        },
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ApiError(400, 'bad-request', `The body encoding is not supported: ${error.message}.`, {
        hint: 'Send UTF-8 JSON without a content encoding, or with gzip/deflate.',
      });
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'stream.not.readable':
    case 'parameters.too.many':
      return new ApiError(400, 'bad-request', `The body could not be read: ${error.message}.`);
    default:
      return undefined;
  }
}

/**
 * The last middleware: answers every error as an `ApiErrorBody`. Errors meant for the caller
 * ({@link ApiError}, body-parser errors) keep their status; anything else is logged and answered
 * 500 without internals.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    let apiError: ApiError | undefined;
    if (error instanceof ApiError) apiError = error;
    else if (error !== null && typeof error === 'object' && 'type' in error) {
      apiError = fromBodyParser(error as BodyParserError);
    } else if (error instanceof URIError) {
      apiError = new ApiError(400, 'bad-request', 'The request path is not correctly percent-encoded.');
    }
    if (apiError === undefined && error !== null && typeof error === 'object') {
      const status = (error as { status?: unknown }).status;
      // Errors from Express itself (e.g. a malformed path) carry a 4xx status.
      if (typeof status === 'number' && status >= 400 && status < 500) {
        apiError = new ApiError(status, 'bad-request', (error as Error).message ?? 'Bad request.');
      }
    }
    if (apiError === undefined) {
      logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unhandled error');
      apiError = new ApiError(500, 'unavailable', 'The server failed to handle this request.', {
        hint: 'Try again later; the server log has the details.',
      });
    }
    if (apiError.status === 429) res.setHeader('Retry-After', res.getHeader('Retry-After') ?? '60');
    res.status(apiError.status).json(apiError.toBody());
  };
}

/** Answers 404 `not-found` for any `/api` route that does not exist. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(
    new ApiError(
      404,
      'not-found',
      `There is no ${req.method} ${req.originalUrl.split('?')[0]} in this API.`,
      {
        hint: 'See /api/openapi.json for every route.',
      },
    ),
  );
};
