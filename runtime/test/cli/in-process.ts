import { readFile, writeFile } from 'node:fs/promises';
import type { CliContext } from '../../src/cli/context';
import { main } from '../../src/cli/main';

/** Runs `syncraft <args>` in this process in `cwd`, with `stdin` as standard input when given. */
export async function runInProcess(cwd: string, args: string[], stdin?: string) {
  let out = '';
  let err = '';
  const context: CliContext = {
    cwd,
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
    readFile: (p) => readFile(p, 'utf8'),
    writeFile: (p, t) => writeFile(p, t, 'utf8'),
    ...(stdin === undefined ? {} : { readStdin: async () => stdin }),
  };
  const code = await main(args, context);
  return { code, out, err };
}
