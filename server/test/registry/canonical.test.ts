import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, isContentHash } from '../../src/registry/canonical';
import { fieldService } from './harness';

describe('canonical JSON and content hash', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: 'é' }], c: true } })).toBe(
      '{"a":{"c":true,"d":[2,{"y":"é","z":null}]},"b":1}',
    );
  });

  it('gives the same hash whatever the key order or layout', () => {
    const spec = fieldService();
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(spec).reverse()), null, 4));
    expect(contentHash(reordered)).toBe(contentHash(spec));
    expect(isContentHash(contentHash(spec))).toBe(true);
  });

  it('changes the hash when content changes, including array order', () => {
    expect(contentHash({ a: [1, 2] })).not.toBe(contentHash({ a: [2, 1] }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: '1' }));
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(RangeError);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(TypeError);
  });
});
