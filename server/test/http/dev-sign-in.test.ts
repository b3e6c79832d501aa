import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { conforms } from '@syncraft/runtime/protocol';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopback } from '../../src/auth/dev-sign-in';
import { createTestApp, type TestApp } from '../helpers/app';

describe('dev sign-in', () => {
  let dev: TestApp;
  let prod: TestApp;
  beforeAll(async () => {
    dev = await createTestApp('sqlite', 'dev-sign-in', 'registry', { devTokens: true });
    prod = await createTestApp('sqlite', 'no-dev-sign-in', 'registry');
  });
  afterAll(async () => {
    await dev.dispose();
    await prod.dispose();
  });

  it('lists the dev users and signs a token the API then accepts with that user’s roles', async () => {
    const list = await request(dev.app).get('/api/dev/sign-in').expect(200);
    expect(conforms('DevUserList', list.body).ok).toBe(true);
    expect(list.body.users).toContainEqual({ sub: 'dev-reviewer', roles: ['reviewer'] });
    const signed = await request(dev.app).post('/api/dev/sign-in').send({ sub: 'dev-reviewer' }).expect(201);
    expect(conforms('DevToken', signed.body).ok).toBe(true);
    const session = await request(dev.app)
      .get('/api/session')
      .set('Authorization', `Bearer ${signed.body.token}`)
      .expect(200);
    expect(session.body).toMatchObject({ userId: 'dev-reviewer', roles: ['reviewer'] });
  });

  it('refuses a user that is not a dev user, saying which exist and where', async () => {
    const res = await request(dev.app)
      .post('/api/dev/sign-in')
      .send({ sub: 'root', roles: ['admin'] })
      .expect(400);
    expect(res.body.error).toMatchObject({ code: 'bad-request', pointer: '/sub' });
    expect(res.body.error.message).toContain('dev-reviewer');
    await request(dev.app).post('/api/dev/sign-in').send([]).expect(400);
  });

  it('is off without SYNCRAFT_DEV_TOKENS: no token, no user list, a 404 saying how to sign in', async () => {
    const res = await request(prod.app).post('/api/dev/sign-in').send({ sub: 'dev-admin' });
    expect(res.status).toBe(404);
    expect(res.body.token).toBeUndefined();
    expect(res.body.error.message).toBe('Dev sign-in is off on this server.');
    const list = await request(prod.app).get('/api/dev/sign-in').expect(404);
    expect(list.body.users).toBeUndefined();
  });

  it('refuses a request from another machine: no token for a remote caller', async () => {
    // A request arriving on this machine's network address comes from a non-loopback socket, as a
    // colleague's would. (Without such an interface the predicate test below covers the check.)
    const address = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && !i.internal && i.family === 'IPv4')?.address;
    if (address === undefined) {
      expect(isLoopback('192.0.2.2')).toBe(false);
      return;
    }
    const server = createServer(dev.app);
    server.listen(0, address);
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://${address}:${port}/api/dev/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '127.0.0.1' },
        body: JSON.stringify({ sub: 'dev-admin' }),
      });
      expect(res.status).toBe(403);
      const body = (await res.json()) as { token?: string; error: { code: string } };
      expect(body.token).toBeUndefined();
      expect(body.error.code).toBe('forbidden');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('a forwarded address does not make a remote request local', async () => {
    // The check reads the socket, so a forged X-Forwarded-For changes nothing here (loopback stays loopback)…
    await request(dev.app).get('/api/dev/sign-in').set('X-Forwarded-For', '203.0.113.9').expect(200);
    // …and a remote socket is refused whatever it claims.
    expect(isLoopback('203.0.113.9')).toBe(false);
    expect(isLoopback('::ffff:10.0.0.7')).toBe(false);
    expect(isLoopback('127.0.0.1.evil')).toBe(false);
    expect(isLoopback(undefined)).toBe(false);
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
  });
});
