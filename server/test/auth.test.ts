import express from 'express';
import { SignJWT } from 'jose';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createAuthenticate, requireUser } from '../src/auth/authenticate';
import { signDevToken } from '../src/auth/dev-tokens';
import { createTokenVerifier } from '../src/auth/verifier';
import { errorHandler } from '../src/http/error-handler';
import { createLogger } from '../src/logging';

const SECRET = 'test-secret-test-secret-test-secret-0123';

function guardedApp(secret = SECRET) {
  const app = express();
  app.get('/me', createAuthenticate(createTokenVerifier({ kind: 'secret', secret })), (_req, res) => {
    res.json(requireUser(res));
  });
  app.use(errorHandler(createLogger('silent')));
  return app;
}

describe('authenticate', () => {
  it('sets the user from sub, roles and the other claims of a valid token', async () => {
    const token = await signDevToken(SECRET, {
      sub: 'ana',
      roles: ['technician'],
      claims: { region: 'north' },
    });
    const res = await request(guardedApp()).get('/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body.userId).toBe('ana');
    expect(res.body.roles).toEqual(['technician']);
    expect(res.body.claims.region).toBe('north');
  });

  it('answers 401 unauthenticated when the token is missing', async () => {
    const res = await request(guardedApp()).get('/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
    expect(res.body.error.message).toMatch(/needs a bearer token/);
  });

  it('answers 401 naming an expired token', async () => {
    const token = await new SignJWT({ roles: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('ana')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(SECRET));
    const res = await request(guardedApp()).get('/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('The token has expired.');
  });

  it('answers 401 for a token signed with another secret', async () => {
    const token = await signDevToken('another-secret-another-secret-another-1', { sub: 'ana' });
    const res = await request(guardedApp()).get('/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/signature is not valid/);
  });

  it('answers 401 for a malformed header or token', async () => {
    const app = guardedApp();
    const basic = await request(app).get('/me').set('Authorization', 'Basic dXNlcjpwYXNz');
    expect(basic.status).toBe(401);
    expect(basic.body.error.message).toMatch(/not a bearer token/);
    const garbage = await request(app).get('/me').set('Authorization', 'Bearer not.a.jwt');
    expect(garbage.status).toBe(401);
    expect(garbage.body.error.message).toMatch(/malformed/);
  });

  it('refuses a token whose roles claim is not a list of strings', async () => {
    const token = await new SignJWT({ roles: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('ana')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(SECRET));
    const res = await request(guardedApp()).get('/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/"roles" claim/);
  });

  it('refuses every token when no verification is configured', async () => {
    const app = express();
    app.get('/me', createAuthenticate(createTokenVerifier({ kind: 'none' })), (_req, res) => {
      res.json({});
    });
    app.use(errorHandler(createLogger('silent')));
    const token = await signDevToken(SECRET, { sub: 'ana' });
    const res = await request(app).get('/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(res.body.error.hint).toMatch(/SYNCRAFT_JWT_SECRET/);
  });
});
