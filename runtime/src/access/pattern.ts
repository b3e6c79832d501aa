import { RE2JS } from 're2js';

/** The longest pattern a field may carry (the schema says the same). */
export const MAX_PATTERN_LENGTH = 200;

const compiled = new Map<string, RE2JS>();

/**
 * Why `pattern` cannot be used as a field's value constraint, or `undefined` when it can. Patterns
 * are RE2 syntax, matched in time linear in the value's length (no backtracking), so no value can
 * make a check run away: back-references and look-around, which need backtracking, are refused.
 */
export function patternProblem(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (error) {
    return `is not a safe regular expression (${error instanceof Error ? error.message : String(error)})`;
  }
}

/**
 * True when the whole of `value` matches `pattern` (anchored at both ends), false for a pattern
 * {@link patternProblem} refuses. Linear in `value`'s length.
 *
 * @example
 * matchesPattern('[A-Z]{2}-[0-9]{4}', 'AB-1234'); // true
 */
export function matchesPattern(pattern: string, value: string): boolean {
  let re = compiled.get(pattern);
  if (re === undefined) {
    if (patternProblem(pattern) !== undefined) return false;
    re = RE2JS.compile(pattern);
    // Specs carry few patterns; the cache is bounded anyway so a hostile caller cannot grow it.
    if (compiled.size >= 1000) compiled.clear();
    compiled.set(pattern, re);
  }
  return re.matches(value);
}
