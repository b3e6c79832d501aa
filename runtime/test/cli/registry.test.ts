import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from './in-process';

const runtimeDir = fileURLToPath(new URL('../..', import.meta.url));
const serverDir = fileURLToPath(new URL('../../../server', import.meta.url));
const template = fileURLToPath(new URL('../../../templates/field-service.json', import.meta.url));
const policyFile = fileURLToPath(new URL('../../../templates/policies/default.json', import.meta.url));
const secret = randomBytes(32).toString('hex');

/** An HS256 JWT, as the identity provider would issue it. */
function token(sub: string, roles: string[]): string {
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub, roles, iat: now, exp: now + 3600 })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

const TOKENS = {
  builder: token('bea-builder', ['builder']),
  reviewer: token('rui-reviewer', ['reviewer']),
  admin: token('ada-admin', ['admin']),
};

let server: ChildProcess;
let url: string;
let work: string;

/** Runs `syncraft <args>` in this process with captured output, as `as` (SYNCRAFT_TOKEN). */
async function cli(args: string[], as?: keyof typeof TOKENS, stdin?: string) {
  if (as === undefined) delete process.env.SYNCRAFT_TOKEN;
  else process.env.SYNCRAFT_TOKEN = TOKENS[as];
  return runInProcess(work, args, stdin);
}

function specFile(name: string, version: string, change?: (spec: Record<string, unknown>) => void): string {
  const spec = JSON.parse(readFileSync(template, 'utf8')) as Record<string, unknown> & {
    app: { version: string };
  };
  spec.app.version = version;
  change?.(spec);
  const file = join(work, name);
  writeFileSync(file, JSON.stringify(spec, null, 2));
  return name;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'syncraft-cli-'));
  server = spawn(process.execPath, ['--import', 'tsx', 'test/registry/serve.ts'], {
    cwd: serverDir,
    env: { ...process.env, SYNCRAFT_TEST_SECRET: secret, SYNCRAFT_POLICY_FILE: policyFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n')[0];
      if (buffered.includes('\n') && line) resolve((JSON.parse(line) as { url: string }).url);
    });
    server.once('exit', (code) => reject(new Error(`the test server exited with ${code}`)));
  });
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
});

beforeEach(() => {
  process.env.SYNCRAFT_CONFIG_DIR = join(work, 'config');
  delete process.env.SYNCRAFT_SERVER;
  delete process.env.SYNCRAFT_TOKEN;
});

