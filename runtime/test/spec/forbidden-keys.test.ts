import { describe, expect, it } from 'vitest';
import { check, validate } from '../../src/spec';
import { template } from './fixtures';

describe('forbidden keys', () => {
  it('refuses a __proto__ key that JSON.parse made an own property', () => {
    const doc = JSON.parse('{"__proto__": {"polluted": true}, "specVersion": 1}') as unknown;
    const result = validate(doc);
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'SPEC003', pointer: '/__proto__', severity: 'error' }),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses __proto__, constructor and prototype at any depth, in text or parsed input', () => {
    const text = JSON.stringify(template()).replace(
      '"offline":{"availability":"read-only"',
      '"offline":{"constructor":{"prototype":{"__proto__":{}}},"availability":"read-only"',
    );
    for (const input of [text, JSON.parse(text) as unknown]) {
      const result = check(input);
      expect(result.valid).toBe(false);
      expect(result.diagnostics.map((d) => d.pointer)).toEqual(['/entities/0/offline/constructor']);
    }
  });

  it('lists every forbidden key when there are several', () => {
    const doc = JSON.parse('{"a": {"prototype": 1}, "b": [{"__proto__": null}]}') as unknown;
    const result = validate(doc);
    expect(result.diagnostics.map((d) => d.pointer).sort()).toEqual(['/a/prototype', '/b/0/__proto__']);
  });

  it('accepts the words as values, where they do no harm', () => {
    const spec = template();
    spec.app.description = 'constructor prototype __proto__';
    expect(check(spec).valid).toBe(true);
  });
});
