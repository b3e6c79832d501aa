import { describe, expect, it } from 'vitest';
import { validate } from '../../src/spec';
import { jsonErrorPlace } from '../../src/spec/validate';

describe('a JSON parse error in a person’s words', () => {
  it('names the line, the column and the line itself instead of a character offset', () => {
    const text = '{\n  "specVersion": 1,\n  "app": { "id": "x" }\n  "roles": []\n}';
    const [d] = validate(text).diagnostics;
    expect(d?.code).toBe('SPEC001');
    expect(d?.message).toMatch(/^The file is not valid JSON at line 4, column 3: /);
    expect(d?.message).not.toMatch(/position/);
    expect(d?.hint).toBe(
      'Line 4 reads “"roles": []”. Look for a missing comma, quote or bracket there or just before it.',
    );
  });

  it('points at the last line when the file ends too early', () => {
    const [d] = validate('{ "specVersion": 1,\n  "app": {').diagnostics;
    expect(d?.message).toMatch(/at line 2, column 11/);
    expect(d?.hint).toContain('Line 2 reads “"app": {”');
  });

  it('cuts a long line around the column', () => {
    const place = jsonErrorPlace(`${'x'.repeat(200)}`, 'Unexpected token in JSON at position 150');
    expect(place).toMatchObject({ line: 1, column: 151, reason: 'Unexpected token' });
    expect(place.text.startsWith('…')).toBe(true);
    expect(place.text.length).toBeLessThanOrEqual(82);
  });

  it('leaves out the engine’s quote of the input, which the hint shows as the line', () => {
    const place = jsonErrorPlace('{"a" 1}', 'Unexpected number in JSON at position 5 (line 1 column 6)');
    expect(place.reason).toBe('Unexpected number');
    const quoted = jsonErrorPlace(':', 'Unexpected token \':\', ":" is not valid JSON');
    expect(quoted.reason).toBe("Unexpected token ':'");
    const [d] = validate(':').diagnostics;
    expect(d?.message).toMatch(/^The file is not valid JSON at line 1, column \d: Unexpected token ':'\.$/);
  });
});
