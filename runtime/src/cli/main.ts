/**
 * The `syncraft` command line: `validate`, `lint`, `diff` and `types` for sync specs.
 *
 * Run it as `pnpm syncraft <command>` in the repository (`bin.mjs`, from source through tsx) or as
 * the `syncraft` bin of the installed `@syncraft/runtime` (`dist/bin.js`, built from `bin.ts`).
 * Exit codes: 0 ok, 1 a check failed, 2 the command was used wrongly.
 * Commands live in `commands/*.ts`; `commands/index.ts` lists them, one line each.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import * as commands from './commands';
import { type CliCommand, type CliContext, EXIT, type ExitCode, UsageError } from './context';

export { startFolder } from './files';

// Inlined by the build, read through tsx from source: the version is right in both.
const { version } = packageJson;

/** Builds the program with every command; `done` receives the exit code of the command that ran. */
function program(context: CliContext, done: (code: ExitCode) => void): Command {
  const root = new Command('syncraft')
    .description('Check, compare and generate types from Syncraft sync specs.')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (s) => context.out(s), writeErr: (s) => context.err(s) })
    .showHelpAfterError('(run syncraft --help for usage)');
  for (const command of Object.values(commands) as CliCommand[]) command.register(root, context, done);
  return root;
}

/**
 * Runs the CLI with the arguments after the program name and answers the exit code. Never exits
 * the process and never throws: usage errors and unexpected failures are printed to `context.err`.
 *
 * @example
 * const code = await main(['lint', 'app.sync.json', '--format', 'json'], nodeContext(process.cwd()));
 */
export async function main(argv: readonly string[], context: CliContext): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  try {
    await program(context, (c) => {
      code = c;
    }).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      const finished = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
      return finished ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      context.err(`syncraft: ${error.message}\n`);
      return EXIT.usage;
    }
    context.err(
      `syncraft: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.failed;
  }
}

/** The real console and file system, with relative paths resolved against `cwd`. */
export function nodeContext(cwd: string): CliContext {
  return {
    cwd,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}
