/**
 * The cursor a pull hands out: the store's change-log cursor, plus (for entities whose scopes
 * follow relations) the device's view version per entity. A cursor without views is the store's
 * cursor unchanged, so devices and stores that never meet a relation scope see no difference.
 * Opaque to devices either way.
 */

/** Where a device stands: its log position and the view version it holds per entity. */
export interface PullPosition {
  /** The store's cursor; `undefined` before the first pull. */
  readonly log: string | undefined;
  readonly views: Readonly<Record<string, number>>;
}

const PREFIX = 'p1.';
const NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const MAX_VIEWS = 5000;

function toBase64Url(text: string): string {
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    return atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return undefined;
  }
}

/** The cursor for a position (the bare log cursor when no view is held). */
export function encodePullCursor(position: PullPosition): string | undefined {
  const names = Object.keys(position.views);
  if (names.length === 0) return position.log;
  const views: Record<string, number> = {};
  for (const name of names.sort()) views[name] = position.views[name]!;
  return PREFIX + toBase64Url(JSON.stringify({ l: position.log ?? null, v: views }));
}

/** The position a cursor stands for, or `undefined` when it is malformed. */
export function decodePullCursor(cursor: string | undefined): PullPosition | undefined {
  if (cursor === undefined) return { log: undefined, views: {} };
  if (!cursor.startsWith(PREFIX)) return { log: cursor, views: {} };
  const json = fromBase64Url(cursor.slice(PREFIX.length));
  if (json === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { l, v } = parsed as { l?: unknown; v?: unknown };
  if (!(l === null || typeof l === 'string')) return undefined;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const entries = Object.entries(v);
  if (entries.length > MAX_VIEWS) return undefined;
  const views: Record<string, number> = {};
  for (const [name, version] of entries) {
    if (!NAME.test(name) || !Number.isSafeInteger(version) || (version as number) < 0) return undefined;
    views[name] = version as number;
  }
  return { log: l ?? undefined, views };
}
