import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('tokens checked against a remote JWKS', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const sign = (claims: { iss?: string; aud?: string } = {}) => {
    let jwt = new SignJWT({ roles: ['reviewer'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
      .setSubject('rui')
      .setExpirationTime('5m');
    if (claims.iss) jwt = jwt.setIssuer(claims.iss);
    if (claims.aud) jwt = jwt.setAudience(claims.aud);
    return jwt.sign(privateKey);
  };

  it('accepts a token signed by a key of the set, checking issuer and audience', async () => {
    const verifier = createTokenVerifier({
      kind: 'jwks',
      url: jwksUrl,
      issuer: 'https://id.test/',
      audience: 'syncraft',
    });
    const ok = await verifier.verify(await sign({ iss: 'https://id.test/', aud: 'syncraft' }));
    expect(ok).toMatchObject({ ok: true, user: { userId: 'rui', roles: ['reviewer'] } });
    const wrongAudience = await verifier.verify(await sign({ iss: 'https://id.test/', aud: 'other' }));
    expect(wrongAudience.ok).toBe(false);
    expect(!wrongAudience.ok && wrongAudience.message).toMatch(/"aud" claim/);
  });

  it('refuses an HS256 token when keys come from a JWKS', async () => {
    const verifier = createTokenVerifier({ kind: 'jwks', url: jwksUrl });
    const result = await verifier.verify(await signDevToken(SECRET, { sub: 'mallory', roles: ['admin'] }));
    expect(result.ok).toBe(false);
  });
});