describe('syncraft registry commands against a server on loopback', () => {
  it('logs in with the token from SYNCRAFT_TOKEN or standard input, stores it privately, refuses a bad one', async () => {
    const bad = await cli(['login', '--server', url, '--token-stdin'], undefined, 'not-a-token\n');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/401 unauthenticated/);
    const piped = await cli(
      ['login', '--server', `${url}/`, '--token-stdin'],
      undefined,
      `${TOKENS.builder}\n`,
    );
    expect(piped.code).toBe(0);
    const file = join(work, 'config', 'config.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ server: url, token: TOKENS.builder });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const fromEnv = await cli(['login', '--server', url], 'reviewer');
    expect(fromEnv.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).token).toBe(TOKENS.reviewer);
    expect((await cli(['login', '--server', 'ftp://x'], 'builder')).code).toBe(2);
    const none = await cli(['login', '--server', url]);
    expect(none).toMatchObject({ code: 2, err: expect.stringMatching(/SYNCRAFT_TOKEN|--token-stdin/) });
    for (const run of [bad, piped, fromEnv])
      expect(run.out + run.err).not.toContain(TOKENS.builder.slice(-20));
    expect(fromEnv.out + fromEnv.err).not.toContain(TOKENS.reviewer.slice(-20));
  });

  it('never takes the token as an argument, and does not echo it back', async () => {
    const run = await cli(['login', '--server', url, '--token', TOKENS.admin]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/never given as an argument.*SYNCRAFT_TOKEN.*--token-stdin/);
    expect(run.out + run.err).not.toContain(TOKENS.admin.slice(-20));
    const file = join(work, 'config', 'config.json');
    if (existsSync(file)) expect(readFileSync(file, 'utf8')).not.toContain(TOKENS.admin);
  });

  it('runs the whole governance flow: push, submit, review list, approve, publish, diff, rollback', async () => {
    await cli(['login', '--server', url], 'builder');
    const dry = await cli(['push', '--dry-run', specFile('v1.json', '1.0.0')]);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(
      'dry run: would POST /api/apps/field-service/versions; the registry would accept it',
    );
    const noApp = await cli(['diff', '--app', 'field-service', 'published', 'published']);
    expect(noApp.code).toBe(1);
    expect(noApp.err).toMatch(/404 not-found/);
    const v1 = await cli(['push', 'v1.json']);
    expect(v1.code).toBe(0);
    const hash1 = v1.out.trim();
    expect(hash1).toMatch(/^[0-9a-f]{64}$/);
    expect(v1.err).toContain('saved: field-service 1.0.0 (draft), 1 finding:');
    expect(v1.err).toMatch(/\/entities\/0\/offline {2}POLICY warning {2}Entity Site keeps records/);
    const again = await cli(['push', 'v1.json']);
    expect(again.out.trim()).toBe(hash1);
    expect(again.err).toContain('already saved');

    expect((await cli(['submit', 'field-service', hash1.slice(0, 8)])).out).toContain('round 1');
    // Nothing is published yet: the diff against `published` is a first publication, not a 404.
    const first = await cli(['diff', '--app', 'field-service', 'published', hash1]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      /^Nothing of field-service is published yet; .* would be its first publication: \d+ entities new on devices \(Site, /,
    );
    const firstJson = JSON.parse(
      (await cli(['diff', '--app', 'field-service', 'published', hash1, '--format', 'json'])).out,
    );
    expect(firstJson).toMatchObject({ published: null, firstPublication: true, changes: [], breaking: 0 });
    const queue = await cli(['review', 'list', '--format', 'json'], 'reviewer');
    expect(queue.code).toBe(0);
    expect(JSON.parse(queue.out).reviews).toEqual([
      expect.objectContaining({ hash: hash1, submittedBy: 'bea-builder' }),
    ]);

    const self = await cli(['approve', 'field-service', hash1], 'builder');
    expect(self.code).toBe(1);
    expect(self.err).toMatch(/403 forbidden/);
    const dryApprove = await cli(
      ['approve', 'field-service', hash1, '--dry-run', '--format', 'json'],
      'reviewer',
    );
    expect(dryApprove.code).toBe(0);
    expect(JSON.parse(dryApprove.out)).toMatchObject({
      dryRun: true,
      request: { method: 'POST', path: `/api/apps/field-service/versions/${hash1}/approve` },
      version: { status: 'pending' },
    });
    const approved = await cli(['approve', 'field-service', hash1, '-m', 'Looks right.'], 'reviewer');
    expect(approved).toMatchObject({ code: 0, out: `approved field-service ${hash1.slice(0, 12)}\n` });
    expect((await cli(['publish', 'field-service', hash1], 'reviewer')).out).toContain('publication 1');

    const v2 = await cli([
      'push',
      specFile('v2.json', '1.1.0', (spec) => {
        const entities = spec.entities as Array<{ name: string; fields: unknown[] }>;
        entities.find((e) => e.name === 'Visit')!.fields.push({ name: 'rating', type: 'integer' });
      }),
    ]);
    const hash2 = v2.out.trim();
    await cli(['submit', 'field-service', hash2]);
    await cli(['approve', 'field-service', hash2], 'admin');
    await cli(['publish', 'field-service', hash2], 'admin');

    const changes = await cli(['diff', '--app', 'field-service', hash1, 'published', '--format', 'json']);
    expect(changes.code).toBe(0);
    const report = JSON.parse(changes.out);
    expect(report.app).toBe('field-service');
    expect(report.changes.map((c: { kind: string }) => c.kind)).toContain('field-added');
    const text = await cli(['diff', '--app', 'field-service', hash1, hash2]);
    expect(text.out).toContain('rating');
    // The file form of diff still works next to the registry form.
    expect((await cli(['diff', 'v1.json', 'v2.json'])).code).toBe(0);

    const rolled = await cli(['rollback', 'field-service', hash1], 'admin');
    expect(rolled).toMatchObject({ code: 0 });
    expect(rolled.out).toContain(`back to ${hash1.slice(0, 12)} (was ${hash2.slice(0, 12)})`);
    const published = await cli(['diff', '--app', 'field-service', 'published', hash1, '--format', 'json']);
    expect(JSON.parse(published.out).changes).toEqual([]);
  }, 30_000);

  it('exits 1 with the server’s reasons when it refuses, and 2 on usage errors', async () => {
    process.env.SYNCRAFT_SERVER = url;
    const broken = await cli(
      [
        'push',
        specFile('broken.json', '1.2.0', (spec) => {
          spec.retry = 'often';
        }),
      ],
      'builder',
    );
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/400 invalid-spec/);
    expect(broken.err).toContain('/retry');

    const pending = await cli(['push', specFile('v3.json', '1.3.0')], 'builder');
    const unapproved = await cli(['publish', 'field-service', pending.out.trim()], 'reviewer');
    expect(unapproved.code).toBe(1);
    expect(unapproved.err).toMatch(/409 conflict: Only an approved version can be published/);

    expect((await cli(['reject', 'field-service', pending.out.trim()], 'reviewer')).code).toBe(2);
    expect((await cli(['submit', 'field-service', 'xyz'], 'builder')).code).toBe(2);
    expect((await cli(['push', 'missing.json'], 'builder')).code).toBe(2);
    delete process.env.SYNCRAFT_SERVER;
    process.env.SYNCRAFT_CONFIG_DIR = join(work, 'nowhere');
    const noLogin = await cli(['review', 'list'], 'reviewer');
    expect(noLogin.code).toBe(2);
    expect(noLogin.err).toMatch(/syncraft login/);
  }, 15_000);

  it('works from a child process as a CI job would run it', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
        cwd: runtimeDir,
        env: {
          ...process.env,
          SYNCRAFT_SERVER: url,
          SYNCRAFT_TOKEN: TOKENS.reviewer,
          SYNCRAFT_CONFIG_DIR: join(work, 'ci'),
        },
        encoding: 'utf8',
      });
    const list = run(['review', 'list', '--status', 'approved']);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('field-service');
    const refused = run(['push', template]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/403 forbidden/);
  }, 30_000);

  it('runs the conflict scenarios on the server in simulator sandboxes, as a builder only', async () => {
    await cli(['login', '--server', url], 'builder');
    const local = await cli(['test', template]);
    const remote = await cli(['test', template, '--on-server']);
    expect(remote.code, remote.err).toBe(0);
    expect(remote.out).toContain(`conflict scenarios on simulator sandboxes on ${url}`);
    // The same scenarios end the same way (record versions come from the server's sequence, and
    // each run takes its own clock for the sample times).
    const lines = (out: string) =>
      out
        .split('\n')
        .slice(1)
        .join('\n')
        .replace(/version \d+/g, 'version n')
        .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>');
    expect(lines(remote.out)).toBe(lines(local.out));
    expect(remote.out).toMatch(/^\d+ scenarios: \d+ passed, 0 failed/m);
    await cli(['login', '--server', url], 'reviewer');
    const refused = await cli(['test', template, '--on-server']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/would not run the spec: This needs the role builder or admin/);
  }, 60_000);
});
