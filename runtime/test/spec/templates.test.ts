import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, validate } from '../../src/spec';
import { templatesDir } from './fixtures';

const templates = readdirSync(templatesDir).filter((f) => f.endsWith('.json'));

describe('templates', () => {
  it('ships the field service template and at least four more', () => {
    expect(templates).toContain('field-service.json');
    expect(templates.length).toBeGreaterThanOrEqual(5);
  });

  it.each(templates)('%s is a structurally valid spec', (file) => {
    const result = validate(readFileSync(`${templatesDir}${file}`, 'utf8'));
    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each(templates)('%s passes lint without errors or warnings', (file) => {
    const result = check(readFileSync(`${templatesDir}${file}`, 'utf8'));
    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each(templates)('%s describes itself and is named after its app id', (file) => {
    const result = check(readFileSync(`${templatesDir}${file}`, 'utf8'));
    expect(result.spec?.app.id).toBe(file.replace(/\.json$/, ''));
    expect(result.spec?.app.description?.length).toBeGreaterThan(80);
  });
});
