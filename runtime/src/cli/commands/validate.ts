import { validate } from '../../spec';
import type { CliCommand } from '../context';
import { formatOption, type OutputFormat } from '../options';
import { checkFiles } from './check-files';

/** `syncraft validate <files…>`: structure only (JSON Schema and document limits). */
export const command: CliCommand = {
  register(program, context, done) {
    program
      .command('validate')
      .description('check that spec files have a valid structure (exit 1 if any is invalid)')
      .argument('<files...>', 'spec files (JSON)')
      .addOption(formatOption())
      .action(async (files: string[], options: { format: OutputFormat }) => {
        done(await checkFiles(context, { files, format: options.format, check: validate }));
      });
  },
};
