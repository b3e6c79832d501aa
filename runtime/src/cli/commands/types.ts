import { appTypes } from '../../spec';
import { type CliCommand, EXIT, UsageError } from '../context';
import { resolvePath } from '../files';
import { loadSpec } from './load-spec';

/** `syncraft types <spec> [-o file]`: TypeScript record types for app code. */
export const command: CliCommand = {
  register(program, context, done) {
    program
      .command('types')
      .description('generate TypeScript types for the entities of a spec')
      .argument('<spec>', 'spec file (JSON)')
      .option('-o, --out <file>', 'write the types to this file instead of printing them')
      .action(async (file: string, options: { out?: string }) => {
        const spec = await loadSpec(context, file);
        if (!spec) return done(EXIT.failed);
        const text = appTypes(spec);
        if (options.out === undefined) {
          context.out(text);
          return done(EXIT.ok);
        }
        try {
          await context.writeFile(resolvePath(context, options.out), text);
        } catch (error) {
          throw new UsageError(
            `cannot write ${options.out}: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        context.err(`syncraft: wrote types for ${spec.entities.length} entities to ${options.out}\n`);
        done(EXIT.ok);
      });
  },
};
