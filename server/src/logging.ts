import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Logger, pino } from 'pino';
import { pinoHttp } from 'pino-http';
import type { ServerConfig } from './config';

/** Creates the structured (JSON lines) logger of one server instance. */
export function createLogger(level: ServerConfig['logLevel']): Logger {
  return pino({ level, base: { service: 'syncraft-server' }, redact: ['req.headers.authorization'] });
}

/**
 * Request logging: one line per request with method, path, status and duration, under a request id
 * (the caller's `X-Request-Id` when it is sane, else a fresh UUID, echoed in the response).
 */
export function requestLogger(logger: Logger) {
  return pinoHttp<IncomingMessage, ServerResponse>({
    logger,
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
