import type { Command } from 'commander';
import { diff, type SyncSpec, summarizeDiff } from '../../spec';
import { type CliContext, EXIT, type ExitCode } from '../context';
import { formatOption, type OutputFormat } from '../options';
import { loadSpec } from './load-spec';
import { formatFailure } from './registry-client';
import { resolveVersion, type Session, valueOr } from './registry-session';

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
      let old: SyncSpec | null | undefined;
      let next: SyncSpec | null | undefined;
      if (options.app === undefined) {
        old = await loadSpec(context, oldRef);
        next = await loadSpec(context, newRef);
      } else {
        const s = await session(options.format);
        old = await fetchSpec(s, options.app, oldRef);
        next = old === undefined ? undefined : await fetchSpec(s, options.app, newRef);
      }
      if (old === undefined || next === undefined) return done(EXIT.failed);
      if (old === null || next === null) {
        // Nothing is published yet: a first publication, not an error.
        const app = options.app ?? '';
        const spec = old ?? next;
        context.out(
          firstPublication(app, spec, old === null ? newRef : oldRef, oldRef, newRef, options.format),
        );
        return done(EXIT.ok);
      }
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

/**
 * What `diff --app` says when one side is `published` and nothing is: every entity of the other
 * side would be new on devices. JSON: `published: null`, `firstPublication: true`, no changes.
 */
function firstPublication(
  app: string,
  spec: SyncSpec | null,
  ref: string,
  oldRef: string,
  newRef: string,
  format: OutputFormat,
): string {
  const entities = spec?.entities.map((e) => e.name) ?? [];
  if (format === 'json') {
    return `${JSON.stringify({ old: oldRef, new: newRef, app, published: null, firstPublication: true, breaking: 0, changes: [], entities }, null, 2)}\n`;
  }
  const what = spec
    ? `${ref} (${spec.app.version}) would be its first publication`
    : 'both sides are "published"';
  const list =
    entities.length > 0
      ? `: ${entities.length} entit${entities.length === 1 ? 'y' : 'ies'} new on devices (${entities.join(', ')})`
      : '';
  return `Nothing of ${app} is published yet; ${what}${list}.\n`;
}

/** Whether the app exists: tells "nothing published" from "no such app" (both 404 on /published). */
async function appExists(s: Session, app: string): Promise<boolean> {
  return (await s.registry.versions(app)).ok;
}

/** A registry version's spec; `null` for `published` when the app has nothing published yet. */
async function fetchSpec(s: Session, app: string, ref: string): Promise<SyncSpec | null | undefined> {
  if (ref === 'published') {
    const published = await s.registry.published(app);
    if (published.ok) return published.value.spec;
    const failure = published.failure;
    if (failure.kind === 'refused' && failure.status === 404 && (await appExists(s, app))) return null;
    s.context.err(formatFailure(failure));
    return undefined;
  }
  const version = await resolveVersion(s, app, ref);
  if (!version.ok) return undefined;
  return valueOr(s, await s.registry.version(app, version.hash))?.spec;
}
