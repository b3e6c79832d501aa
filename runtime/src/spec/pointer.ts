/** JSON Pointer (RFC 6901) helpers and a reader-friendly rendering of a pointer into a spec. */

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins tokens into a pointer: `pointer('entities', 0, 'fields')` → `/entities/0/fields`. */
export function pointer(...tokens: ReadonlyArray<string | number>): string {
  return tokens.map((t) => `/${escapeToken(t)}`).join('');
}

/** Splits a pointer into its unescaped tokens. */
export function parsePointer(ptr: string): string[] {
  if (ptr === '') return [];
  return ptr
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Reads the value a pointer names, or `undefined` when the path does not exist. */
export function resolvePointer(doc: unknown, ptr: string): unknown {
  let node: unknown = doc;
  for (const token of parsePointer(ptr)) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

const itemLabels: Record<string, string> = {
  entities: 'entity',
  fields: 'field',
  roles: 'role',
  permissions: 'permission',
  states: 'state',
  transitions: 'transition',
  relations: 'relation',
  indexes: 'index',
  parameters: 'parameter',
  entityWrites: 'entity exception',
};

/**
 * Renders a pointer the way a person reads it, using names from the spec where it has them:
 * `/entities/0/fields/2/type` → `entity “Job” › field “status” › type`.
 */
export function describePointer(doc: unknown, ptr: string): string {
  const tokens = parsePointer(ptr);
  if (tokens.length === 0) return 'the spec';
  const parts: string[] = [];
  let node: unknown = doc;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next =
      node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined;
    const label = itemLabels[token];
    const index = tokens[i + 1];
    if (label && Array.isArray(next) && index !== undefined && /^\d+$/.test(index)) {
      const item = next[Number(index)] as Record<string, unknown> | undefined;
      const name = item && typeof item === 'object' ? (item.name ?? item.entity) : undefined;
      parts.push(typeof name === 'string' ? `${label} “${name}”` : `${label} ${Number(index) + 1}`);
      node = item;
      i++;
      continue;
    }
    parts.push(token);
    node = next;
  }
  return parts.join(' › ');
}
