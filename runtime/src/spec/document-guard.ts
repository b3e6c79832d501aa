import { type Diagnostic, diagnostic } from './diagnostics';
import { escapeToken } from './pointer';

/**
 * Limits on a spec document, checked before the schema so that hostile input is cheap to refuse.
 * Documented in docs/spec.md ("Limits").
 */
export const SPEC_LIMITS = {
  /** Longest JSON text accepted, in characters (about 10 MiB). */
  maxBytes: 10 * 1024 * 1024,
  /** Deepest nesting of objects and arrays. */
  maxDepth: 64,
  /** Most values (objects, arrays, strings, numbers, ...) in one document. */
  maxNodes: 2_000_000,
} as const;

/** Keys that would reach an object's prototype if any consumer copied them naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks that a value is a plain JSON object within {@link SPEC_LIMITS} and free of forbidden keys.
 * Iterative, so a deeply nested document cannot overflow the stack.
 */
export function checkDocumentShape(doc: unknown): Diagnostic[] {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    const kind = doc === null ? 'null' : Array.isArray(doc) ? 'a list' : typeof doc;
    return [
      diagnostic(
        'SPEC004',
        '',
        `A spec must be a JSON object, but this is ${kind}.`,
        'Start from a template: a spec is an object with "specVersion", "app", "entities" and more.',
      ),
    ];
  }
  const found: Diagnostic[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: doc, path: '', depth: 1 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (++nodes > SPEC_LIMITS.maxNodes) {
      return [
        diagnostic(
          'SPEC002',
          '',
          `The spec has more than ${SPEC_LIMITS.maxNodes} values.`,
          'Split the app into smaller apps.',
        ),
      ];
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > SPEC_LIMITS.maxDepth) {
      return [
        diagnostic(
          'SPEC002',
          path,
          `The spec nests deeper than ${SPEC_LIMITS.maxDepth} levels here.`,
          'Flatten the nested conditions: use "all" or "any" with several items instead of nesting.',
        ),
      ];
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: `${path}/${i}`, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        found.push(
          diagnostic(
            'SPEC003',
            `${path}/${escapeToken(key)}`,
            `The key “${key}” is not allowed anywhere in a spec.`,
            'Remove it: it could change how programs reading the spec behave.',
          ),
        );
        continue;
      }
      stack.push({
        value: (value as Record<string, unknown>)[key],
        path: `${path}/${escapeToken(key)}`,
        depth: depth + 1,
      });
    }
  }
  return found;
}
