import type { AuditEntry, QueuedSubmission } from '@syncraft/runtime/protocol';
import { createRegistryClient } from '@syncraft/runtime/registry';
import { describe, expect, it } from 'vitest';
import { auditCsv, auditNdjson, csvCell, exportFileName } from '../../src/console/audit/export';
import { ANY, auditQueryOf, describeFilter } from '../../src/console/audit/query';
import { groupByApp, waitingRelease, whoSubmitted } from '../../src/console/queue/group';
import { rollbackTargets } from '../../src/console/queue/rollback';
import { parseRoute, routeHref } from '../../src/console/route';
import { peekClaims } from '../../src/sign-in/claims';

const H = (c: string) => c.repeat(64);

function queued(
  appId: string,
  hash: string,
  at: string,
  more: Partial<QueuedSubmission> = {},
): QueuedSubmission {
  return {
    id: `${appId}-${hash.slice(0, 4)}`,
    appId,
    hash,
    round: 1,
    status: 'pending',
    submittedBy: 'bea',
    submittedAt: at,
    warnings: [],
    decidedBy: null,
    decidedAt: null,
    decisionComment: null,
    appVersion: '1.0.0',
    createdBy: 'bea',
    diff: { against: H('0'), changes: 2, breaking: 1, highRisk: 1 },
    ...more,
  };
}

const entry = (id: number, more: Partial<AuditEntry> = {}): AuditEntry => ({
  id,
  at: '2026-11-22T09:12:03.120Z',
  userId: 'rui',
  roles: ['reviewer'],
  action: 'version.approve',
  appId: 'field-service',
  hash: H('a'),
  details: { from: 'pending', to: 'approved' },
  comment: null,
  ...more,
});

