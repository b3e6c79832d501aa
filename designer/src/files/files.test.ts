import { readFileSync } from 'node:fs';
import { validate } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { specFileName, specFileText } from './export-spec';
import { readSpecText } from './read-spec';

const fieldService = readFileSync(new URL('../../../templates/field-service.json', import.meta.url), 'utf8');

describe('spec import', () => {
  it('accepts a valid spec file', () => {
    const result = readSpecText('field-service.json', fieldService);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.spec.app.id).toBe('field-service');
  });

  it('explains a file that is not JSON', () => {
    const result = readSpecText('broken.json', '{ "specVersion": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fileName).toBe('broken.json');
      expect(result.diagnostics[0]?.code).toBe('SPEC001');
    }
  });

  it('points at the property that breaks the schema', () => {
    const spec = JSON.parse(fieldService);
    spec.entities[0].sync.priority = 'urgent';
    const result = readSpecText('bad.json', JSON.stringify(spec));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => d.pointer)).toContain('/entities/0/sync/priority');
  });

  it('refuses a __proto__ key instead of loading it', () => {
    const text = fieldService.replace(
      '"specVersion": 1,',
      '"specVersion": 1, "__proto__": { "polluted": true },',
    );
    const result = readSpecText('evil.json', text);
    expect(result.ok).toBe(false);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('spec export', () => {
  it('writes text that validates back to the same spec', () => {
    const spec = JSON.parse(fieldService);
    const text = specFileText(spec);
    expect(text.endsWith('\n')).toBe(true);
    const result = validate(text);
    expect(result.valid).toBe(true);
    expect(result.spec).toEqual(spec);
  });

  it('names the file after the app id, keeping only safe characters', () => {
    const spec = JSON.parse(fieldService);
    expect(specFileName(spec)).toBe('field-service.sync.json');
    expect(specFileName({ ...spec, app: { ...spec.app, id: '../etc/passwd' } })).toBe('etc-passwd.sync.json');
    expect(specFileName(spec, '.types.ts')).toBe('field-service.types.ts');
  });
});
