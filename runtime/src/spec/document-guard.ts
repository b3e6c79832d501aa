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
 * Recursion is bounded by {@link SPEC_LIMITS.maxDepth}, so a deeply nested document cannot overflow
 * the stack; paths are built only for what is reported, so a large valid spec costs one plain walk.
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
  const walk = new ShapeWalk();
  walk.visit(doc, 1);
  return walk.stop ? [walk.stop] : walk.found;
}

/** One walk over a document: the path to the current node, the count of nodes, and what was found. */
class ShapeWalk {
  readonly found: Diagnostic[] = [];
  /** A finding that ends the walk (too many nodes or too deep). */
  stop: Diagnostic | undefined;
  private readonly path: string[] = [];
  private nodes = 0;

  private here(): string {
    return this.path.map((t) => `/${escapeToken(t)}`).join('');
  }

  visit(value: unknown, depth: number): void {
    if (this.stop) return;
    if (++this.nodes > SPEC_LIMITS.maxNodes) {
      this.stop = diagnostic(
        'SPEC002',
        '',
        `The spec has more than ${SPEC_LIMITS.maxNodes} values.`,
        'Split the app into smaller apps.',
      );
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (depth > SPEC_LIMITS.maxDepth) {
      this.stop = diagnostic(
        'SPEC002',
        this.here(),
        `The spec nests deeper than ${SPEC_LIMITS.maxDepth} levels here.`,
        'Flatten the nested conditions: use "all" or "any" with several items instead of nesting.',
      );
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && !this.stop; i++) {
        this.path.push(String(i));
        this.visit(value[i], depth + 1);
        this.path.pop();
      }
      return;
    }
    for (const key of Object.keys(value)) {
      if (this.stop) return;
      this.path.push(key);
      if (FORBIDDEN_KEYS.has(key)) {
        this.found.push(
          diagnostic(
            'SPEC003',
            this.here(),
            `The key “${key}” is not allowed anywhere in a spec.`,
            'Remove it: it could change how programs reading the spec behave.',
          ),
        );
      } else {
        this.visit((value as Record<string, unknown>)[key], depth + 1);
      }
      this.path.pop();
    }
  }
}
