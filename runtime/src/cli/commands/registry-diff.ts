import type { Command } from 'commander';
import { diff, type SyncSpec, summarizeDiff } from '../../spec';
import { type CliContext, EXIT, type ExitCode } from '../context';
import { formatOption, type OutputFormat } from '../options';
import { loadSpec } from './load-spec';
import { callRegistry, formatRefusal } from './registry-client';
import { path, resolveVersion, type Session, type VersionBody } from './registry-session';

/**
 * Gives `syncraft diff` a `--app <id>` form that compares two registry versions (hashes, prefixes or
 * `published`) instead of two files. The file form keeps working as before.
 */
export function extendDiff(
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
