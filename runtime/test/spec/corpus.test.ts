import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, type DiagnosticCode } from '../../src/spec';
import { expectWellFormed } from './well-formed';

const dir = fileURLToPath(new URL('./corpus/', import.meta.url));
const expected = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Record<
  string,
  { code: DiagnosticCode; pointer: string }
>;
const files = readdirSync(dir)
  .filter((f) => f !== 'expected.json')
  .sort();

describe('invalid spec corpus', () => {
  it('holds at least 30 cases, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it.each(files)('%s is refused with its expected code and pointer', (file) => {
    const text = readFileSync(`${dir}${file}`, 'utf8');
    const result = check(text);
    expect(result.valid).toBe(false);
    const want = expected[file]!;
    expect(result.diagnostics.map((d) => `${d.code} ${d.pointer}`)).toContain(`${want.code} ${want.pointer}`);
    expect(result.diagnostics[0]).toMatchObject({
      code: want.code,
      pointer: want.pointer,
      severity: 'error',
    });
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      doc = text;
    }
    expectWellFormed(doc, result.diagnostics);
  });
});
