import { diff, summarizeDiff } from '../../spec';
import { type CliCommand, EXIT } from '../context';
import { formatOption, type OutputFormat } from '../options';
import { loadSpec } from './load-spec';

/** `syncraft diff <old> <new>`: what changed between two versions of a spec, for review. */
export const command: CliCommand = {
  register(program, context, done) {
    program
      .command('diff')
      .description('list the changes between two versions of a spec, with risk and breaking flags')
      .argument('<old>', 'the spec before the change')
      .argument('<new>', 'the spec after the change')
      .addOption(formatOption())
      .option('--fail-on-breaking', 'exit 1 when any change is breaking')
      .action(
        async (
          oldFile: string,
          newFile: string,
          options: { format: OutputFormat; failOnBreaking?: boolean },
        ) => {
          const old = await loadSpec(context, oldFile);
          const next = await loadSpec(context, newFile);
          if (!old || !next) return done(EXIT.failed);
          const changes = diff(old, next);
          const breaking = changes.filter((c) => c.breaking).length;
          context.out(
            options.format === 'json'
              ? `${JSON.stringify({ old: oldFile, new: newFile, breaking, changes }, null, 2)}\n`
              : `${summarizeDiff(changes)}\n`,
          );
          done(options.failOnBreaking && breaking > 0 ? EXIT.failed : EXIT.ok);
        },
      );
  },
};
