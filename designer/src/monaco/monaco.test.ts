import { describe, expect, it } from 'vitest';
import { locatePointer } from './locate';
import { sameJson, textMatchesSpec } from './same-json';

const text = `{
  "app": { "id": "x", "name": "Jobs" },
  "entities": [
    { "name": "Job", "fields": [{ "name": "a/b", "type": "string" }] }
  ]
}`;

const at = (pointer: string) => {
  const span = locatePointer(text, pointer);
  return text.slice(span.offset, span.offset + span.length);
};

describe('pointer location in edited JSON', () => {
  it('marks the key of a property', () => {
    expect(at('/app/name')).toBe('"name"');
  });

  it('marks an array item by its index', () => {
    expect(at('/entities/0/fields/0/type')).toBe('"type"');
  });

  it('marks the opening bracket of an object item', () => {
    expect(at('/entities/0')).toBe('{');
  });

  it('falls back to the nearest existing parent of a missing property', () => {
    expect(at('/app/version')).toBe('"app"');
    expect(at('/entities/3/name')).toBe('"entities"');
  });

  it('reads escaped pointer tokens', () => {
    const withSlashKey = '{ "a/b": 1, "c~d": 2 }';
    const span = locatePointer(withSlashKey, '/c~0d');
    expect(withSlashKey.slice(span.offset, span.offset + span.length)).toBe('"c~d"');
  });

  it('survives text that does not parse', () => {
    expect(locatePointer('', '/app')).toEqual({ offset: 0, length: 0 });
    expect(() => locatePointer('{ "app": ', '/app/name')).not.toThrow();
  });
});

describe('editor text against the canvas spec', () => {
  it('treats reordered keys as the same spec', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
  });

  it('sees a changed value, a missing key and array order', () => {
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameJson([], {})).toBe(false);
  });

  it('says unparsable text never matches', () => {
    expect(textMatchesSpec('{ "a": ', { a: 1 })).toBe(false);
    expect(textMatchesSpec('{ "a": 1 }', { a: 1 })).toBe(true);
  });
});
