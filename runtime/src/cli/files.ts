import { dirname, isAbsolute, resolve } from 'node:path';
import { type CliContext, UsageError } from './context';

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

/** Reads a file the user named, turning "not found" and friends into a {@link UsageError}. */
export async function readSpecFile(context: CliContext, file: string): Promise<SpecFile> {
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
