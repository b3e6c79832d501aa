import { readFileSync } from 'node:fs';
import { type SyncSpec, validate } from '@syncraft/runtime/spec';
import { decompile } from '../src/compiler';
import type { DesignerDocument } from '../src/graph';

const template = JSON.parse(
  readFileSync(new URL('../../templates/field-service.json', import.meta.url), 'utf8'),
) as SyncSpec;

const PRIORITIES = ['critical', 'high', 'normal', 'low'] as const;

/** A valid spec of `entities` entities (each with its own conflict rule), `scoped` of them with a scope. */
function generatedSpec(entities: number, scoped: number): SyncSpec {
  const names = Array.from({ length: entities }, (_, i) => `Record${String(i).padStart(3, '0')}`);
  return {
    ...template,
    app: { id: 'bench-large', name: 'Large benchmark app', version: '1.0.0' },
    parameters: template.parameters ?? [],
    roles: [
      {
        name: 'worker',
        permissions: names.slice(0, 20).map((entity) => ({ entity, actions: ['read', 'update'] })),
      },
    ],
    entities: names.map((name, i) => ({
      name,
      key: 'id',
      fields: [
        { name: 'id', type: 'string', required: true },
        { name: 'title', type: 'string', required: true, maxLength: 200 },
        { name: 'region', type: 'string' },
        { name: 'notes', type: 'text' },
        { name: 'updatedAt', type: 'datetime' },
      ],
      offline: {
        availability: 'read-write',
        ...(i < scoped ? { scope: { field: 'region', op: 'eq', param: 'region' } } : {}),
      },
      sync: { priority: PRIORITIES[i % 4] ?? 'normal', direction: 'both' },
      conflict: { strategy: 'last-writer-wins' },
    })),
  } as SyncSpec;
}

/**
 * A designer document of exactly `target` nodes, from a generated valid spec, laid out on a grid.
 * Throws when the generated spec is not valid (the benchmark would measure the wrong thing).
 */
export function largeDocument(target: number): DesignerDocument {
  const base = decompile(generatedSpec(Math.floor((target - 20) / 2), 0)).nodes.length;
  const scoped = target - base;
  const spec = generatedSpec(Math.floor((target - 20) / 2), scoped);
  const result = validate(spec);
  if (!result.valid) throw new Error(`generated spec is invalid: ${JSON.stringify(result.diagnostics[0])}`);
  const doc = decompile(spec);
  if (doc.nodes.length !== target) throw new Error(`wanted ${target} nodes, got ${doc.nodes.length}`);
  const columns = Math.ceil(Math.sqrt(target));
  return {
    ...doc,
    nodes: doc.nodes.map((node, i) => ({
      ...node,
      position: { x: (i % columns) * 280, y: Math.floor(i / columns) * 220 },
    })),
  } as DesignerDocument;
}
