/** Where a value first nests deeper than allowed, as a JSON Pointer relative to the value. */
export interface DeepSpot {
  readonly pointer: string;
}

function escapeToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * The first place where `value` nests arrays or objects more than `maxDepth` levels deep, or
 * `undefined` when it does not. Iterative with an early exit, so a value nested 100,000 levels
 * deep is answered without overflowing the stack (recursive code such as `JSON.stringify` or
 * `structuredClone` would not survive it). A top-level object or array is depth 1.
 *
 * @example
 * tooDeep({ a: { b: [1] } }, 2); // → { pointer: '/a/b' }
 * tooDeep({ a: 1 }, 2); // → undefined
 */
export function tooDeep(value: unknown, maxDepth: number): DeepSpot | undefined {
  const stack: Array<{ value: unknown; depth: number; pointer: string }> = [{ value, depth: 1, pointer: '' }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth > maxDepth) return { pointer: item.pointer };
    if (Array.isArray(item.value)) {
      item.value.forEach((child: unknown, i) => {
        stack.push({ value: child, depth: item.depth + 1, pointer: `${item.pointer}/${i}` });
      });
      continue;
    }
    for (const key of Object.keys(item.value)) {
      stack.push({
        value: (item.value as Record<string, unknown>)[key],
        depth: item.depth + 1,
        pointer: `${item.pointer}/${escapeToken(key)}`,
      });
    }
  }
  return undefined;
}
