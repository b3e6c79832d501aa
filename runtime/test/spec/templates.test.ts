import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/spec';

const dir = fileURLToPath(new URL('../../../templates/', import.meta.url));
const templates = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('templates', () => {
  it('ships at least one template', () => {
    expect(templates.length).toBeGreaterThan(0);
  });
  it.each(templates)('%s is a structurally valid spec', (file) => {
    const result = validate(readFileSync(`${dir}${file}`, 'utf8'));
    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
