import { dirname, isAbsolute, resolve } from 'node:path';
import { type CliContext, UsageError } from './context';
import { expandGlob, isGlob } from './glob';

/** The file name that means standard input. */
export const STDIN = '-';

/** A spec file as given on the command line, with its text. */
export interface SpecFile {
  /** The path as the user wrote it, for messages. */
  readonly file: string;
  readonly text: string;
}

/** Resolves a path the user gave against the folder they ran the command in. */
export function resolvePath(context: CliContext, path: string): string {
  return isAbsolute(path) ? path : resolve(context.cwd, path);
}

const stdinRead = new WeakMap<CliContext, true>();

async function readStdin(context: CliContext): Promise<SpecFile> {
  if (!context.readStdin) throw new UsageError('"-" means standard input, and there is none here');
  // Standard input can be read once: a second "-" in one command would silently be empty.
  if (stdinRead.has(context)) throw new UsageError('"-" (standard input) may be given only once');
  stdinRead.set(context, true);
  return { file: '<stdin>', text: await context.readStdin() };
}

/**
 * Reads a file the user named (`-`: standard input), turning "not found" and friends into a
 * {@link UsageError}.
 */
export async function readSpecFile(context: CliContext, file: string): Promise<SpecFile> {
  if (file === STDIN) return readStdin(context);
  try {
    return { file, text: await context.readFile(resolvePath(context, file)) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : error instanceof Error
              ? error.message
              : String(error);
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
}

/**
 * The folder the user ran the `syncraft` bin in, which relative paths start from.
 *
 * Package managers run a package script in the package's folder and record the folder the user
 * was in as `INIT_CWD`, so `"specs": "syncraft lint specs/app.json"` run from a subfolder still
 * finds its files. When the script changed folder itself (`cd specs && syncraft lint app.json`),
 * the working folder is what it meant.
 */
export function startFolder(env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  const initial = env.INIT_CWD;
  if (!initial) return cwd;
  const scriptDir =
    env.PNPM_SCRIPT_SRC_DIR ?? (env.npm_package_json ? dirname(env.npm_package_json) : undefined);
  if (scriptDir !== undefined && resolve(scriptDir) !== resolve(cwd)) return cwd;
  return initial;
}

/**
 * The files a list of arguments names: each pattern (`specs/*.json`; `**` for any depth) replaced by
 * the files it matches, in order, for shells and CI runners that pass patterns quoted; plain names
 * and `-` kept as they are. A pattern matching nothing is a {@link UsageError}, as a missing file is.
 */
export async function expandFiles(context: CliContext, args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === STDIN || !isGlob(arg)) {
      out.push(arg);
      continue;
    }
    const matches = await expandGlob(context.cwd, arg);
    if (matches.length === 0) throw new UsageError(`no files match ${arg}`);
    out.push(...matches);
  }
  return out;
}
