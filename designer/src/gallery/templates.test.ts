import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledTemplates, readTemplates } from './templates';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

describe('template gallery catalogue', () => {
  it('bundles every template file in the repository and all of them validate', () => {
    const files = readdirSync(templatesDir).filter((f) => f.endsWith('.json'));
    const { templates, problems } = bundledTemplates();
    expect(problems).toEqual([]);
    expect(templates.map((t) => t.id).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
  });

  it('describes a template by its app name, description and entity count', () => {
    const raw = JSON.parse(readFileSync(`${templatesDir}field-service.json`, 'utf8'));
    const { templates } = readTemplates({ '/x/templates/field-service.json': raw });
    expect(templates).toHaveLength(1);
    expect(templates[0]).toMatchObject({
      id: 'field-service',
      name: raw.app.name,
      description: raw.app.description,
      entityCount: raw.entities.length,
    });
  });

  it('leaves out a template that does not validate and says why', () => {
    const { templates, problems } = readTemplates({ '/t/broken.json': { specVersion: 1 } });
    expect(templates).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.id).toBe('broken');
    expect(problems[0]?.diagnostics.length).toBeGreaterThan(0);
  });

  it('sorts templates by name', () => {
    const raw = JSON.parse(readFileSync(`${templatesDir}field-service.json`, 'utf8'));
    const renamed = (name: string) => ({ ...raw, app: { ...raw.app, name } });
    const { templates } = readTemplates({ '/b.json': renamed('Zebra'), '/a.json': renamed('Apple') });
    expect(templates.map((t) => t.name)).toEqual(['Apple', 'Zebra']);
  });
});
