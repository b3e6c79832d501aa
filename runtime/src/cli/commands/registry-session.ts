import type { SyncSpec } from '../../spec';
import { type CliContext, EXIT, type ExitCode, UsageError } from '../context';
import type { OutputFormat } from '../options';
import { callRegistry, formatRefusal, type RegistryAnswer } from './registry-client';
import type { RegistryLogin } from './registry-config';

/*
 * What the registry commands share: the shapes of the server's answers they read, the session
 * (output, login, format), printing an answer, and resolving what the user typed for a version.
 */

const HASH = /^[0-9a-f]{64}$/;

/** A version as the server answers it (the fields the CLI reads). */
export interface VersionBody {
  readonly appId: string;
  readonly hash: string;
  readonly appVersion: string;
  readonly status: string;
  readonly created?: boolean;
  readonly diagnostics?: readonly unknown[];
  readonly spec?: SyncSpec;
}

/** A submission as the server answers it. */
export interface SubmissionBody {
  readonly appId: string;
  readonly hash: string;
  readonly appVersion?: string;
  readonly round: number;
  readonly status: string;
  readonly submittedBy: string;
  readonly submittedAt: string;
  readonly warnings: readonly unknown[];
}

/** A publication as the server answers it. */
export interface PublicationBody {
  readonly appId: string;
  readonly hash: string;
  readonly seq: number;
  readonly kind: string;
  readonly previousHash: string | null;
}

/** Everything one registry command needs: where to print and which server to call. */
export interface Session {
  readonly context: CliContext;
  readonly login: RegistryLogin;
  readonly format: OutputFormat;
}

/** Prints a refusal and answers exit code 1, or hands the body on. */
export function settle<T>(session: Session, answer: RegistryAnswer<T>, onOk: (body: T) => string): ExitCode {
  if (!answer.ok) {
    session.context.err(formatRefusal(answer.status, answer.error));
    return EXIT.failed;
  }
  session.context.out(
    session.format === 'json' ? `${JSON.stringify(answer.body, null, 2)}\n` : onOk(answer.body),
  );
  return EXIT.ok;
}

/** The first 12 hex digits of a hash, for messages. */
export const short = (hash: string) => hash.slice(0, 12);
/** An API path from raw segments, each percent-encoded. */
export const path = (...parts: string[]) => `/${parts.map(encodeURIComponent).join('/')}`;

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
    const answer = await callRegistry<{ hash: string }>(
      session.login,
      'GET',
      `/api${path('apps', app, 'published')}`,
    );
    if (!answer.ok) {
      session.context.err(formatRefusal(answer.status, answer.error));
      return { ok: false, code: EXIT.failed };
    }
    return { ok: true, hash: answer.body.hash };
  }
  if (!/^[0-9a-f]{6,63}$/.test(ref)) {
    throw new UsageError(
      `"${ref}" is not a version: give its hash (or at least 6 of its first hex digits) or "published"`,
    );
  }
  const answer = await callRegistry<{ versions: VersionBody[] }>(
    session.login,
    'GET',
    `/api${path('apps', app, 'versions')}`,
  );
  if (!answer.ok) {
    session.context.err(formatRefusal(answer.status, answer.error));
    return { ok: false, code: EXIT.failed };
  }
  const matches = answer.body.versions.filter((v) => v.hash.startsWith(ref));
  if (matches.length !== 1) {
    throw new UsageError(
      matches.length === 0
        ? `app "${app}" has no version starting with ${ref}`
        : `${ref} matches ${matches.length} versions of "${app}"; give more digits`,
    );
  }
  return { ok: true, hash: matches[0]!.hash };
}
