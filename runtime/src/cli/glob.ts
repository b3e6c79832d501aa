import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** True when a command-line argument is a pattern rather than a file name. */
export const isGlob = (arg: string): boolean => /[*?[{]/.test(arg);

/** `{a,b}` alternatives, innermost first, so `specs/{field,stock}-*.json` becomes two patterns. */
function braces(pattern: string): string[] {
  const match = /\{([^{}]*)\}/.exec(pattern);
  if (!match) return [pattern];
  const head = pattern.slice(0, match.index);
  const tail = pattern.slice(match.index + match[0].length);
  return (match[1] ?? '').split(',').flatMap((alt) => braces(`${head}${alt}${tail}`));
}

/** One path segment of a pattern as a regular expression: `*`, `?` and `[...]` never cross a `/`. */
function segment(part: string): string {
  let out = '';
  for (let i = 0; i < part.length; i += 1) {
    const c = part[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = part.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        const body = part
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else out += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return out;
}

/** A pattern (`/`-separated, `**` for any depth) as an anchored regular expression over `/` paths. */
function toRegExp(pattern: string): RegExp {
  const parts = pattern.split('/');
  let source = '';
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    if (part === '**') source += last ? '.*' : '(?:[^/]+/)*';
    else source += segment(part) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

async function walk(dir: string, root: string, depth: number, out: string[]): Promise<void> {
  if (depth <= 0) return;
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, root, depth - 1, out);
    else if (entry.isFile()) out.push(relative(root, path).split(sep).join('/'));
  }
}

/**
 * The files under `cwd` a shell-style pattern names (`*`, `?`, `[abc]`, `{a,b}`, `**`), sorted, as
 * paths relative to `cwd` (or absolute for an absolute pattern). Dot files match only when the
 * pattern spells the dot; `node_modules` and `.git` are never searched. For shells and CI runners
 * that pass a quoted pattern through unexpanded.
 */
export async function expandGlob(cwd: string, pattern: string): Promise<string[]> {
  const absolute = pattern.startsWith('/');
  const root = absolute ? '/' : cwd;
  const found = new Set<string>();
  for (const alternative of braces(absolute ? pattern.slice(1) : pattern)) {
    // Search only below the part of the pattern without wildcards.
    const parts = alternative.split('/');
    const firstWild = parts.findIndex(isGlob);
    const literal = firstWild < 0 ? parts.slice(0, -1) : parts.slice(0, firstWild);
    const depth = parts.includes('**') ? Number.POSITIVE_INFINITY : parts.length - literal.length;
    const files: string[] = [];
    await walk(join(root, ...literal), root, depth, files);
    const re = toRegExp(alternative);
    const allowsDot = /(^|\/)\./.test(alternative);
    for (const file of files) {
      const hidden = !allowsDot && /(^|\/)\./.test(file);
      if (!hidden && re.test(file)) found.add(absolute ? `/${file}` : file);
    }
  }
  return [...found].sort();
}
