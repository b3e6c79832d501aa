import { FORBIDDEN_KEYS } from '@syncraft/runtime/spec';

/** Escapes one JSON Pointer token (RFC 6901). */
function escapeToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * The JSON Pointer of the first `__proto__`, `constructor` or `prototype` key anywhere in `value`,
 * or undefined when there is none. Iterative, so deep nesting cannot overflow the stack.
 */
export function findForbiddenKey(value: unknown): string | undefined {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.value === null || typeof item.value !== 'object') continue;
    if (Array.isArray(item.value)) {
      for (let i = item.value.length - 1; i >= 0; i--)
        stack.push({ value: item.value[i], path: `${item.path}/${i}` });
      continue;
    }
    for (const key of Object.keys(item.value)) {
      const path = `${item.path}/${escapeToken(key)}`;
      if (FORBIDDEN_KEYS.has(key)) return path;
      stack.push({ value: (item.value as Record<string, unknown>)[key], path });
    }
  }
  return undefined;
}
