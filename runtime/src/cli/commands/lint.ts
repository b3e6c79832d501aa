import { check } from '../../spec';
import type { CliCommand } from '../context';
import { formatOption, nonNegativeInteger, type OutputFormat } from '../options';
import { checkFiles } from './check-files';

/** `syncraft lint <files…>`: structure and meaning (references, rules, offline states, ...). */
export const command: CliCommand = {
  register(program, context, done) {
    program
      .command('lint')
      .description('validate spec files and check their meaning (exit 1 on any error)')
      .argument('<files...>', 'spec files (JSON)')
      .addOption(formatOption())
      .option(
        '--max-warnings <n>',
        'also fail when there are more than n warnings in all',
        nonNegativeInteger,
      )
      .action(async (files: string[], options: { format: OutputFormat; maxWarnings?: number }) => {
        done(
          await checkFiles(context, {
            files,
            format: options.format,
            check,
            ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
          }),
        );
      });
  },
};
