import { type Diagnostic, type SyncSpec, validate } from '@syncraft/runtime/spec';

/** A ready spec offered by the template gallery. */
export interface TemplateCard {
  /** File name without `.json`, e.g. `field-service`. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly entityCount: number;
  readonly spec: SyncSpec;
}

/** A bundled template that could not be offered, and why. */
export interface TemplateProblem {
  readonly id: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** The gallery's content: the valid templates (sorted by name) and any that failed validation. */
export interface TemplateCatalogue {
  readonly templates: readonly TemplateCard[];
  readonly problems: readonly TemplateProblem[];
}

/**
 * Validates bundled template modules (path → parsed JSON) into gallery cards.
 * A template that does not validate is left out and reported, never offered half-broken.
 */
export function readTemplates(modules: Readonly<Record<string, unknown>>): TemplateCatalogue {
  const templates: TemplateCard[] = [];
  const problems: TemplateProblem[] = [];
  for (const [path, value] of Object.entries(modules)) {
    const id = path.replace(/^.*\//, '').replace(/\.json$/, '');
    const result = validate(value);
    if (!result.valid) {
      problems.push({ id, diagnostics: result.diagnostics });
      continue;
    }
    const { spec } = result;
    templates.push({
      id,
      name: spec.app.name,
      description: spec.app.description ?? '',
      entityCount: spec.entities.length,
      spec,
    });
  }
  templates.sort((a, b) => a.name.localeCompare(b.name));
  return { templates, problems };
}

/**
 * Every `templates/*.json` of the repository, bundled at build time (no network at run time).
 *
 * @example
 * const { templates } = bundledTemplates();
 */
export function bundledTemplates(): TemplateCatalogue {
  return readTemplates(import.meta.glob('../../../templates/*.json', { eager: true, import: 'default' }));
}
