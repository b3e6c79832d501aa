import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DestinationStream, type Logger, pino } from 'pino';
import { pinoHttp } from 'pino-http';
import type { ServerConfig } from './config';

/** Creates the structured (JSON lines) logger of one server instance, on stdout unless told. */
export function createLogger(level: ServerConfig['logLevel'], destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'syncraft-server' }, redact: ['req.headers.authorization'] };
  return destination ? pino(options, destination) : pino(options);
}

/** A request URL without the value of an `access_token` query parameter. */
export function redactUrl(url: unknown): unknown {
  return typeof url === 'string' ? url.replace(/([?&]access_token=)[^&#]*/gi, '$1[redacted]') : url;
}

interface SerializedRequest {
  readonly url?: unknown;
  readonly query?: unknown;
  readonly [key: string]: unknown;
}

/** The request as logged: tokens passed in the query (event streams) are never written out. */
function serializeRequest(req: SerializedRequest): SerializedRequest {
  const query =
    req.query !== null && typeof req.query === 'object' && 'access_token' in req.query
      ? { ...(req.query as Record<string, unknown>), access_token: '[redacted]' }
      : req.query;
  return { ...req, url: redactUrl(req.url), query };
}

/**
 * Request logging: one line per request with method, path, status and duration, under a request id
 * (the caller's `X-Request-Id` when it is sane, else a fresh UUID, echoed in the response).
 */
export function requestLogger(logger: Logger) {
  return pinoHttp<IncomingMessage, ServerResponse>({
    logger,
    serializers: { req: serializeRequest },
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: {
      ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics',
    },
  });
}
