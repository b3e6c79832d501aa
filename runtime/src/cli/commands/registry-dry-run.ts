import { EXIT, type ExitCode } from '../context';
import { diagnosticLines } from './registry-client';
import { type Session, short, valueOr } from './registry-session';

/*
 * `--dry-run` of the registry commands: everything a real run would read is read (login, version
 * resolution, the version's state, the registry's verdict on a spec), nothing that changes the
 * registry is sent. For pipelines that want to see a step before they take it.
 */

/** `push --dry-run`: the registry's findings on the spec (`POST /api/specs/validate` saves nothing). */
export async function dryRunPush(s: Session, app: string, spec: unknown): Promise<ExitCode> {
  const report = valueOr(s, await s.registry.validate(spec));
  if (!report) return EXIT.failed;
  const request = { method: 'POST', path: `/api/apps/${encodeURIComponent(app)}/versions` };
  const { valid, diagnostics } = report;
  if (s.format === 'json') {
    s.context.out(`${JSON.stringify({ dryRun: true, request, valid, diagnostics }, null, 2)}\n`);
  } else {
    const verdict = valid ? 'the registry would accept it' : 'the registry would refuse it';
    s.context.out(`dry run: would ${request.method} ${request.path}; ${verdict}\n`);
    if (diagnostics.length > 0) s.context.out(`${diagnosticLines(diagnostics).join('\n')}\n`);
  }
  return valid ? EXIT.ok : EXIT.failed;
}

/** What a version action would send. */
export interface PlannedRequest {
  readonly path: string;
  readonly body?: unknown;
}

/** `submit|approve|reject|publish|rollback --dry-run`: the request it would send and the version's state. */
export async function dryRunAction(
  s: Session,
  action: string,
  app: string,
  hash: string,
  planned: PlannedRequest,
): Promise<ExitCode> {
  const v = valueOr(s, await s.registry.version(app, hash));
  if (!v) return EXIT.failed;
  const request = { method: 'POST', ...planned };
  const version = { appId: v.appId, hash: v.hash, appVersion: v.appVersion, status: v.status };
  s.context.out(
    s.format === 'json'
      ? `${JSON.stringify({ dryRun: true, action, request, version }, null, 2)}\n`
      : `dry run: would ${action} ${app} ${short(hash)} (${v.appVersion}, ${v.status} now): ${request.method} ${request.path}\n`,
  );
  return EXIT.ok;
}
