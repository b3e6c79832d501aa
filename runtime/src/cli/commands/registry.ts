/**
 * The registry commands of `syncraft`, so governance can run from a terminal or a CI pipeline:
 * `login`, `push`, `submit`, `review list`, `approve`, `reject`, `publish`, `rollback`, and
 * `diff --app` on registry versions. Exit codes: 0 done, 1 refused by the server (or unreachable),
 * 2 usage error. Documented in docs/governance.md.
 */
import { type Command, Option } from 'commander';
import type { Publication, Submission } from '../../protocol';
import type { RegistryClient, RegistryResult } from '../../registry';
import { type CliCommand, type CliContext, EXIT, type ExitCode, UsageError } from '../context';
import { readSpecFile } from '../files';
import { formatOption, type OutputFormat } from '../options';
import { clientFor, diagnosticLines, formatFailure } from './registry-client';
import { loginToken, normaliseServer, type RegistryEnv, resolveLogin, saveLogin } from './registry-config';
import { extendDiff } from './registry-diff';
import { dryRunAction, dryRunPush, type PlannedRequest } from './registry-dry-run';
import { resolveVersion, type Session, settle, short } from './registry-session';

/** Registers the commands; `env` defaults to the process environment. */
export function registerRegistryCommands(
  program: Command,
  context: CliContext,
  done: (code: ExitCode) => void,
  env: () => RegistryEnv = () => process.env,
): void {
  const session = async (format: OutputFormat = 'text'): Promise<Session> => ({
    context,
    registry: clientFor(await resolveLogin(env())),
    format,
  });

  program
    .command('login')
    .description(
      'store the registry server and token used by the registry commands; the token comes from SYNCRAFT_TOKEN or, with --token-stdin, from standard input, never from an argument',
    )
    .requiredOption('--server <url>', 'the Syncraft server, e.g. http://localhost:4310')
    .option(
      '--token-stdin',
      'read the token from standard input (e.g. printf %s "$TOKEN" | syncraft login …)',
    )
    .addOption(new Option('--token <jwt>').hideHelp())
    .option('--no-verify', 'store without checking the token against the server')
    .action(async (options: { server: string; tokenStdin?: boolean; token?: string; verify: boolean }) => {
      if (options.token !== undefined) {
        // Arguments end up in shell history, process lists and CI logs: refuse, without echoing it.
        throw new UsageError(
          'the token is never given as an argument (it would show in shell history and process lists): set SYNCRAFT_TOKEN or pipe it with --token-stdin',
        );
      }
      const token = await loginToken(context, env(), options.tokenStdin === true);
      const login = { server: normaliseServer(options.server), token };
      if (options.verify) {
        const answer = await clientFor(login).apps();
        if (!answer.ok) {
          context.err(formatFailure(answer.failure));
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
    .option('--dry-run', 'check the spec with the registry (structure, meaning, policies) and save nothing')
    .addOption(formatOption())
    .action(async (file: string, options: { app?: string; format: OutputFormat; dryRun?: boolean }) => {
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
      if (options.dryRun) return done(await dryRunPush(s, app, spec));
      const answer = await s.registry.saveVersion(app, spec);
      done(
        settle(s, answer, (v) => {
          const findings = v.diagnostics;
          context.err(
            `${v.created ? 'saved' : 'already saved'}: ${v.appId} ${v.appVersion} (${v.status})${findings.length > 0 ? `, ${findings.length} finding${findings.length === 1 ? '' : 's'}:` : ''}\n`,
          );
          if (findings.length > 0) context.err(`${diagnosticLines(findings).join('\n')}\n`);
          return `${v.hash}\n`;
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
    .action(async (options: { status: Submission['status']; format: OutputFormat }) => {
      const s = await session(options.format);
      const answer = await s.registry.reviews(options.status);
      done(
        settle(s, answer, ({ reviews }) =>
          reviews.length === 0
            ? `no ${options.status} reviews\n`
            : `${reviews
                .map(
                  (r) =>
                    `${r.appId}  ${r.appVersion}  ${r.hash}  by ${r.submittedBy}  ${r.submittedAt}  ${r.warnings.length} warning(s)`,
                )
                .join('\n')}\n`,
        ),
      );
    });

  program
    .command('audit')
    .description('the audit log')
    .command('verify')
    .description('check that no audit entry was changed or removed; exits 1 naming the first broken entry')
    .addOption(formatOption())
    .action(async (options: { format: OutputFormat }) => {
      const s = await session(options.format);
      const answer = await s.registry.verifyAudit();
      const code = settle(s, answer, (check) =>
        check.ok
          ? `audit chain intact: ${check.entries} entries, head ${check.headHash}\n`
          : `audit chain broken at entry ${check.firstBroken?.position}${check.firstBroken?.id != null ? ` (id ${check.firstBroken.id})` : ''}: ${check.firstBroken?.problem}: ${check.firstBroken?.message}\n`,
      );
      done(code === EXIT.ok && answer.ok && !answer.value.ok ? EXIT.failed : code);
    });

  type Options = { message?: string; format: OutputFormat; dryRun?: boolean };
  /** What one version action sends: the request (shown by `--dry-run`) and the client call making it. */
  interface Action<T> {
    readonly plan: (app: string, hash: string, options: Options) => PlannedRequest;
    readonly send: (
      registry: RegistryClient,
      app: string,
      hash: string,
      options: Options,
    ) => Promise<RegistryResult<T>>;
  }
  /**
   * A command acting on one version: `<app> <hash>` resolved to a full hash, one POST through the
   * shared client, the answer rendered by `render` (or printed as JSON).
   */
  const versionCommand = <T>(
    name: string,
    description: string,
    action: Action<T>,
    render: (body: T, app: string) => string,
    message?: 'required' | 'optional',
  ) => {
    const cmd = program
      .command(name)
      .description(description)
      .argument('<app>', 'the app id')
      .argument('<hash>', 'the version (hash, unique prefix of 6+ hex digits, or "published")')
      .addOption(formatOption());
    if (message === 'required') cmd.requiredOption('-m, --message <comment>', 'why (required)');
    if (message === 'optional') cmd.option('-m, --message <comment>', 'a comment for the record');
    cmd.option('--dry-run', `show what ${name} would send, and the version's state now; change nothing`);
    cmd.action(async (app: string, ref: string, options: Options) => {
      const s = await session(options.format);
      const version = await resolveVersion(s, app, ref);
      if (!version.ok) return done(version.code);
      if (options.dryRun) {
        return done(await dryRunAction(s, name, app, version.hash, action.plan(app, version.hash, options)));
      }
      const answer = await action.send(s.registry, app, version.hash, options);
      done(settle(s, answer, (body) => render(body, app)));
    });
  };
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const comment = (options: Options) => (options.message !== undefined ? { comment: options.message } : {});
  const at = (app: string, hash: string, step: string): PlannedRequest => ({
    path: `/api/apps/${encodeURIComponent(app)}/versions/${hash}/${step}`,
  });

  versionCommand<Submission>(
    'submit',
    'submit a version for review',
    { plan: (app, hash) => at(app, hash, 'submit'), send: (r, app, hash) => r.submit(app, hash) },
    (sub, app) =>
      `submitted ${app} ${short(sub.hash)} for review (round ${sub.round}${sub.warnings.length > 0 ? `, ${plural(sub.warnings.length, 'warning')} for the reviewer` : ''})\n`,
  );
  versionCommand<Submission>(
    'approve',
    'approve a version waiting for review',
    {
      plan: (app, hash, o) => ({ ...at(app, hash, 'approve'), body: comment(o) }),
      send: (r, app, hash, o) => r.approve(app, hash, o.message),
    },
    (sub, app) => `${sub.status} ${app} ${short(sub.hash)}\n`,
    'optional',
  );
  versionCommand<Submission>(
    'reject',
    'reject a version waiting for review (or revoke an unpublished approval)',
    {
      plan: (app, hash, o) => ({ ...at(app, hash, 'reject'), body: comment(o) }),
      send: (r, app, hash, o) => r.reject(app, hash, o.message ?? ''),
    },
    (sub, app) => `${sub.status} ${app} ${short(sub.hash)}\n`,
    'required',
  );
  versionCommand<Publication>(
    'publish',
    'publish an approved version: devices get it on their next sync',
    { plan: (app, hash) => at(app, hash, 'publish'), send: (r, app, hash) => r.publish(app, hash) },
    (p, app) => `published ${app} ${short(p.hash)} (publication ${p.seq})\n`,
  );
  versionCommand<Publication>(
    'rollback',
    'publish an earlier approved version again',
    {
      plan: (app, hash) => ({ path: `/api/apps/${encodeURIComponent(app)}/rollback`, body: { hash } }),
      send: (r, app, hash) => r.rollback(app, hash),
    },
    (p, app) =>
      `rolled ${app} back to ${short(p.hash)}${p.previousHash ? ` (was ${short(p.previousHash)})` : ''}\n`,
  );

  extendDiff(program, context, done, session);
}

/** The registry commands as one `syncraft` command module (one line in commands/index.ts). */
export const command: CliCommand = {
  register(program, context, done) {
    registerRegistryCommands(program, context, done);
  },
};
