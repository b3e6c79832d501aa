import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Percentile (nearest rank) of a list of numbers; 0 for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

/** Rounds to one decimal for printing. */
export const round1 = (n: number) => Math.round(n * 10) / 10;

/** Gzip size (level 9, what a static server would send) of a built file under `dist/`. */
export function gzipSize(distDir: string, assetPath: string): number {
  return gzipSync(readFileSync(join(distDir, assetPath)), { level: 9 }).length;
}

/**
 * The JavaScript the page loads before any lazy chunk: the entry script and modulepreloads named in
 * `index.html`, plus every module they import statically, transitively. Dynamic `import()` is not
 * followed, so Monaco stays out.
 */
export function initialScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const queue = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g),
  ]
    .map((m) => m[1])
    .filter((p): p is string => p !== undefined);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    // Static imports only: `import … from "./x.js"` and `import "./x.js"` (minified, so no spaces needed).
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
      const target = m[1];
      if (target) queue.push(dir + target.slice(2));
    }
  }
  return [...seen].sort();
}
