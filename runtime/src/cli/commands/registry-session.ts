import type { RegistryClient, RegistryResult } from '../../registry';
import { type CliContext, EXIT, type ExitCode, UsageError } from '../context';
import type { OutputFormat } from '../options';
import { formatFailure } from './registry-client';

/*
 * What the registry commands share: the session (output, registry client, format), printing an
 * answer, and resolving what the user typed for a version. The answers' shapes are the wire types
 * of `@syncraft/runtime/protocol`, checked by the shared client.
 */

const HASH = /^[0-9a-f]{64}$/;

/** Everything one registry command needs: where to print and the registry to call. */
export interface Session {
  readonly context: CliContext;
  readonly registry: RegistryClient;
  readonly format: OutputFormat;
}

/** Prints a failure and answers exit code 1, or prints the answer (as JSON with `--format json`). */
export function settle<T>(session: Session, answer: RegistryResult<T>, onOk: (body: T) => string): ExitCode {
  if (!answer.ok) {
    session.context.err(formatFailure(answer.failure));
    return EXIT.failed;
  }
  session.context.out(
    session.format === 'json' ? `${JSON.stringify(answer.value, null, 2)}\n` : onOk(answer.value),
  );
  return EXIT.ok;
}

/** The answer's value, or undefined after printing why there is none. */
export function valueOr<T>(session: Session, answer: RegistryResult<T>): T | undefined {
  if (answer.ok) return answer.value;
  session.context.err(formatFailure(answer.failure));
  return undefined;
}

/** The first 12 hex digits of a hash, for messages. */
export const short = (hash: string) => hash.slice(0, 12);

/**
 * Resolves what the user typed for a version: a full hash, `published`, or a unique hash prefix
 * (at least 6 hex digits) of one of the app's versions.
 */
export async function resolveVersion(
  session: Session,
  app: string,
  ref: string,
): Promise<{ ok: true; hash: string } | { ok: false; code: ExitCode }> {
  if (HASH.test(ref)) return { ok: true, hash: ref };
  if (ref === 'published') {
    const published = valueOr(session, await session.registry.published(app));
    return published ? { ok: true, hash: published.hash } : { ok: false, code: EXIT.failed };
  }
  if (!/^[0-9a-f]{6,63}$/.test(ref)) {
    throw new UsageError(
      `"${ref}" is not a version: give its hash (or at least 6 of its first hex digits) or "published"`,
    );
  }
  const list = valueOr(session, await session.registry.versions(app));
  if (!list) return { ok: false, code: EXIT.failed };
  const matches = list.versions.filter((v) => v.hash.startsWith(ref));
  if (matches.length !== 1) {
    throw new UsageError(
      matches.length === 0
        ? `app "${app}" has no version starting with ${ref}`
        : `${ref} matches ${matches.length} versions of "${app}"; give more digits`,
    );
  }
  return { ok: true, hash: matches[0]!.hash };
}
