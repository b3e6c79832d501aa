import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The example's package folder and its build output. */
export const appDir = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = join(appDir, 'dist');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path))
    if (entry !== 'node_modules' && entry !== 'dist') max = Math.max(max, newest(join(path, entry)));
  return max;
}

/** Builds the app (`vite build`) unless `dist/` is newer than its sources and the runtime's. */
export async function ensureBuild(): Promise<void> {
  const index = join(distDir, 'sw.js');
  const inputs = [
    'src',
    'public',
    'index.html',
    'vite.config.ts',
    'package.json',
    '../../runtime/src',
    '../../runtime/dist',
  ];
  const stamp = Math.max(...inputs.map((p) => newest(join(appDir, p))));
  if (process.env.SYNCRAFT_E2E_REBUILD !== '1' && existsSync(index) && statSync(index).mtimeMs > stamp) {
    console.log('reusing a fresh build in dist/');
    return;
  }
  console.log('building the app (vite build)…');
  const { build } = await import('vite');
  await build({ root: appDir, logLevel: 'warn', mode: 'production' });
}
