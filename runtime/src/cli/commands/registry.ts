/**
 * The registry commands of `syncraft`, so governance can run from a terminal or a CI pipeline:
 * `login`, `push`, `submit`, `review list`, `approve`, `reject`, `publish`, `rollback`, and
 * `diff --app` on registry versions. Exit codes: 0 done, 1 refused by the server (or unreachable),
 * 2 usage error. Documented in docs/governance.md.
 */
import { type Command, Option } from 'commander';
import { diff, type SyncSpec, summarizeDiff } from '../../spec';
import { type CliCommand, type CliContext, EXIT, type ExitCode, UsageError } from '../context';
import { readSpecFile } from '../files';
import { formatOption, type OutputFormat } from '../options';
import { loadSpec } from './load-spec';
import { callRegistry, formatRefusal, type RegistryAnswer } from './registry-client';
import {
  normaliseServer,
  type RegistryEnv,
  type RegistryLogin,
  resolveLogin,
  saveLogin,
} from './registry-config';

const HASH = /^[0-9a-f]{64}$/;

interface VersionBody {
  readonly appId: string;
  readonly hash: string;
  readonly appVersion: string;
  readonly status: string;
  readonly created?: boolean;
  readonly diagnostics?: ReadonlyArray<{ severity: string }>;
  readonly spec?: SyncSpec;
}

interface SubmissionBody {
  readonly appId: string;
  readonly hash: string;
  readonly appVersion?: string;
  readonly round: number;
  readonly status: string;
  readonly submittedBy: string;
  readonly submittedAt: string;
  readonly warnings: readonly unknown[];
}

interface PublicationBody {
  readonly appId: string;
  readonly hash: string;
  readonly seq: number;
  readonly kind: string;
  readonly previousHash: string | null;
}

/** Everything one registry command needs: where to print and which server to call. */
interface Session {
  readonly context: CliContext;
  readonly login: RegistryLogin;
  readonly format: OutputFormat;
}

/** Prints a refusal and answers exit code 1, or hands the body on. */
function settle<T>(session: Session, answer: RegistryAnswer<T>, onOk: (body: T) => string): ExitCode {
  if (!answer.ok) {
    session.context.err(formatRefusal(answer.status, answer.error));
    return EXIT.failed;
  }
  session.context.out(
    session.format === 'json' ? `${JSON.stringify(answer.body, null, 2)}\n` : onOk(answer.body),
  );
  return EXIT.ok;
}

const short = (hash: string) => hash.slice(0, 12);
const path = (...parts: string[]) => `/${parts.map(encodeURIComponent).join('/')}`;

/**
 * Resolves what the user typed for a version: a full hash, `published`, or a unique hash prefix
 * (at least 6 hex digits) of one of the app's versions.
 */
