import { FORBIDDEN_KEYS } from '@syncraft/runtime/spec';

/** Deepest nesting of arrays and objects accepted in a request body. */
export const MAX_BODY_DEPTH = 100;

/** Why a parsed body is refused before any route sees it, and where. */
export interface BodyProblem {
  readonly pointer: string;
  readonly message: string;
  readonly hint: string;
}

/** Escapes one JSON Pointer token (RFC 6901). */
function escapeToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * The first problem of a parsed JSON body: a `__proto__`, `constructor` or `prototype` key
 * anywhere, or nesting deeper than {@link MAX_BODY_DEPTH} (which recursive code further in, such
 * as `JSON.stringify`, could not survive). Iterative, so deep nesting cannot overflow the stack.
 */
export function checkBody(value: unknown): BodyProblem | undefined {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= MAX_BODY_DEPTH) {
      return {
        pointer: item.path,
        message: `The body nests deeper than ${MAX_BODY_DEPTH} levels at ${item.path}.`,
        hint: 'Flatten the data: no field value needs that much nesting.',
      };
    }
    if (Array.isArray(item.value)) {
      for (let i = item.value.length - 1; i >= 0; i--) {
        stack.push({ value: item.value[i], path: `${item.path}/${i}`, depth: item.depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(item.value)) {
      const path = `${item.path}/${escapeToken(key)}`;
      if (FORBIDDEN_KEYS.has(key)) {
        return {
          pointer: path,
          message: `The key at ${path} is not allowed in a request body.`,
          hint: 'Remove "__proto__", "constructor" and "prototype" keys: they could change how the server reads the data.',
        };
      }
      stack.push({ value: (item.value as Record<string, unknown>)[key], path, depth: item.depth + 1 });
    }
  }
  return undefined;
}
