/**
 * Deep equality of two JSON values, ignoring object key order (people reorder keys by hand; that does
 * not change the spec). Arrays compare in order.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * Whether the editor's text already says what `spec` says, so replacing it would only lose the person's
 * formatting and cursor. Text that does not parse never "says" anything.
 */
export function textMatchesSpec(text: string, spec: unknown): boolean {
  try {
    return sameJson(JSON.parse(text), spec);
  } catch {
    return false;
  }
}
