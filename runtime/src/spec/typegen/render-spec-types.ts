import { compile } from 'json-schema-to-typescript';
import { specSchema } from '../schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Drops what only matters to validation, so the generator emits one named type per definition:
 * siblings of `$ref` (descriptions for editor hovers) would make it mint `ConflictRule1…N`, and
 * `oneOf` branches that only say which properties are required would add index signatures.
 */
function forTypes(node: Json): Json {
  if (Array.isArray(node)) return node.map(forTypes);
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') return { $ref: node.$ref };
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'discriminator') continue;
    if (key === 'oneOf' && Array.isArray(value) && value.every(isRequiredOnly)) continue;
    out[key] = forTypes(value);
  }
  return out;
}

function isRequiredOnly(node: Json): boolean {
  return (
    node !== null &&
    typeof node === 'object' &&
    !Array.isArray(node) &&
    Object.keys(node).join() === 'required'
  );
}

/** Renders the spec's TypeScript types from its JSON Schema (a build-time helper, not shipped). */
export async function renderSpecTypes(): Promise<string> {
  const schema = forTypes(structuredClone(specSchema) as unknown as Json) as Parameters<typeof compile>[0];
  return compile(schema, 'SyncSpec', {
    bannerComment:
      '/* Generated from src/spec/schema.ts by `pnpm --filter @syncraft/runtime gen:types`. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: false,
    ignoreMinAndMaxItems: true,
  });
}
