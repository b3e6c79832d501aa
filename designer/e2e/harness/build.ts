import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The designer package folder. */
export const designerDir = fileURLToPath(new URL('../../', import.meta.url));
/** Where `vite build` writes. */
export const distDir = join(designerDir, 'dist');

/** Newest modification time of any file under the given paths (folders are walked, node_modules skipped). */
function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) {
        if (entry !== 'node_modules' && entry !== 'dist') visit(join(path, entry));
      }
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const path of paths) visit(path);
  return newest;
}

/** The inputs of the designer build: a change to any of them makes `dist/` stale. */
export function buildInputs(): string[] {
  return [
    join(designerDir, 'src'),
    join(designerDir, 'index.html'),
    join(designerDir, 'console'),
    join(designerDir, 'vite.config.ts'),
    join(designerDir, 'package.json'),
    join(designerDir, '../templates'),
    join(designerDir, '../runtime/src/spec'),
    join(designerDir, '../runtime/src/registry'),
    join(designerDir, '../runtime/src/protocol'),
  ];
}

/**
 * Builds the designer unless `dist/` is newer than every input. Set `SYNCRAFT_E2E_REBUILD=1` to force.
 * Returns whether a build ran.
 */
export async function ensureBuild(log: (line: string) => void = console.log): Promise<boolean> {
  const index = join(distDir, 'index.html');
  const fresh =
    process.env.SYNCRAFT_E2E_REBUILD !== '1' &&
    existsSync(index) &&
    statSync(index).mtimeMs > newestMtime(buildInputs());
  if (fresh) {
    log('reusing a fresh build in dist/');
    return false;
  }
  log('building the designer (vite build)…');
  const { build } = await import('vite');
  await build({ root: designerDir, logLevel: 'warn', mode: 'production' });
  return true;
}
