import { conforms } from '@syncraft/runtime/protocol';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createTestApp, type TestApp } from '../helpers/app';

describe('what the sign-in screen offers', () => {
  let dev: TestApp;
  let organisation: TestApp;
  beforeAll(async () => {
    dev = await createTestApp('sqlite', 'sign-in-dev', 'registry', { devTokens: true });
    // Production: the identity provider's keys, with dev tokens asked for by mistake.
    organisation = await createTestApp('sqlite', 'sign-in-idp', 'registry', {
      devTokens: true,
      auth: { kind: 'jwks', url: 'https://login.example.com/.well-known/jwks.json' },
      signInUrl: 'https://login.example.com/syncraft/token',
      signInHelp: 'Choose “Syncraft” and copy the access token.',
    });
  });
  afterAll(async () => {
    await dev.dispose();
    await organisation.dispose();
  });

  it('offers dev sign-in on a local server with dev tokens, without a token', async () => {
    const res = await request(dev.app).get('/api/sign-in').expect(200);
    expect(conforms('SignInInfo', res.body).ok).toBe(true);
    expect(res.body).toEqual({ devSignIn: true, tokens: 'secret', tokenUrl: null, help: null });
  });

  it('says where the identity provider issues tokens, and never offers dev sign-in with its keys', async () => {
    const res = await request(organisation.app).get('/api/sign-in').expect(200);
    expect(res.body).toEqual({
      devSignIn: false,
      tokens: 'jwks',
      tokenUrl: 'https://login.example.com/syncraft/token',
      help: 'Choose “Syncraft” and copy the access token.',
    });
    // The forged request: dev sign-in asked of a production server for an admin.
    const forged = await request(organisation.app).post('/api/dev/sign-in').send({ sub: 'dev-admin' });
    expect(forged.status).toBe(404);
    expect(forged.body.token).toBeUndefined();
    await request(organisation.app).get('/api/dev/sign-in').expect(404);
  });

  it('refuses a sign-in address that is not a web page, and overlong help, at start', () => {
    const bad = loadConfig({
      SYNCRAFT_SIGNIN_URL: 'javascript:alert(1)',
      SYNCRAFT_SIGNIN_HELP: 'x'.repeat(501),
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toContain(
      'SYNCRAFT_SIGNIN_URL: expected an http(s) address, got "javascript:alert(1)".',
    );
    expect(bad.errors).toContain('SYNCRAFT_SIGNIN_HELP: at most 500 characters, got 501.');
    const good = loadConfig({ SYNCRAFT_SIGNIN_URL: 'https://login.example.com/token' });
    expect(good.ok && good.config.signInUrl).toBe('https://login.example.com/token');
  });
});
