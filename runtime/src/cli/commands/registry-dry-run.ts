import { EXIT, type ExitCode } from '../context';
import { callRegistry, diagnosticLines, formatRefusal } from './registry-client';
import { path, type Session, short, type VersionBody } from './registry-session';

/*
 * `--dry-run` of the registry commands: everything a real run would read is read (login, version
 * resolution, the version's state, the registry's verdict on a spec), nothing that changes the
 * registry is sent. For pipelines that want to see a step before they take it.
 */

/** `push --dry-run`: the registry's findings on the spec (`POST /api/specs/validate` saves nothing). */
export async function dryRunPush(s: Session, app: string, spec: unknown): Promise<ExitCode> {
  const answer = await callRegistry<{ valid: boolean; diagnostics: readonly unknown[] }>(
    s.login,
    'POST',
    '/api/specs/validate',
    spec,
  );
  if (!answer.ok) {
    s.context.err(formatRefusal(answer.status, answer.error));
    return EXIT.failed;
  }
  const request = { method: 'POST', path: `/api${path('apps', app, 'versions')}` };
  const { valid, diagnostics } = answer.body;
  if (s.format === 'json') {
    s.context.out(`${JSON.stringify({ dryRun: true, request, valid, diagnostics }, null, 2)}\n`);
  } else {
    const verdict = valid ? 'the registry would accept it' : 'the registry would refuse it';
    s.context.out(`dry run: would ${request.method} ${request.path}; ${verdict}\n`);
    if (diagnostics.length > 0) s.context.out(`${diagnosticLines(diagnostics).join('\n')}\n`);
  }
  return valid ? EXIT.ok : EXIT.failed;
}

/** `submit|approve|reject|publish|rollback --dry-run`: the request it would send and the version's state. */
export async function dryRunAction(
  s: Session,
  action: string,
  app: string,
  hash: string,
  call: { path: string; body?: unknown },
): Promise<ExitCode> {
  const answer = await callRegistry<VersionBody>(
    s.login,
    'GET',
    `/api${path('apps', app, 'versions', hash)}`,
  );
  if (!answer.ok) {
    s.context.err(formatRefusal(answer.status, answer.error));
    return EXIT.failed;
  }
  const v = answer.body;
  const request = {
    method: 'POST',
    path: `/api${call.path}`,
    ...(call.body === undefined ? {} : { body: call.body }),
  };
  const version = { appId: v.appId, hash: v.hash, appVersion: v.appVersion, status: v.status };
  s.context.out(
    s.format === 'json'
      ? `${JSON.stringify({ dryRun: true, action, request, version }, null, 2)}\n`
      : `dry run: would ${action} ${app} ${short(hash)} (${v.appVersion}, ${v.status} now): ${request.method} ${request.path}\n`,
  );
  return EXIT.ok;
}
