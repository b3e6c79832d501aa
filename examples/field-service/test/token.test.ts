import { describe, expect, it } from 'vitest';
import { readToken, roleOf, syncUserOf } from '../src/session/token';
import { templateSpec } from './spec-fixture';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (claims: Record<string, unknown>) =>
  `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}.signature`;
const NOW = Date.parse('2026-12-05T12:00:00Z');

describe('readToken', () => {
  it('reads the user, roles and other claims of a token, with or without "Bearer "', () => {
    const reading = readToken(
      `Bearer ${token({ sub: 'ana', roles: ['technician'], region: 'north', exp: NOW / 1000 + 60 })}`,
      NOW,
    );
    expect(reading).toMatchObject({
      ok: true,
      session: { userId: 'ana', roles: ['technician'], claims: { region: 'north' }, expiresAt: NOW + 60_000 },
    });
  });

  it('refuses text that is not a token, a token without a subject, and an expired token, saying which', () => {
    expect(readToken('hello', NOW)).toEqual({ ok: false, error: expect.stringMatching(/three parts/) });
    expect(readToken('a.%%%.c', NOW)).toEqual({ ok: false, error: expect.stringMatching(/cannot be read/) });
    expect(readToken(token({ roles: [] }), NOW)).toEqual({
      ok: false,
      error: expect.stringMatching(/no user/),
    });
    expect(readToken(token({ sub: 'ana', exp: NOW / 1000 - 1 }), NOW)).toEqual({
      ok: false,
      error: expect.stringMatching(/expired/),
    });
  });
});

describe('syncUserOf', () => {
  it('keeps the spec’s roles and reads each parameter from its claim, as the server does', () => {
    const reading = readToken(
      token({ sub: 'dina', roles: ['dispatcher', 'builder'], region: 'north', team: 'x' }),
      NOW,
    );
    if (!reading.ok) throw new Error(reading.error);
    expect(syncUserOf(reading.session, templateSpec())).toEqual({
      id: 'dina',
      roles: ['dispatcher'],
      params: { region: 'north' },
    });
    expect(roleOf(reading.session)).toBe('dispatcher');
  });
});
