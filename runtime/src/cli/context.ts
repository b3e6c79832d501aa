import type { Command } from 'commander';

/** Exit codes of every `syncraft` command. */
export const EXIT = {
  /** Everything checked out. */
  ok: 0,
  /** A spec is invalid, has too many warnings, or a diff is breaking with `--fail-on-breaking`. */
  failed: 1,
  /** The command was used wrongly: unknown option, missing or unreadable file. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What a command may touch: its output streams, files, and the folder relative paths start from. */
export interface CliContext {
  /** The folder relative file arguments are resolved against. */
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  /** All of standard input, for a spec given as `-`; absent where there is none to read. */
  readStdin?(): Promise<string>;
}

/** A `syncraft` command: adds itself to the program; its action resolves to an exit code. */
export interface CliCommand {
  register(program: Command, context: CliContext, done: (code: ExitCode) => void): void;
}

/** Raised by a command for a usage problem (exit code 2), such as a file that cannot be read. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
