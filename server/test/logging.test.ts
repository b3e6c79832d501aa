import { Writable } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createLogger, redactUrl, requestLogger } from '../src/logging';

describe('request logs', () => {
  it('write one JSON line per request with its id, and never a token', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const logger = createLogger('info', sink);
    const app = express();
    app.use(requestLogger(logger));
    app.get('/api/apps/a/sync/events', (_req, res) => {
      res.json({});
    });
    const res = await request(app)
      .get('/api/apps/a/sync/events?access_token=secret.token.value&x=1')
      .set('Authorization', 'Bearer header.token.value')
      .set('X-Request-Id', 'req-42');
    expect(res.headers['x-request-id']).toBe('req-42');
    const text = lines.join('\n');
    expect(text).not.toContain('secret.token.value');
    expect(text).not.toContain('header.token.value');
    const entry = JSON.parse(lines.at(-1)!);
    expect(entry.req.id).toBe('req-42');
    expect(entry.req.url).toBe('/api/apps/a/sync/events?access_token=[redacted]&x=1');
    expect(entry.res.statusCode).toBe(200);
  });

  it('redacts access_token wherever it sits in the query', () => {
    expect(redactUrl('/e?access_token=abc')).toBe('/e?access_token=[redacted]');
    expect(redactUrl('/e?a=1&ACCESS_TOKEN=abc#f')).toBe('/e?a=1&ACCESS_TOKEN=[redacted]#f');
    expect(redactUrl('/e?a=1')).toBe('/e?a=1');
  });
});