describe('console routes', () => {
  it('round-trips every page through the location hash', () => {
    for (const route of [
      { page: 'queue' },
      { page: 'audit' },
      { page: 'app', appId: 'field service' },
      { page: 'review', appId: 'field-service', hash: H('b') },
    ] as const)
      expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('falls back to the queue for a malformed hash or a bad escape', () => {
    expect(parseRoute('#/review/field-service/not-a-hash')).toEqual({ page: 'queue' });
    expect(parseRoute('#/apps/%E0%A4%A')).toEqual({ page: 'queue' });
    expect(parseRoute('')).toEqual({ page: 'queue' });
  });
});

describe('the review queue', () => {
  it('groups per app, the longest-waiting app first, with its findings and risk counts', () => {
    const warning = {
      code: 'POLICY',
      severity: 'warning',
      pointer: '/x',
      message: 'm',
      hint: 'h',
      policy: 'p',
    } as const;
    const apps = groupByApp(
      [
        queued('b-app', H('1'), '2026-11-22T10:00:00.000Z'),
        queued('a-app', H('2'), '2026-11-22T11:00:00.000Z', { warnings: [warning] }),
        queued('b-app', H('3'), '2026-11-22T12:00:00.000Z'),
      ],
      [queued('a-app', H('4'), '2026-11-21T09:00:00.000Z', { status: 'approved' })],
    );
    expect(apps.map((a) => a.appId)).toEqual(['a-app', 'b-app']);
    expect(apps[1]).toMatchObject({ breaking: 2, highRisk: 2, findings: { errors: 0, warnings: 0 } });
    expect(apps[1]!.pending.map((s) => s.hash)).toEqual([H('1'), H('3')]);
    expect(apps[0]).toMatchObject({ findings: { errors: 0, warnings: 1 } });
    expect(apps[0]!.approved.map((s) => s.hash)).toEqual([H('4')]);
  });

  it('keeps only the release among approved submissions (a published approval is no longer waiting)', () => {
    const approved = [queued('a', H('1'), 't1'), queued('a', H('2'), 't2'), queued('b', H('3'), 't3')];
    const apps = [
      { id: 'a', name: 'A', createdAt: 't', createdBy: 'x', publishedHash: H('1'), releaseHash: H('2') },
      { id: 'b', name: 'B', createdAt: 't', createdBy: 'x', publishedHash: H('3'), releaseHash: null },
    ];
    expect(waitingRelease(approved, apps).map((s) => s.hash)).toEqual([H('2')]);
  });

  it('names the author apart from the submitter when they differ', () => {
    expect(whoSubmitted({ createdBy: 'bea', submittedBy: 'bea' })).toBe('by bea');
    expect(whoSubmitted({ createdBy: 'bea', submittedBy: 'bo' })).toBe('saved by bea, submitted by bo');
  });

  it('offers rollback only to approved versions published before and not published now', () => {
    const v = (hash: string, status: 'approved' | 'pending', published: boolean) => ({
      appId: 'a',
      hash,
      appVersion: '1',
      status,
      published,
      createdAt: 't',
      createdBy: 'x',
      statusChangedAt: 't',
      sizeBytes: 1,
    });
    const p = (hash: string, seq: number) => ({
      id: String(seq),
      appId: 'a',
      seq,
      hash,
      kind: 'publish' as const,
      previousHash: null,
      publishedBy: 'x',
      publishedAt: 't',
    });
    const targets = rollbackTargets(
      [
        v(H('1'), 'approved', false),
        v(H('2'), 'approved', true),
        v(H('3'), 'approved', false),
        v(H('4'), 'pending', false),
      ],
      [p(H('1'), 1), p(H('2'), 2)],
    );
    expect([...targets]).toEqual([H('1')]);
  });
});

describe('the audit log', () => {
  it('turns the filter into the server query, the last day included', () => {
    expect(
      auditQueryOf({
        appId: ' field-service ',
        action: 'version.publish',
        from: '2026-11-01',
        to: '2026-11-30',
      }),
    ).toEqual({
      appId: 'field-service',
      action: 'version.publish',
      since: '2026-11-01T00:00:00.000Z',
      until: '2026-12-01T00:00:00.000Z',
    });
    expect(auditQueryOf({ appId: '', action: 'rm -rf', from: '11/01/2026', to: '' })).toEqual({});
    expect(describeFilter(ANY)).toBe('every entry');
  });

  it('exports CSV with quoting, roles and details, and no formula a spreadsheet would run', () => {
    const csv = auditCsv([
      entry(1, { comment: 'Fine, "really"\nsigned' }),
      entry(2, { comment: '=HYPERLINK("x")', roles: ['reviewer', 'admin'] }),
    ]);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('id,at,userId,roles,action,appId,hash,comment,details');
    expect(rows[1]).toContain('"Fine, ""really""\nsigned"');
    expect(csv).toContain('reviewer admin');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"{""from"":""pending"",""to"":""approved""}"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('exports JSON lines, one entry per line, and names the file by app and day', () => {
    const text = auditNdjson([entry(1), entry(2)]);
    expect(
      text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual([1, 2]);
    expect(exportFileName('', new Date('2026-12-05T18:00:00Z'), 'csv')).toBe(
      'syncraft-audit-all-2026-12-05.csv',
    );
    expect(exportFileName('field-service', new Date('2026-12-05T18:00:00Z'), 'ndjson')).toBe(
      'syncraft-audit-field-service-2026-12-05.ndjson',
    );
  });

  it('the registry client reads the export stream line by line and names a bad line', async () => {
    const answers = [
      `${JSON.stringify(entry(1))}\n${JSON.stringify(entry(2))}\n`,
      `${JSON.stringify(entry(1))}\n{"id":"two"}\n`,
    ];
    const urls: string[] = [];
    const fetch = (async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return new Response(answers.shift(), {
        status: 200,
        headers: { 'content-type': 'application/x-ndjson' },
      });
    }) as typeof globalThis.fetch;
    const client = createRegistryClient({ token: () => 't', fetch });
    const good = await client.exportAudit({ appId: 'field-service' });
    expect(good.ok && good.value.map((e) => e.id)).toEqual([1, 2]);
    expect(urls[0]).toBe('/api/audit/export?appId=field-service');
    const bad = await client.exportAudit();
    expect(bad.ok ? undefined : bad.failure).toMatchObject({
      kind: 'bad-answer',
      message: expect.stringMatching(/^line 2/),
    });
  });
});

describe('sign-in', () => {
  it('asks for dev users and a dev token without a token, and sends no Authorization header', async () => {
    const seen: { url: string; auth: string | null; body: unknown }[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      seen.push({
        url: String(input),
        auth: headers.get('authorization'),
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      });
      const body =
        String(input).endsWith('/dev/sign-in') && init?.method === 'POST'
          ? { token: 'a.b.c', sub: 'dev-reviewer', roles: ['reviewer'] }
          : { users: [{ sub: 'dev-reviewer', roles: ['reviewer'] }] };
      return new Response(JSON.stringify(body), {
        status: init?.method === 'POST' ? 201 : 200,
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof globalThis.fetch;
    const client = createRegistryClient({ token: () => undefined, fetch });
    const users = await client.devUsers();
    expect(users.ok && users.value.users.map((u) => u.sub)).toEqual(['dev-reviewer']);
    const signed = await client.devSignIn('dev-reviewer');
    expect(signed.ok && signed.value.token).toBe('a.b.c');
    expect(seen).toEqual([
      { url: '/api/dev/sign-in', auth: null, body: undefined },
      { url: '/api/dev/sign-in', auth: null, body: { sub: 'dev-reviewer' } },
    ]);
    // Every other call still needs a token and sends nothing without one.
    expect(await client.session()).toEqual({ ok: false, failure: { kind: 'no-token' } });
    expect(seen).toHaveLength(2);
  });

  const jwt = (payload: object) => `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;

  it('shows who a pasted token is before it is sent', () => {
    expect(peekClaims(jwt({ sub: 'dev-reviewer', roles: ['reviewer'], exp: 2_000_000_000 }))).toEqual({
      subject: 'dev-reviewer',
      roles: ['reviewer'],
      expiresAt: 2_000_000_000_000,
    });
    expect(peekClaims(jwt({ sub: 'ünïcode', roles: 'admin' }))).toEqual({
      subject: 'ünïcode',
      roles: [],
      expiresAt: undefined,
    });
  });

  it('reads nothing from text that is not a JWT', () => {
    expect(peekClaims('not a token')).toBeUndefined();
    expect(peekClaims('a.%%%.c')).toBeUndefined();
    expect(peekClaims(`e30.${Buffer.from('"text"').toString('base64url')}.s`)).toBeUndefined();
  });
});
