import { expect } from 'vitest';
import { type Diagnostic, diagnosticCatalogue, parsePointer } from '../../src/spec';

/** True when every token of the pointer names an own property (or index) along the way. */
export function pointerExists(doc: unknown, pointer: string): boolean {
  let node: unknown = doc;
  for (const token of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return false;
    node = (node as Record<string, unknown>)[token];
  }
  return true;
}

/**
 * A diagnostic is well formed when its code is in the catalogue, its severity is known, it says what
 * and how in words, and its pointer names a place that exists in the document (for text input that
 * does not parse, the whole document).
 */
export function expectWellFormed(doc: unknown, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(Object.hasOwn(diagnosticCatalogue, d.code), d.code).toBe(true);
    expect(['error', 'warning', 'info']).toContain(d.severity);
    expect(typeof d.message === 'string' && d.message.length > 0).toBe(true);
    expect(typeof d.hint === 'string' && d.hint.length > 0).toBe(true);
    expect(d.pointer === '' || d.pointer.startsWith('/'), d.pointer).toBe(true);
    if (typeof doc !== 'string') expect(pointerExists(doc, d.pointer), `${d.code} ${d.pointer}`).toBe(true);
  }
}