async function resolveVersion(
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

/** Registers the commands; `env` defaults to the process environment. */
export function registerRegistryCommands(
  program: Command,
  context: CliContext,
  done: (code: ExitCode) => void,
  env: () => RegistryEnv = () => process.env,
): void {
  const session = async (format: OutputFormat = 'text'): Promise<Session> => ({
    context,
    login: await resolveLogin(env()),
    format,
  });

  program
    .command('login')
    .description('store the registry server and token used by the registry commands')
    .requiredOption('--server <url>', 'the Syncraft server, e.g. http://localhost:4310')
    .requiredOption('--token <jwt>', 'a bearer token from your identity provider')
    .option('--no-verify', 'store without checking the token against the server')
    .action(async (options: { server: string; token: string; verify: boolean }) => {
      const login = { server: normaliseServer(options.server), token: options.token.trim() };
      if (options.verify) {
        const answer = await callRegistry<{ apps: unknown[] }>(login, 'GET', '/api/apps');
        if (!answer.ok) {
          context.err(formatRefusal(answer.status, answer.error));
          return done(EXIT.failed);
        }
      }
      const file = await saveLogin(env(), login);
      context.out(`logged in to ${login.server} (saved in ${file})\n`);
      done(EXIT.ok);
    });

  program
    .command('push')
    .description('save a spec file in the registry as a draft version; prints its hash')
    .argument('<spec>', 'the spec file')
    .option('--app <id>', 'the app to save it to (defaults to the spec’s app.id)')
    .addOption(formatOption())
    .action(async (file: string, options: { app?: string; format: OutputFormat }) => {
      const { text } = await readSpecFile(context, file);
      let spec: unknown;
      try {
        spec = JSON.parse(text);
      } catch (error) {
        context.err(`syncraft: ${file} is not valid JSON: ${(error as Error).message}\n`);
        return done(EXIT.failed);
      }
      const specApp = (spec as { app?: { id?: unknown } } | null)?.app?.id;
      const app = options.app ?? (typeof specApp === 'string' ? specApp : undefined);
      if (app === undefined) throw new UsageError(`${file} has no app.id; pass --app <id>`);
      const s = await session(options.format);
      const answer = await callRegistry<VersionBody>(
        s.login,
        'POST',
        `/api${path('apps', app, 'versions')}`,
        spec,
      );
      done(
        settle(s, answer, (v) => {
          const problems = v.diagnostics?.length ?? 0;
          context.err(
            `${v.created ? 'saved' : 'already saved'}: ${v.appId} ${v.appVersion} (${v.status})${problems > 0 ? `, ${problems} finding${problems === 1 ? '' : 's'} — see syncraft lint` : ''}\n`,
          );
          return `${v.hash}\n`;
        }),
      );
    });

  program
    .command('submit')
    .description('submit a version for review')
    .argument('<app>', 'the app id')
    .argument('<hash>', 'the version (hash or unique prefix)')
    .addOption(formatOption())
    .action(async (app: string, ref: string, options: { format: OutputFormat }) => {
      const s = await session(options.format);
      const version = await resolveVersion(s, app, ref);
      if (!version.ok) return done(version.code);
      const answer = await callRegistry<SubmissionBody>(
        s.login,
        'POST',
        `/api${path('apps', app, 'versions', version.hash, 'submit')}`,
      );
      done(
        settle(s, answer, (sub) => {
          const warnings = sub.warnings.length;
          return `submitted ${app} ${short(sub.hash)} for review (round ${sub.round}${warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'} for the reviewer` : ''})\n`;
        }),
      );
    });

  program
    .command('review')
    .description('the review queue')
    .command('list')
    .description('list submissions waiting for review (or with another status)')
    .addOption(
      new Option('--status <status>', 'which submissions')
        .choices(['pending', 'approved', 'rejected'])
        .default('pending'),
    )
    .addOption(formatOption())
    .action(async (options: { status: string; format: OutputFormat }) => {
      const s = await session(options.format);
      const answer = await callRegistry<{ reviews: SubmissionBody[] }>(
        s.login,
        'GET',
        `/api/reviews?status=${options.status}`,
      );
      done(
        settle(s, answer, ({ reviews }) =>
          reviews.length === 0
            ? `no ${options.status} reviews\n`
            : `${reviews
                .map(
                  (r) =>
                    `${r.appId}  ${r.appVersion ?? ''}  ${r.hash}  by ${r.submittedBy}  ${r.submittedAt}  ${r.warnings.length} warning(s)`,
                )
                .join('\n')}\n`,
        ),
      );
    });

  const decision = (name: 'approve' | 'reject', description: string, commentRequired: boolean) => {
    const cmd = program
      .command(name)
      .description(description)
      .argument('<app>', 'the app id')
      .argument('<hash>', 'the version (hash or unique prefix)')
      .addOption(formatOption());
    if (commentRequired) cmd.requiredOption('-m, --message <comment>', 'why (required)');
    else cmd.option('-m, --message <comment>', 'a comment for the record');
    cmd.action(async (app: string, ref: string, options: { message?: string; format: OutputFormat }) => {
      const s = await session(options.format);
      const version = await resolveVersion(s, app, ref);
      if (!version.ok) return done(version.code);
      const answer = await callRegistry<SubmissionBody>(
        s.login,
        'POST',
        `/api${path('apps', app, 'versions', version.hash, name)}`,
        options.message !== undefined ? { comment: options.message } : {},
      );
      done(settle(s, answer, (sub) => `${sub.status} ${app} ${short(sub.hash)}\n`));
    });
  };
  decision('approve', 'approve a version waiting for review', false);
  decision('reject', 'reject a version waiting for review (or revoke an unpublished approval)', true);

  program
    .command('publish')
    .description('publish an approved version: devices get it on their next sync')
    .argument('<app>', 'the app id')
    .argument('<hash>', 'the version (hash or unique prefix)')
    .addOption(formatOption())
    .action(async (app: string, ref: string, options: { format: OutputFormat }) => {
      const s = await session(options.format);
      const version = await resolveVersion(s, app, ref);
      if (!version.ok) return done(version.code);
      const answer = await callRegistry<PublicationBody>(
        s.login,
        'POST',
        `/api${path('apps', app, 'versions', version.hash, 'publish')}`,
      );
      done(settle(s, answer, (p) => `published ${app} ${short(p.hash)} (publication ${p.seq})\n`));
    });

  program
    .command('rollback')
    .description('publish an earlier approved version again')
    .argument('<app>', 'the app id')
    .argument('<hash>', 'the version (hash or unique prefix)')
    .addOption(formatOption())
    .action(async (app: string, ref: string, options: { format: OutputFormat }) => {
      const s = await session(options.format);
      const version = await resolveVersion(s, app, ref);
      if (!version.ok) return done(version.code);
      const answer = await callRegistry<PublicationBody>(
        s.login,
        'POST',
        `/api${path('apps', app, 'rollback')}`,
        {
          hash: version.hash,
        },
      );
      done(
        settle(
          s,
          answer,
          (p) =>
            `rolled ${app} back to ${short(p.hash)}${p.previousHash ? ` (was ${short(p.previousHash)})` : ''}\n`,
        ),
      );
    });

  extendDiff(program, context, done, session);
}

/**
 * Gives `syncraft diff` a `--app <id>` form that compares two registry versions (hashes, prefixes or
 * `published`) instead of two files. The file form keeps working as before.
 */
function extendDiff(
  program: Command,
  context: CliContext,
  done: (code: ExitCode) => void,
  session: (format: OutputFormat) => Promise<Session>,
): void {
  const existing = program.commands.find((c) => c.name() === 'diff');
  const cmd =
    existing ??
    program
      .command('diff')
      .description('list the changes between two versions of a spec, with risk and breaking flags')
      .argument('<old>', 'the spec before the change')
      .argument('<new>', 'the spec after the change')
      .addOption(formatOption())
      .option('--fail-on-breaking', 'exit 1 when any change is breaking');
  cmd.option('--app <id>', 'compare two versions in the registry: <old> and <new> are hashes or "published"');
  cmd.action(
    async (
      oldRef: string,
      newRef: string,
      options: { app?: string; format: OutputFormat; failOnBreaking?: boolean },
    ) => {
      let old: SyncSpec | undefined;
      let next: SyncSpec | undefined;
      if (options.app === undefined) {
        old = await loadSpec(context, oldRef);
        next = await loadSpec(context, newRef);
      } else {
        const s = await session(options.format);
        old = await fetchSpec(s, options.app, oldRef);
        next = old && (await fetchSpec(s, options.app, newRef));
      }
      if (!old || !next) return done(EXIT.failed);
      const changes = diff(old, next);
      const breaking = changes.filter((c) => c.breaking).length;
      context.out(
        options.format === 'json'
          ? `${JSON.stringify({ old: oldRef, new: newRef, ...(options.app ? { app: options.app } : {}), breaking, changes }, null, 2)}\n`
          : `${summarizeDiff(changes)}\n`,
      );
      done(options.failOnBreaking && breaking > 0 ? EXIT.failed : EXIT.ok);
    },
  );
}

async function fetchSpec(s: Session, app: string, ref: string): Promise<SyncSpec | undefined> {
  const version = await resolveVersion(s, app, ref);
  if (!version.ok) return undefined;
  const answer = await callRegistry<VersionBody>(
    s.login,
    'GET',
    `/api${path('apps', app, 'versions', version.hash)}`,
  );
  if (!answer.ok) {
    s.context.err(formatRefusal(answer.status, answer.error));
    return undefined;
  }
  return answer.body.spec;
}

/** The registry commands as one `syncraft` command module (one line in commands/index.ts). */
export const command: CliCommand = {
  register(program, context, done) {
    registerRegistryCommands(program, context, done);
  },
};
