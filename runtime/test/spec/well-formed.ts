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

/** JSON written out (`{"op": …}`, `["a","b"]`, `{ ... }`) or a JSON pointer (`/entities/0/…`) in a sentence. */
const RAW =
  /[[{]\s*"|"\s*:\s*\S|[[{]\s*\.\.\.|(^|[\s(])\/(specVersion|app|entities|roles|offlineStates|subscriptions|retry)\b/;

/**
 * Whether a message or hint speaks the reader's language: no raw JSON and no JSON pointer (the
 * pointer is the diagnostic's own field). What the spec itself says, quoted “…”, is the reader's
 * own text and not judged.
 */
export function speaksPlainly(text: string): boolean {
  return !RAW.test(text.replace(/“[^”]*”/g, '“…”'));
}

/**
 * A diagnostic is well formed when its code is in the catalogue, its severity is known, it says what
 * and how in plain words (no raw JSON, no pointer), and its pointer names a place that exists in the document (for text input that
 * does not parse, the whole document).
 */
export function expectWellFormed(doc: unknown, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(Object.hasOwn(diagnosticCatalogue, d.code), d.code).toBe(true);
    expect(['error', 'warning', 'info']).toContain(d.severity);
    expect(typeof d.message === 'string' && d.message.length > 0).toBe(true);
    expect(typeof d.hint === 'string' && d.hint.length > 0).toBe(true);
    expect(d.pointer === '' || d.pointer.startsWith('/'), d.pointer).toBe(true);
    expect(speaksPlainly(d.message), d.message).toBe(true);
    expect(speaksPlainly(d.hint), d.hint).toBe(true);
    if (typeof doc !== 'string') expect(pointerExists(doc, d.pointer), `${d.code} ${d.pointer}`).toBe(true);
  }
}
